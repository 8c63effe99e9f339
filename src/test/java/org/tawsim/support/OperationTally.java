package org.tawsim.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What simulated annotators ({@link AnnotatorClient}) saw: acknowledged opIds, errors by kind, latencies; and the
 * check in the database that nothing acknowledged was lost or applied twice.
 */
public final class OperationTally {

    /** Acknowledged operations missing from the event log, stored more than once, and layers whose revision is off. */
    public record Stored(int missing, int doubled, int mismatchedLayers) {
    }

    private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final List<UUID> acknowledged = Collections.synchronizedList(new ArrayList<>());

    void acknowledged(UUID opId, long micros) {
        acknowledged.add(opId);
        latenciesMicros.add(micros);
    }

    void answered(long micros) {
        latenciesMicros.add(micros);
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    public List<UUID> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public Map<String, Integer> errors() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        errors.forEach((kind, n) -> copy.put(kind, n.get()));
        return copy;
    }

    public List<Long> sortedLatenciesMicros() {
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * Every acknowledged opId is in the event log exactly once, and each client's layer has as many events as its
     * revision (every applied operation raised it once: nothing twice, nothing half).
     */
    public Stored checkStored(Connection db, List<AnnotatorClient> clients) throws SQLException {
        int missing = 0;
        int doubled = 0;
        for (UUID opId : acknowledged()) {
            long n = count(db, "select count(*) from event_log where op_id = ?", opId);
            missing += n == 0 ? 1 : 0;
            doubled += n > 1 ? 1 : 0;
        }
        int mismatched = 0;
        for (AnnotatorClient client : clients) {
            long events = count(db, "select count(*) from event_log e join app_user u on u.id = e.actor_id "
                    + "where e.document_id = ? and u.login = ? and e.kind <> 'chain.deleted'", client.documentId(), client.login());
            long revision = count(db, "select l.revision from annotation_layer l join app_user u on u.id = l.annotator_id "
                    + "where l.document_id = ? and u.login = ?", client.documentId(), client.login());
            mismatched += events == revision ? 0 : 1;
        }
        return new Stored(missing, doubled, mismatched);
    }

    public static long count(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
