package org.tawsim.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.tawsim.base.PluralCategory;

/**
 * Counted messages in the UI language, in the plural form the count takes there ({@link PluralCategory}):
 * {@code text("assign.created", n, n)} reads {@code assign.created.one} or {@code assign.created.other} in English,
 * one of six forms in Arabic. {@code count("documents", n)} is the noun phrase {@code count.documents.*}, for
 * messages that hold several counts.
 */
public final class Plurals {

    private Plurals() {
    }

    public static String text(String key, long count, Object... args) {
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return I18NProvider.translate(locale, PluralCategory.key(key, count, locale), args);
    }

    /** "1 document", "3 documents", "مستندان", … */
    public static String count(String noun, long count) {
        return text("count." + noun, count, count);
    }
}
