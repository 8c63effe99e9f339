package org.tawsim.suggestion.external;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tawsim.suggestion.Proposal;

/**
 * Asks a project's service for a document's proposals: from the cache when the same configuration, document, text
 * and labels were asked before; nothing while a recent failure makes the configuration wait; one call at a time
 * for the same question. Every call's outcome is recorded for the lead. Never throws for the service's failures.
 */
final class ExternalCalls {

    private static final Logger log = LoggerFactory.getLogger(ExternalCalls.class);

    private final ExternalRecommenderRepository repository;
    private final ExternalServiceClient client;
    private final AnswerCache cache;
    private final ConcurrentMap<AnswerCache.Key, CompletableFuture<List<Proposal>>> running = new ConcurrentHashMap<>();

    ExternalCalls(ExternalRecommenderRepository repository, ExternalServiceClient client, AnswerCache cache) {
        this.repository = repository;
        this.client = client;
        this.cache = cache;
    }

    List<Proposal> proposals(long projectId, long documentId, String text, List<String> labels) {
        Optional<StoredService> found = repository.find(projectId);
        if (found.isEmpty()) {
            return List.of();
        }
        StoredService service = found.get();
        Optional<URI> url = ServiceUrl.parse(service.url());
        if (url.isEmpty()) {
            return List.of();
        }
        AnswerCache.Key key = new AnswerCache.Key(projectId, service.version(), documentId, hash(text, labels));
        Optional<List<Proposal>> cached = cache.answer(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (cache.waiting(key)) {
            return List.of();
        }
        CompletableFuture<List<Proposal>> mine = new CompletableFuture<>();
        CompletableFuture<List<Proposal>> other = running.putIfAbsent(key, mine);
        if (other != null) {
            return other.join();
        }
        List<Proposal> proposals = List.of();
        try {
            ExternalAnswer.Reading reading = client.ask(url.get(), service.token(), service.timeoutSeconds(), text, labels);
            record(projectId, documentId, reading);
            if (reading.failed()) {
                if (!reading.problem().key().equals(ExternalProblem.BUSY)) {
                    cache.failed(key); // a busy app is not the service's failure
                }
            } else {
                proposals = reading.proposals();
                cache.answered(key, proposals);
            }
        } finally {
            running.remove(key, mine);
            mine.complete(proposals);
        }
        return proposals;
    }

    /** One call on a sample text, past the cache and the wait after failures; recorded like any call. */
    ExternalAnswer.Reading test(long projectId, String text, List<String> labels) {
        Optional<StoredService> found = repository.find(projectId);
        Optional<URI> url = found.flatMap(s -> ServiceUrl.parse(s.url()));
        if (url.isEmpty()) {
            return ExternalAnswer.Reading.failed(ExternalProblem.of(ExternalProblem.NOT_CONFIGURED));
        }
        ExternalAnswer.Reading reading = client.ask(url.get(), found.get().token(), found.get().timeoutSeconds(), text, labels);
        record(projectId, null, reading);
        return reading;
    }

    private void record(long projectId, Long documentId, ExternalAnswer.Reading reading) {
        if (reading.problem() != null) {
            log.info("External recommender of project {} on document {}: {} {}", projectId, documentId,
                    reading.problem().key(), reading.problem().args());
        }
        try {
            if (reading.failed()) {
                repository.failed(projectId, reading.problem());
            } else {
                repository.answered(projectId, reading.dropped(), reading.problem());
            }
        } catch (RuntimeException e) {
            log.warn("Could not record the external recommender's outcome for project {}", projectId, e);
        }
    }

    private static String hash(String text, List<String> labels) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            for (String label : labels) {
                sha.update((byte) 0);
                sha.update(label.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
