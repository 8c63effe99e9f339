package org.tawsim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An external recommender on a random local port (the JDK's HttpServer), for tests: {@code /good} finds every
 * dictionary word in the text and answers it with code-point offsets; {@code /slow} sleeps longer than any test
 * timeout; {@code /error} answers 500; {@code /html} answers a page; {@code /out-of-range} and {@code /unknown-label}
 * answer one good span and one bad one. It remembers every request.
 */
public final class FakeRecommenderService implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, String authorization, String contentType, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> dictionary;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** A service that labels each key of {@code dictionary} (a word) with its value (a label). */
    public FakeRecommenderService(Map<String, String> dictionary) {
        this.dictionary = Map.copyOf(dictionary);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int calls(String path) {
        return calls.getOrDefault(path, new AtomicInteger()).get();
    }

    /** The URL of a local port nobody listens on. */
    public static String refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/suggest";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        String text = body.path("text").asText();
        int length = text.codePointCount(0, text.length());
        switch (path) {
            case "/slow" -> {
                sleep(4000);
                answer(exchange, 200, "application/json", "{\"spans\":[]}");
            }
            case "/stall" -> stallMidBody(exchange);
            case "/error" -> answer(exchange, 500, "text/plain", "model not loaded");
            case "/html" -> answer(exchange, 200, "text/html", "<html><body>Welcome</body></html>");
            case "/out-of-range" -> answer(exchange, 200, "application/json", "{\"spans\":[" + lookUp(text)
                    + (lookUp(text).isEmpty() ? "" : ",") + "{\"start\":" + (length - 1) + ",\"end\":" + (length + 5) + ",\"label\":\"ORG\"}]}");
            case "/unknown-label" -> answer(exchange, 200, "application/json", "{\"spans\":[" + lookUp(text)
                    + (lookUp(text).isEmpty() ? "" : ",") + "{\"start\":0,\"end\":3,\"label\":\"PER\",\"score\":0.5}]}");
            default -> answer(exchange, 200, "application/json", "{\"spans\":[" + lookUp(text) + "]}");
        }
    }

    /** Every dictionary word in the text, as spans in code points. */
    private String lookUp(String text) {
        List<String> spans = new ArrayList<>();
        dictionary.forEach((word, label) -> {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int start = text.codePointCount(0, at);
                int end = start + word.codePointCount(0, word.length());
                spans.add("{\"start\":" + start + ",\"end\":" + end + ",\"label\":\"" + label + "\",\"score\":0.9}");
            }
        });
        return String.join(",", spans);
    }

    /** Sends the status and the first bytes at once, the rest of a valid answer only 4 s later. */
    private static void stallMidBody(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("{\"spans\":".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            sleep(4000);
            exchange.getResponseBody().write("[]}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // the caller gave up (its timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException gone) {
            // the caller gave up (its timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
