package org.tawsim.annotation;

/** Another annotator assigned to the same document. */
public record CoAnnotator(long id, String login, String displayName) {
}
