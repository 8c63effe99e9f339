package org.tawsim.suggestion.external;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What went wrong with the external service, as a translation key and its arguments, so the lead reads it in their
 * own language. For {@link #SPANS_DROPPED} the arguments are: dropped, total, then the first reason's key and
 * arguments.
 */
public record ExternalProblem(String key, List<String> args) {

    public static final String NOT_CONFIGURED = "external.problem.not-configured";
    public static final String TIMEOUT = "external.problem.timeout";
    public static final String UNREACHABLE = "external.problem.unreachable";
    public static final String BUSY = "external.problem.busy";
    public static final String STATUS = "external.problem.status";
    public static final String NOT_JSON = "external.problem.not-json";
    public static final String SHAPE = "external.problem.shape";
    public static final String TOO_LARGE = "external.problem.too-large";
    public static final String SPANS_DROPPED = "external.problem.spans-dropped";

    public static final String DROP_MALFORMED = "external.drop.malformed";
    public static final String DROP_OUT_OF_RANGE = "external.drop.out-of-range";
    public static final String DROP_EMPTY = "external.drop.empty";
    public static final String DROP_UNKNOWN_LABEL = "external.drop.unknown-label";
    public static final String DROP_SCORE = "external.drop.score";

    public ExternalProblem {
        args = List.copyOf(args);
    }

    public static ExternalProblem of(String key, Object... args) {
        return new ExternalProblem(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The message, through a translator such as Vaadin's {@code getTranslation(key, args)}. */
    public String message(BiFunction<String, Object[], String> translate) {
        if (key.equals(SPANS_DROPPED) && args.size() >= 3) {
            String reason = translate.apply(args.get(2), args.subList(3, args.size()).toArray());
            return translate.apply(key, new Object[] {args.get(0), args.get(1), reason});
        }
        return translate.apply(key, args.toArray());
    }

    /** Stored in one text column: the arguments never hold the separator (it is removed from them). */
    String joinedArgs() {
        return String.join("\u001f", args.stream().map(a -> a.replace("\u001f", "")).toList());
    }

    static ExternalProblem stored(String key, String joinedArgs) {
        return new ExternalProblem(key, joinedArgs == null || joinedArgs.isEmpty() ? List.of() : List.of(joinedArgs.split("\u001f", -1)));
    }
}
