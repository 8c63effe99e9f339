package org.tawsim.suggestion.prediction;

import java.util.List;
import java.util.Locale;
import org.tawsim.base.UserError;

/** A predictions file with problems: nothing of it was stored. Carries every problem with its line, first ones first. */
public class PredictionsRejected extends UserError {

    /** At most this many problems are listed; the count says how many there were. */
    static final int LISTED = 100;

    private final transient List<PredictionProblem> problems;
    private final int count;

    PredictionsRejected(String fileName, List<PredictionProblem> problems) {
        super("predictions.error.rejected", fileName, Integer.toString(problems.size()));
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
        this.count = problems.size();
    }

    /** The first {@value #LISTED} problems by line. */
    public List<PredictionProblem> problems() {
        return problems;
    }

    /** How many problems the file has in all. */
    public int count() {
        return count;
    }

    public static String message(PredictionProblem problem, Locale locale) {
        return UserError.translate(problem.key(), problem.args().toArray(), locale);
    }
}
