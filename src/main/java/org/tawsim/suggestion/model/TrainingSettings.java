package org.tawsim.suggestion.model;

/**
 * How the name finder is trained.
 *
 * @param iterations passes of OpenNLP's maximum-entropy trainer (GIS) over the training events
 * @param cutoff     a feature is kept only when it occurs at least this often; project corpora are small, so
 *                   the default keeps every feature (OpenNLP's own default of 5 drops most names seen once or twice)
 * @param minSpans   fewer gold spans than this in the training documents is "not enough data"
 */
public record TrainingSettings(int iterations, int cutoff, int minSpans) {

    public static final TrainingSettings DEFAULTS = new TrainingSettings(100, 1, 10);

    public TrainingSettings {
        if (iterations < 1 || cutoff < 0 || minSpans < 1) {
            throw new IllegalArgumentException("iterations and minSpans must be at least 1, cutoff at least 0");
        }
    }
}
