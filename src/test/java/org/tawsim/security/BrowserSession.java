package org.tawsim.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does over plain HTTP: keeps cookies, opens the login page, reads the CSRF token Vaadin puts in
 * its {@code _csrf} meta tags (the login form sends it), and posts the login form.
 */
final class BrowserSession {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf[a-z_]*)\" content=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private Map<String, String> csrf = Map.of();

    BrowserSession(int port) {
        this.port = port;
    }

    /** Opens the login page and keeps its CSRF token, as the login form reads it. */
    BrowserSession openLoginPage() {
        return openPage("/login");
    }

    /** Opens a page and keeps the CSRF token in it (the session's token, for the page's scripts). */
    BrowserSession openPage(String path) {
        String page = send(request(path).GET()).body();
        Matcher meta = META.matcher(page);
        Map<String, String> found = new java.util.HashMap<>();
        while (meta.find()) {
            found.put(meta.group(1), meta.group(2));
        }
        csrf = Map.copyOf(found);
        return this;
    }

    /** The meta tags {@code _csrf} (token), {@code _csrf_parameter} and {@code _csrf_header}, if the page had them. */
    Map<String, String> csrf() {
        return csrf;
    }

    /** Posts the login form; with {@code withToken} the token read from the login page rides along, as the form sends it. */
    HttpResponse<String> logIn(String login, String password, boolean withToken) {
        StringBuilder form = new StringBuilder("username=" + encode(login) + "&password=" + encode(password));
        if (withToken) {
            form.append('&').append(encode(csrf.get("_csrf_parameter"))).append('=').append(encode(csrf.get("_csrf")));
        }
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** A request with this session's cookies and the given extra headers. */
    HttpResponse<String> send(String method, String path, Map<String, String> headers, String jsonBody) {
        HttpRequest.Builder request = request(path).method(method, jsonBody == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String describe(HttpResponse<String> response) {
        return response.statusCode() + " " + response.headers().map().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("location")).map(Map.Entry::toString).collect(Collectors.joining());
    }
}
