package org.tawsim.corpus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.UploadTexts;
import org.tawsim.corpus.UploadLimit;

/**
 * An upload field for corpus files that streams each file to an import instead of buffering it: the browser
 * refuses files over the {@link UploadLimit} before sending them, and the import reads at most the limit of
 * whatever arrives anyway, so neither side holds a file larger than the limit.
 */
public final class ImportUpload {

    private ImportUpload() {
    }

    /**
     * @param importer runs on the upload request with the file name and its bytes, outside the UI lock
     * @param onStored runs in the UI with what the importer returned
     */
    public static <T> Upload create(UploadLimit limit, String dropLabel, String rejectedKey,
                                    BiFunction<String, InputStream, T> importer, Consumer<T> onStored) {
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                T result = importer.apply(event.getFileName(), in);
                ui.access(() -> onStored.accept(result));
            } catch (UserError error) {
                ui.access(() -> Feedback.error(error));
            }
        };
        Upload upload = UploadTexts.translate(new Upload(handler));
        upload.setMaxFileSize((int) limit.maxBytes());
        upload.setDropLabel(new Span(dropLabel));
        upload.addFileRejectedListener(e -> Feedback.error(new UserError(rejectedKey, e.getFileName(), limit.megabytes())));
        // A script that lifts the browser's limit meets the server's: the same message as a too large file read.
        UserError tooLarge = limit.tooLarge("{0}");
        UploadTexts.explainTooLarge(upload, upload.getTranslation(tooLarge.messageKey(), tooLarge.args()),
                fileName -> Feedback.error(limit.tooLarge(fileName)));
        return upload;
    }
}
