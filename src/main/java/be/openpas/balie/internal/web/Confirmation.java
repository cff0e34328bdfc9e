package be.openpas.balie.internal.web;

import org.springframework.ui.Model;

/**
 * The page that asks before something is removed ({@code balie/confirm}): a question, a button that posts to the
 * action, and a way back. Plain links and forms, so it works without JavaScript.
 */
final class Confirmation {

    private Confirmation() {}

    /** Fills the model of the confirmation page and returns its view name; {@code card} is posted along when set. */
    static String page(
            Model model, String title, String question, String confirm, String action, String card, String back) {
        model.addAttribute("title", title);
        model.addAttribute("question", question);
        model.addAttribute("confirm", confirm);
        model.addAttribute("action", action);
        model.addAttribute("card", card);
        model.addAttribute("back", back);
        return "balie/confirm";
    }
}
