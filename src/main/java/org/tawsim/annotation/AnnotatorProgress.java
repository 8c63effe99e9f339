package org.tawsim.annotation;

/** How far one annotator is in one project. */
public record AnnotatorProgress(long annotatorId, String login, String displayName, int assigned, int inProgress, int done) {

    public int percentDone() {
        return assigned == 0 ? 0 : Math.round(100f * done / assigned);
    }
}
