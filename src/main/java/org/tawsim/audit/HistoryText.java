package org.tawsim.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.tawsim.base.PluralCategory;

/**
 * A line of the History in no language yet: a translation key and its arguments, which may be plain values,
 * further texts or {@link Count}s. {@link #render} puts it into the reader's language.
 */
public record HistoryText(String key, List<Object> args) {

    /** A counted noun ("3 spans", "مقطعان"), from the {@code count.<noun>.*} messages. */
    public record Count(String noun, long count) {
    }

    public static HistoryText of(String key, Object... args) {
        return new HistoryText(key, Arrays.asList(args));
    }

    /**
     * @param translate the message of a key with its arguments in the reader's language (the UI's getTranslation);
     *                  a counted noun asks for its plural form's key
     */
    public String render(Locale locale, BiFunction<String, Object[], String> translate) {
        Object[] rendered = args.stream().map(arg -> render(arg, locale, translate)).toArray();
        return translate.apply(key, rendered);
    }

    private static Object render(Object arg, Locale locale, BiFunction<String, Object[], String> translate) {
        if (arg instanceof HistoryText text) {
            return text.render(locale, translate);
        }
        if (arg instanceof Count c) {
            return translate.apply(PluralCategory.key("count." + c.noun(), c.count(), locale), new Object[] {c.count()});
        }
        // ids and offsets read as written ("1204", not "1,204")
        return arg instanceof Number ? arg.toString() : arg;
    }
}
