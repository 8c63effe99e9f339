package org.tawsim.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;

/** The one shape of every API failure: {@code {"error": stable key, "message": translated text}}. */
public final class ApiErrorBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiErrorBody() {
    }

    public static void write(HttpServletResponse response, int status, String key, Locale locale, Object... args) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // with its length, so a client still sending a refused body reads a complete answer before the connection closes
        byte[] body = JSON.writeValueAsBytes(Map.of("error", key, "message", UserError.translate(key, args, locale)));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The key for a status when nothing more specific is known (Spring, Tomcat or Spring Security said only the status). */
    static String keyFor(int status) {
        return switch (status) {
            case 400 -> "request.invalid";
            case 401 -> "authentication.required";
            case 403 -> "access.denied";
            case 404 -> "not.found";
            case 405 -> "method.not.allowed";
            case 406 -> "media.type.not-acceptable";
            case 409 -> "request.conflict";
            case 413 -> "request.too.large.unknown";
            case 415 -> "media.type.unsupported";
            case 503 -> "service.unavailable";
            default -> status >= 500 ? "internal.error" : "request.failed";
        };
    }
}
