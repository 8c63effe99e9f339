package org.tawsim.base;

import java.util.Arrays;

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
}
