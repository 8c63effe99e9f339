package org.tawsim.suggestion.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits documents into training and held-out evaluation documents, the same way every time: every fifth document
 * (the 5th, 10th, ...) is held out, and at least one when there are two or more, so even a small project gets
 * figures. A single document is kept for training (nothing is held out, so there are no figures).
 */
public record HeldOutSplit<T>(List<T> training, List<T> heldOut) {

    public static final int EVERY = 5;

    public static <T> HeldOutSplit<T> of(List<T> documents) {
        List<T> training = new ArrayList<>();
        List<T> heldOut = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            ((i + 1) % EVERY == 0 ? heldOut : training).add(documents.get(i));
        }
        if (heldOut.isEmpty() && training.size() >= 2) {
            heldOut.add(training.remove(training.size() - 1));
        }
        return new HeldOutSplit<>(List.copyOf(training), List.copyOf(heldOut));
    }
}
