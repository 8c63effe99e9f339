package org.tawsim.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every API request before anything reads it: a declared length over the limit is refused
 * at once, and a body without one (chunked) is counted as it is read and refused one byte past the limit. Either
 * way the answer is 413 and the server has held at most the limit in memory. The restore endpoint takes a
 * whole project and has its own, larger limit ({@code tawsim.api.max-restore-size}); uploads of documents and
 * annotated files theirs ({@code tawsim.api.max-upload-size}, which is also the multipart request limit that Tomcat
 * applies while it parses them).
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimit {

    static final String RESTORE_PATH = "/api/v1/projects/restore";
    /** Uploads of documents and annotated files: many files in one multipart request. */
    private static final Pattern UPLOAD_PATH = Pattern.compile("/api/v1/projects/[^/]+/(documents|imports)");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiBodyLimit(@Value("${tawsim.api.max-body-size:1MB}") DataSize bodyLimit,
            @Value("${tawsim.api.max-restore-size:${tawsim.import.max-file-size:10MB}}") DataSize restoreLimit,
            @Value("${tawsim.api.max-upload-size:200MB}") DataSize uploadLimit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                DataSize limit = path.equals(RESTORE_PATH) ? restoreLimit
                        : "POST".equals(request.getMethod()) && UPLOAD_PATH.matcher(path).matches() ? uploadLimit : bodyLimit;
                if (request.getContentLengthLong() > limit.toBytes()) {
                    // Nothing of the body is read; the connection closes rather than swallow the rest of it.
                    response.setHeader("Connection", "close");
                    ApiErrorBody.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request.too.large",
                            request.getLocale(), readable(limit));
                    return;
                }
                chain.doFilter(new LimitedBody(request, limit.toBytes(), readable(limit)), response);
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("apiBodyLimit");
        return registration;
    }

    /** "1 MB", "512 KB" or "300 bytes", as the limit was most likely configured. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private final String readableLimit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit, String readableLimit) {
            super(request);
            this.limit = limit;
            this.readableLimit = readableLimit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class Counted extends ServletInputStream {

            private final ServletInputStream in;
            private long count;

            Counted(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) throws RequestTooLarge {
                count += n;
                if (count > limit) {
                    throw new RequestTooLarge(readableLimit);
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
