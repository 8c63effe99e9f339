package org.tawsim.base;

/** A list in a request body is longer than the API accepts in one request; answered 413 like a body too large. */
public class TooManyEntries extends UserError {

    public TooManyEntries(String field, int count, int max) {
        super("request.list.too-long", field, count, max);
    }
}
