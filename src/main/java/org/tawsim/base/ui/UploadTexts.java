package org.tawsim.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.Consumer;

/** The upload field's own texts (its button, drop hint, errors and progress) in the user's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload translate(Upload upload) {
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.add-one")).setMany(t(upload, "upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop-one")).setMany(t(upload, "upload.drop-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t(upload, "upload.too-many"))
                        .setFileIsTooBig(t(upload, "upload.too-big"))
                        .setIncorrectFileType(t(upload, "upload.wrong-type")))
                .setFile(new UploadI18N.File()
                        .setRetry(t(upload, "upload.retry")).setStart(t(upload, "upload.start")).setRemove(t(upload, "upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(upload, "upload.connecting")).setStalled(t(upload, "upload.stalled"))
                                .setProcessing(t(upload, "upload.processing")).setHeld(t(upload, "upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(upload, "upload.remaining")).setUnknown(t(upload, "upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(upload, "upload.server-unavailable"))
                                .setUnexpectedServerError(t(upload, "upload.server-error"))
                                .setForbidden(t(upload, "upload.forbidden"))))
                .setUnits(List.of(t(upload, "upload.unit-bytes"), "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    /**
     * A file over the server's multipart limit is refused with 413 before any upload handler runs, and the field
     * would say only "The upload was refused." (its text for every 4xx). For 413 the file's row shows
     * {@code tooLargeMessage} instead, its {@code {0}} replaced by the file name, and {@code onTooLarge} gets the
     * file name on the server.
     */
    public static void explainTooLarge(Upload upload, String tooLargeMessage, Consumer<String> onTooLarge) {
        upload.getElement().executeJs("""
                this.addEventListener('upload-response', e => {
                  const { file, xhr } = e.detail;
                  if (xhr.status !== 413) {
                    return;
                  }
                  e.preventDefault();
                  file.error = $0.split('{0}').join(file.name);
                  file.complete = false;
                  this.dispatchEvent(new CustomEvent('upload-error', { detail: { file, xhr } }));
                  this.dispatchEvent(new CustomEvent('tawsim-upload-too-large', { detail: { fileName: file.name } }));
                  this._renderFileList();
                });
                """, tooLargeMessage);
        upload.getElement().addEventListener("tawsim-upload-too-large",
                e -> onTooLarge.accept(e.getEventData().getString("event.detail.fileName"))).addEventData("event.detail.fileName");
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
