package org.tawsim.suggestion.external;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tawsim.suggestion.Proposal;

/**
 * The external service's answers, so the editor's refresh after every change does not ask again for the same text:
 * the least recently used answers go first once {@code capacity} are kept. The key holds the configuration's
 * version, so a changed URL or token is asked afresh. A failed call makes the project's configuration wait a while
 * (a service that is down is not asked on every keystroke).
 */
final class AnswerCache {

    /** One question: the project's configuration, the document, and a hash of its text and labels. */
    record Key(long projectId, long version, long documentId, String textHash) {
    }

    private record Configuration(long projectId, long version) {
    }

    private final int capacity;
    private final Duration failureWait;
    private final Clock clock;
    private final Map<Key, List<Proposal>> answers;
    private final Map<Configuration, Instant> waitUntil = new HashMap<>();

    AnswerCache(int capacity, Duration failureWait, Clock clock) {
        this.capacity = capacity;
        this.failureWait = failureWait;
        this.clock = clock;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<Proposal>> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    synchronized Optional<List<Proposal>> answer(Key key) {
        return Optional.ofNullable(answers.get(key));
    }

    synchronized void answered(Key key, List<Proposal> proposals) {
        answers.put(key, List.copyOf(proposals));
        waitUntil.remove(new Configuration(key.projectId(), key.version()));
    }

    synchronized void failed(Key key) {
        waitUntil.put(new Configuration(key.projectId(), key.version()), clock.instant().plus(failureWait));
    }

    /** Whether a recent failure says not to call the service for this configuration yet. */
    synchronized boolean waiting(Key key) {
        Configuration configuration = new Configuration(key.projectId(), key.version());
        Instant until = waitUntil.get(configuration);
        if (until != null && !clock.instant().isBefore(until)) {
            waitUntil.remove(configuration);
            return false;
        }
        return until != null;
    }

    synchronized int size() {
        return answers.size();
    }
}
