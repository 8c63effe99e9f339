package org.tawsim.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Uploads (multipart requests) that Tomcat refuses while it reads them, before any controller is chosen: hence an
 * advice for every handler. A file over the import limit gets the upload page's message naming it; a request over
 * the upload limit or with too many parts gets 413 with the limit; a malformed one 400.
 */
@RestControllerAdvice
class MultipartErrors {

    private final long importMegabytes;
    private final String uploadLimit;

    MultipartErrors(@Value("${tawsim.import.max-file-size:10MB}") DataSize fileLimit,
                    @Value("${tawsim.api.max-upload-size:200MB}") DataSize uploadLimit) {
        this.importMegabytes = Math.max(1, fileLimit.toMegabytes());
        this.uploadLimit = RequestBodyLimit.readable(uploadLimit);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> multipart(MultipartException e, HttpServletRequest request) {
        FileSizeLimitExceededException file = cause(e, FileSizeLimitExceededException.class);
        if (file != null) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "import.error.too-large", request, file.getFileName(), importMegabytes);
        }
        if (cause(e, FileCountLimitExceededException.class) != null) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "request.too.many.parts", request);
        }
        RequestTooLarge tooLarge = RequestTooLarge.in(e);
        if (tooLarge != null || e instanceof MaxUploadSizeExceededException) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "request.too.large", request,
                    tooLarge != null ? tooLarge.limit() : uploadLimit);
        }
        return answer(HttpStatus.BAD_REQUEST, "request.multipart.invalid", request);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String key, HttpServletRequest request,
                                                              Object... args) {
        return ResponseEntity.status(status).body(Map.of("error", key,
                "message", UserError.translate(key, args, RequestContextUtils.getLocale(request))));
    }
}
