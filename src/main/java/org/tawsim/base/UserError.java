package org.tawsim.base;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A request broke a rule the user can fix (bad file, taken name, ...). The message is a translation key;
 * views show it translated with its arguments, nothing is stored.
 */
public class UserError extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserError(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in a language, as the API and the command line show it (the key when it has no translation). */
    public String message(Locale locale) {
        return translate(messageKey, args, locale);
    }

    public static String translate(String key, Object[] args, Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
