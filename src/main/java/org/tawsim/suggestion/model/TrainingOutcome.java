package org.tawsim.suggestion.model;

/** What training gives: a model, or the reason there is none. */
public sealed interface TrainingOutcome {

    /** A trained model and what it was trained on. */
    record Trained(NameModel model, int documents, int sentences, int spans) implements TrainingOutcome {
    }

    /** Too little gold to train on: {@code spans} gold spans found where {@code required} are needed. */
    record NotEnoughData(int documents, int spans, int required) implements TrainingOutcome {
    }
}
