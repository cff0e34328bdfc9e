package be.openpas.balie.internal.web;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.CorrelationIds;
import be.openpas.shared.problem.Problems;
import be.openpas.shared.problem.RefusalProblems;
import be.openpas.shared.refusal.RefusalException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every counter page shows (who is logged in, the counter, the activity, the languages) and how a request that
 * cannot be served is answered: a page that does not exist or is not allowed (a refusal thrown by a facade or a
 * permission check) as the problem page with the end-user message in the page's language, never as a stack trace or
 * JSON. Ordinary outcomes (a card that cannot be used, a refused sale or check-in...) are not exceptions: the
 * controllers switch over them and show them on their own pages.
 */
@ControllerAdvice(basePackages = "be.openpas.balie")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BalieAdvice {

    private static final Logger log = LoggerFactory.getLogger(BalieAdvice.class);

    private final Desk desk;
    private final Problems problems;
    private final RefusalProblems refusals;

    BalieAdvice(Desk desk, Problems problems, RefusalProblems refusals) {
        this.desk = desk;
        this.problems = problems;
        this.refusals = refusals;
    }

    @ModelAttribute
    void common(Model model, HttpSession session, Locale locale) {
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("languages", BalieWebConfiguration.LANGUAGES);
        desk.currentUser().ifPresent(user -> {
            model.addAttribute("user", user);
            desk.counter(session).ifPresent(counter -> model.addAttribute("counter", counter));
            desk.membership(session).ifPresent(membership -> model.addAttribute("membership", membership));
            desk.activity(session).ifPresent(activity -> model.addAttribute("activity", activity));
        });
    }

    @ExceptionHandler(Desk.NoCounterChosen.class)
    String noCounter() {
        return "redirect:/balie/counters";
    }

    @ExceptionHandler(RefusalException.class)
    String refused(
            RefusalException refused, Model model, HttpSession session, Locale locale, HttpServletResponse response) {
        return problem(refusals.problem(refused.refusal()), model, session, locale, response);
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpSession session, Locale locale, HttpServletResponse response) {
        common(model, session, locale);
        response.setStatus(problem.status());
        model.addAttribute("problem", message(problem, locale));
        return "balie/problem";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badRequest(Model model, HttpSession session, Locale locale, HttpServletResponse response) {
        common(model, session, locale);
        response.setStatus(400);
        model.addAttribute("problem", null);
        return "balie/problem";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception exception, Model model, HttpServletResponse response) {
        log.error("Unexpected error in the counter app", exception);
        response.setStatus(500);
        model.addAttribute("correlationId", MDC.get(CorrelationIds.MDC_KEY));
        return "balie/problem";
    }

    /** The end-user message of a problem in the page's language (Dutch when there is none in it). */
    private String message(ApiProblem problem, Locale locale) {
        Map<String, String> texts = problems.endUserMessage(problem.messageKey(), problem.messageArguments());
        return texts.getOrDefault(locale.getLanguage(), texts.get("nl"));
    }
}
