package org.tawsim.suggestion.external;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The external service's address: absolute http or https with a host, without credentials in it (they would be shown back). */
public final class ServiceUrl {

    public static final int MAX_LENGTH = 2000;

    private ServiceUrl() {
    }

    /** The URL as given (trimmed) when it is usable, otherwise empty. */
    public static Optional<URI> parse(String url) {
        if (url == null || url.isBlank() || url.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
