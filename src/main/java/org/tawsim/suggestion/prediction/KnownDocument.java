package org.tawsim.suggestion.prediction;

/** A document of the project a predictions file may name: its id, its id as the export writes it, and its text. */
record KnownDocument(long id, String externalId, String text) {
}
