package org.tawsim.annotation;

/** The layer changed since the client's revision (another tab): the client must reload. */
public class RevisionConflict extends RuntimeException {

    private final long expectedRevision;
    private final long currentRevision;

    public RevisionConflict(long expected, long currentRevision) {
        super("Expected revision " + expected + " but the layer is at " + currentRevision);
        this.expectedRevision = expected;
        this.currentRevision = currentRevision;
    }

    /** The revision the client's change was made on. */
    public long expectedRevision() {
        return expectedRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
