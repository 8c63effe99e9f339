package org.tawsim.corpus;

import org.springframework.core.io.InputStreamSource;

/** One file of a multi-file upload: its name and a way to read it once (e.g. a multipart part on disk). */
public record UploadedFile(String fileName, InputStreamSource content) {
}
