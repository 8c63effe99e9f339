package org.tawsim.annotation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One document of a project's list over the API, with each annotator's work on it. Length in code points.
 */
public record DocumentListEntry(long id, String externalId, String title, int length, List<AnnotatorWork> annotators) {

    /**
     * @param status    the assignment's status (lower case), or null for a layer without an assignment (imported)
     * @param updatedAt the last change to the layer or the assignment
     */
    public record AnnotatorWork(String login, String status, int spans, OffsetDateTime updatedAt) {
    }
}
