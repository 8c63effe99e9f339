package org.tawsim.base;

import java.io.IOException;

/**
 * A request body went past its endpoint's limit while it was being read. An {@link IOException} so that it
 * travels out of whatever reads the body (Jackson, a servlet stream) and is answered 413, not 400.
 */
public class RequestTooLarge extends IOException {

    private final String limit;

    public RequestTooLarge(String limit) {
        super("The request body is larger than " + limit);
        this.limit = limit;
    }

    /** The limit as people read it, e.g. "1 MB". */
    public String limit() {
        return limit;
    }

    /** The RequestTooLarge among a failure's causes, or null. */
    static RequestTooLarge in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
