package be.openpas.shared.problem;

import be.openpas.shared.refusal.Refusal;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The end-user message of a refusal in one language, for web apps that show refusals on their pages: the same
 * message the API gives in {@code endUserMessage} (Dutch when there is none in the language asked for).
 */
@Component
public class RefusalMessages {

    private final RefusalProblems refusals;
    private final Problems problems;

    RefusalMessages(RefusalProblems refusals, Problems problems) {
        this.refusals = refusals;
        this.problems = problems;
    }

    public String text(Refusal refusal, Locale locale) {
        ApiProblem problem = refusals.problem(refusal);
        Map<String, String> texts = problems.endUserMessage(problem.messageKey(), problem.messageArguments());
        return texts.getOrDefault(locale.getLanguage(), texts.get("nl"));
    }
}
