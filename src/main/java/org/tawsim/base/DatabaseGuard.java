package org.tawsim.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unreachable the HTTP API answers 503 with a message. Without this guard a script
 * using HTTP Basic would get a 401 (its password cannot be checked) and wrongly conclude its password is wrong;
 * it runs before Spring Security for that reason. The borrowed connection is checked with a round trip: the pool
 * hands out a connection used in the last 500 ms without checking it, so after a crash a dead one would pass.
 * A dead connection is evicted so the pool opens a fresh one once the database is back. While the database is
 * down the pool waits its connection timeout, then the guard answers.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseGuard {

    private static final int VALIDATION_SECONDS = 2;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseGuardFilter(DataSource dataSource, ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try (Connection connection = dataSource.getConnection()) {
                    if (!connection.isValid(VALIDATION_SECONDS)) {
                        evict(dataSource, connection);
                        throw new SQLException("database connection lost");
                    }
                } catch (SQLException e) {
                    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    json.writeValue(response.getOutputStream(), Map.of("error", "database.unavailable", "message",
                            ApiErrors.translate("database.unavailable", new Object[0], request.getLocale())));
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setName("databaseGuard");
        return registration;
    }

    private static void evict(DataSource dataSource, Connection connection) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
        }
    }
}
