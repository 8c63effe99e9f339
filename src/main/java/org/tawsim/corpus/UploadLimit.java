package org.tawsim.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.tawsim.base.FileTooLarge;
import org.tawsim.base.UserError;

/**
 * The largest file a lead may import ({@code tawsim.import.max-file-size}, 10MB unless configured). Files are
 * read through {@link #read}, which stops one byte past the limit: a 200 MB upload costs the limit in memory,
 * not 200 MB, and ends in a message naming the file and the limit.
 */
@Component
public class UploadLimit {

    private final long maxBytes;

    UploadLimit(@Value("${tawsim.import.max-file-size:10MB}") DataSize maxFileSize) {
        if (maxFileSize.toBytes() <= 0 || maxFileSize.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("tawsim.import.max-file-size must be between 1 byte and 2 GB");
        }
        this.maxBytes = maxFileSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The limit as shown to users, in whole megabytes (at least 1). */
    public long megabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    public UserError tooLarge(String fileName) {
        return new FileTooLarge(fileName, megabytes());
    }

    /** All bytes of {@code in}, or a {@link UserError} as soon as there are more than the limit. */
    public byte[] read(String fileName, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(fileName);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload " + fileName + " failed", e);
        }
    }
}
