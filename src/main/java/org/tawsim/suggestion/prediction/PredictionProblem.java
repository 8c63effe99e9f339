package org.tawsim.suggestion.prediction;

import java.util.List;

/**
 * What is wrong with one line of a predictions file: a translation key ({@code predictions.problem.*}) and its
 * arguments, so the page and the API say it in the reader's language.
 *
 * @param line 1-based line number in the file
 */
public record PredictionProblem(int line, String key, List<Object> args) {

    public PredictionProblem {
        args = List.copyOf(args);
    }

    static PredictionProblem of(int line, String problem, Object... args) {
        // numbers as written, not formatted for a locale: line 1234 and offset 1234 read as 1234, not 1,234
        return new PredictionProblem(line, "predictions.problem." + problem,
                java.util.Arrays.stream(args).map(a -> (Object) (a instanceof Number ? a.toString() : a)).toList());
    }
}
