package org.tawsim.suggestion.model;

/**
 * How well the model finds one label on held-out documents. A figure without data is {@code null} ("n/a"), never 0:
 * precision when the model predicted nothing of the label, recall when gold has none, F1 when either is n/a.
 *
 * @param gold      gold spans of the label
 * @param predicted spans the model predicted with the label
 * @param correct   predicted spans with exactly a gold span's start, end and label
 */
public record LabelScore(String label, int gold, int predicted, int correct, Double precision, Double recall, Double f1) {

    public static LabelScore of(String label, int gold, int predicted, int correct) {
        Double precision = predicted == 0 ? null : (double) correct / predicted;
        Double recall = gold == 0 ? null : (double) correct / gold;
        Double f1 = precision == null || recall == null ? null
                : precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new LabelScore(label, gold, predicted, correct, precision, recall, f1);
    }
}
