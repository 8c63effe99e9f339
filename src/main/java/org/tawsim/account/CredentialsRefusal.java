package org.tawsim.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.TransactionException;
import org.tawsim.base.ApiErrorBody;
import org.tawsim.base.DatabaseOutage;

/**
 * HTTP Basic credentials refused: 401 for wrong ones, 429 while the login throttle holds the account or address,
 * and 503 when they could not be checked because the database failed meanwhile — a script must not conclude its
 * password is wrong from an outage (the database guard catches most outages earlier; this catches the one that
 * begins between the guard and the password check).
 */
public final class CredentialsRefusal implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (causedByDatabase(e)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            ApiErrorBody.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "database.unavailable", request.getLocale());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tawsim\"");
        if (e instanceof LoginLocked locked) {
            ApiErrorBody.write(response, 429, "login.locked", request.getLocale(), locked.minutes());
        } else {
            ApiErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, "login.failed", request.getLocale());
        }
    }

    static boolean causedByDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
