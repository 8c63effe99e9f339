package org.tawsim.suggestion.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Calls a project's external service once: POST of {@code {"text","labels","language"}} with the bearer token, at
 * most {@value #AT_ONCE} calls at a time over the whole app, each bounded by the project's timeout (connecting
 * and the whole answer, body included). Redirects are not followed, so the token goes to the configured URL only.
 */
@Component
class ExternalServiceClient {

    static final int AT_ONCE = 3;
    static final int MAX_ANSWER_BYTES = 8 * 1024 * 1024;
    static final String LANGUAGE = "ar";

    private final ObjectMapper json = new ObjectMapper();
    private final Semaphore calls = new Semaphore(AT_ONCE, true);
    private final Map<Integer, HttpClient> clients = new ConcurrentHashMap<>();

    /** The service's answer read against the text and labels; never throws for the service's failures. */
    ExternalAnswer.Reading ask(URI url, String token, int timeoutSeconds, String text, List<String> labels) {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        try {
            if (!calls.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
                return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.BUSY));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.BUSY));
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(text, labels), StandardCharsets.UTF_8));
            if (token != null && !token.isEmpty()) {
                request.header("Authorization", "Bearer " + token);
            }
            AnswerBytes answer = new AnswerBytes(MAX_ANSWER_BYTES);
            CompletableFuture<HttpResponse<Void>> exchange = client(timeoutSeconds)
                    .sendAsync(request.build(), info -> HttpResponse.BodySubscribers.ofByteArrayConsumer(answer));
            HttpResponse<Void> response;
            try {
                // one deadline for the whole exchange: a service that sends its headers and then stalls is cut off too
                response = exchange.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                exchange.cancel(true);
                return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.TIMEOUT, timeoutSeconds));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            if (answer.tooLarge()) {
                return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.TOO_LARGE, MAX_ANSWER_BYTES / (1024 * 1024)));
            }
            return ExternalAnswer.read(response.statusCode(), answer.text(), text, labels);
        } catch (HttpTimeoutException e) {
            return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.TIMEOUT, timeoutSeconds));
        } catch (ConnectException e) {
            return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.UNREACHABLE, describe(e)));
        } catch (IOException e) {
            return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.UNREACHABLE, describe(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.TIMEOUT, timeoutSeconds));
        } catch (IllegalArgumentException e) {
            return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.UNREACHABLE, describe(e)));
        } finally {
            calls.release();
        }
    }

    private String body(String text, List<String> labels) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("labels", labels);
        body.put("language", LANGUAGE);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpClient client(int timeoutSeconds) {
        return clients.computeIfAbsent(timeoutSeconds, t -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(t)).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + " (" + message + ")";
    }

    /** The answer's bytes up to a limit; past it they are counted as too many and dropped. */
    private static final class AnswerBytes implements Consumer<Optional<byte[]>> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile boolean tooLarge;

        AnswerBytes(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(b -> {
                if (bytes.size() + b.length > limit) {
                    tooLarge = true;
                } else if (!tooLarge) {
                    bytes.write(b, 0, b.length);
                }
            });
        }

        boolean tooLarge() {
            return tooLarge;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
