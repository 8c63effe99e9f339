package org.tawsim.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every failure under /api/ leaves as JSON with its real status. Without this, a status that Spring MVC, Spring
 * Security or Tomcat reports with {@code sendError} is rendered by a second dispatch to /error, which runs
 * without the API token's authentication and ended as a redirect to the login page; an exception that escaped
 * everything did the same. Here {@code sendError} writes the JSON body at once, a bare error status gets one,
 * a redirect (only ever to the login page) becomes 401, and an escaped exception becomes 413, 503 or 500.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorFilter.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiErrorsAsJson() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                JsonErrors json = new JsonErrors(response, request.getLocale(), request.getMethod());
                try {
                    chain.doFilter(request, json);
                } catch (IOException | ServletException | RuntimeException e) {
                    if (response.isCommitted()) {
                        throw e;
                    }
                    escaped(e, request, response);
                    return;
                }
                if (json.getStatus() >= 400 && !json.bodyStarted && !response.isCommitted()) {
                    ApiErrorBody.write(response, json.getStatus(), ApiErrorBody.keyFor(json.getStatus()), request.getLocale(),
                            request.getMethod());
                }
            }
        });
        registration.addUrlPatterns("/api/*");
        // outside everything else that may fail: Spring Security, the database guard, the body limit
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        registration.setName("apiErrorsAsJson");
        return registration;
    }

    private static void escaped(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale();
        RequestTooLarge tooLarge = RequestTooLarge.in(e);
        if (tooLarge != null) {
            ApiErrorBody.write(response, 413, "request.too.large", locale, tooLarge.limit());
        } else if (DatabaseOutage.isOutage(e)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            ApiErrorBody.write(response, 503, "database.unavailable", locale);
        } else {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            ApiErrorBody.write(response, 500, "internal.error", locale);
        }
    }

    /** Turns the container's error handling into a JSON body written here and now. */
    private static final class JsonErrors extends HttpServletResponseWrapper {

        private final Locale locale;
        private final String method;
        private boolean bodyStarted;

        JsonErrors(HttpServletResponse response, Locale locale, String method) {
            super(response);
            this.locale = locale;
            this.method = method;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("Cannot send an error after the response was committed");
            }
            bodyStarted = true;
            ApiErrorBody.write((HttpServletResponse) getResponse(), status, ApiErrorBody.keyFor(status), locale, method);
            flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            // The API never redirects: the only redirect on offer is to the login page, i.e. "not logged in".
            sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }
    }
}
