package org.tawsim.agreement;

/** One difference between two annotators on a document, with the text each of them marked (null: nothing). */
public record Disagreement(String kind, Side first, Side second) {

    public record Side(int start, int end, String label, String text) {
    }
}
