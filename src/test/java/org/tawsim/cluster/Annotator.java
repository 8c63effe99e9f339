package org.tawsim.cluster;

import static org.tawsim.support.OperationTally.count;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * An annotator of the seed project with one assigned document and an API token, written straight into the
 * shared database (the test has no Spring context of its own): rows as the app writes them, the token stored as
 * its SHA-256 like ApiTokenService does.
 */
record Annotator(String login, long documentId, String token) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Assigned the seed project's document number {@code documentIndex} (in id order, wrapping around). */
    static Annotator create(Connection db, String login, int documentIndex) throws Exception {
        long projectId = count(db, "select min(id) from project");
        long documents = count(db, "select count(*) from document where project_id = ?", projectId);
        long documentId = count(db, "select id from document where project_id = ? order by id offset ? limit 1", projectId,
                documentIndex % documents);
        long userId = insert(db, "insert into app_user (login, password_hash, display_name, system_role) "
                + "values (?, ?, ?, 'annotator') returning id", login,
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(login + "-password"), login);
        insert(db, "insert into project_member (project_id, user_id, role) values (?, ?, 'annotator')", projectId, userId);
        insert(db, "insert into assignment (document_id, project_id, annotator_id) values (?, ?, ?)", documentId, projectId, userId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "tawsim_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        insert(db, "insert into api_token (user_id, name, token_hash) values (?, 'two instances', ?)", userId, hash);
        return new Annotator(login, documentId, token);
    }

    /** Runs the statement; the first column of its first row when it returns one (returning id), else 0. */
    private static long insert(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            if (!statement.execute()) {
                return 0;
            }
            try (ResultSet rs = statement.getResultSet()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
