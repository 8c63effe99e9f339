package org.tawsim.support;

import java.util.UUID;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.RevisionConflict;

/**
 * A client that writes like the editor: each operation on the revision it last saw, sent again with the same
 * opId after a conflict, on the revision the conflict reported.
 */
public final class RetryingWriter {

    /** One versioned write to a layer; returns the layer's new revision. */
    @FunctionalInterface
    public interface Write {
        long apply(long baseRevision, UUID opId, Operation operation);
    }

    private RetryingWriter() {
    }

    /** Spans [i, i+1) for i in 10..59 with the label; returns how many conflicts it met on the way. */
    public static int fiftySpans(long revision, String label, Write write) {
        int conflicts = 0;
        for (int i = 10; i < 60; i++) {
            UUID opId = UUID.randomUUID();
            while (true) {
                try {
                    revision = write.apply(revision, opId, new CreateSpan(i, i + 1, label));
                    break;
                } catch (RevisionConflict e) {
                    conflicts++;
                    revision = e.currentRevision();
                }
            }
        }
        return conflicts;
    }
}
