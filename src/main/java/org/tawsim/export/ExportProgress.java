package org.tawsim.export;

/** Told how far an export is, in documents read of the documents it will read. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> {
    };

    void documents(int done, int total);
}
