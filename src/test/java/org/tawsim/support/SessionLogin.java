package org.tawsim.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session over plain HTTP: the session cookie and the CSRF token that the page carries, obtained the
 * way a browser does (open the login page, post the form with its token, open a page for the new token).
 */
public record SessionLogin(String cookie, String csrfToken) {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A session nobody logged in to, with its CSRF token. */
    public static SessionLogin anonymous(int port) throws IOException, InterruptedException {
        HttpResponse<String> page = get(port, "/login", null);
        return new SessionLogin(sessionCookie(page, null), csrf(page));
    }

    public static SessionLogin logIn(int port, String login, String password) throws IOException, InterruptedException {
        SessionLogin before = anonymous(port);
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(before.csrfToken());
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(uri(port, "/login")).header("Cookie", before.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("login of " + login + " failed: " + posted.statusCode() + " " + location);
        }
        String cookie = sessionCookie(posted, before.cookie());
        return new SessionLogin(cookie, csrf(get(port, "/", cookie)));
    }

    private static HttpResponse<String> get(int port, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseGet(() -> {
                    if (previous == null) {
                        throw new IllegalStateException("no session cookie");
                    }
                    return previous;
                });
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the page " + page.uri() + " (" + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse("") + "): " + page.body().substring(0, Math.min(300, page.body().length())));
        }
        return token.group(1);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
