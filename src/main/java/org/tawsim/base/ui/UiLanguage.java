package org.tawsim.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The UI speaks English or Arabic; Arabic turns the whole layout right-to-left. */
public final class UiLanguage {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String SESSION_KEY = "tawsim.language";

    private UiLanguage() {
    }

    public static boolean isArabic(UI ui) {
        return ui != null && "ar".equals(ui.getLocale().getLanguage());
    }

    public static Locale locale(String language) {
        return "ar".equals(language) ? ARABIC : ENGLISH;
    }

    public static void apply(UI ui, String language) {
        Locale locale = locale(language);
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.getSession().setAttribute(SESSION_KEY, language);
        ui.setDirection("ar".equals(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", language);
    }

    /** Before login the choice lives in the session only; after login it is stored with the account. */
    public static void toggleForAnonymous(UI ui) {
        apply(ui, isArabic(ui) ? "en" : "ar");
        ui.getPage().reload();
    }

    /** Language for a UI before we know the user: the session's earlier choice, else the browser's. */
    public static String guess(VaadinSession session, VaadinRequest request) {
        Object chosen = session.getAttribute(SESSION_KEY);
        if (chosen instanceof String language) {
            return language;
        }
        Locale browser = request == null ? null : request.getLocale();
        return browser != null && "ar".equals(browser.getLanguage()) ? "ar" : "en";
    }
}
