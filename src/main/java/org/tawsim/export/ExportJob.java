package org.tawsim.export;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One export running in the background, for the API's status URL and the exports page: how many documents it has
 * read, then its manifest or why it failed. It belongs to its project; it lives in memory only.
 */
public final class ExportJob implements ExportProgress {

    public enum Status { RUNNING, DONE, FAILED }

    private final String id = UUID.randomUUID().toString();
    private final long projectId;
    private final CompletableFuture<ExportManifest> result = new CompletableFuture<>();
    private volatile int documentsDone;
    private volatile int documentsTotal;
    private volatile Instant finishedAt;

    ExportJob(long projectId, int documentsTotal) {
        this.projectId = projectId;
        this.documentsTotal = documentsTotal;
    }

    public String id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public int documentsDone() {
        return documentsDone;
    }

    public int documentsTotal() {
        return documentsTotal;
    }

    public Status status() {
        if (!result.isDone()) {
            return Status.RUNNING;
        }
        return result.isCompletedExceptionally() ? Status.FAILED : Status.DONE;
    }

    /** The manifest once done, else null. */
    public ExportManifest manifest() {
        return status() == Status.DONE ? result.join() : null;
    }

    /** Why it failed once failed, else null. */
    public RuntimeException failure() {
        if (status() != Status.FAILED) {
            return null;
        }
        return result.handle((manifest, error) -> error instanceof RuntimeException r ? r : new IllegalStateException(error)).join();
    }

    CompletableFuture<ExportManifest> result() {
        return result;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    @Override
    public void documents(int done, int total) {
        documentsTotal = total;
        documentsDone = done;
    }

    void succeed(ExportManifest manifest) {
        finishedAt = Instant.now();
        result.complete(manifest);
    }

    void fail(RuntimeException failure) {
        finishedAt = Instant.now();
        result.completeExceptionally(failure);
    }
}
