package org.tawsim.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tawsim.support.Scenario.CreatedSpan;

/** The spans a scenario created and the stored text of its documents, so that its steps can name spans by their words. */
final class CreatedSpans {

    private final Map<Long, String> texts = new HashMap<>();
    private final List<CreatedSpan> spans = new ArrayList<>();

    void text(long document, String text) {
        texts.put(document, text);
    }

    /** [start, end) in code points of the occurrence-th (from 1) {@code surface} in the document's stored text. */
    int[] find(long document, String surface, int occurrence) {
        String text = texts.get(document);
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(surface, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("Occurrence " + occurrence + " of " + surface + " is not in the document");
            }
        }
        int start = text.codePointCount(0, at);
        return new int[] {start, start + surface.codePointCount(0, surface.length())};
    }

    void add(long id, String owner, long document, int start, int end, String label) {
        String text = texts.get(document);
        int from = text.offsetByCodePoints(0, start);
        String surface = text.substring(from, text.offsetByCodePoints(from, end - start));
        spans.add(new CreatedSpan(id, owner, document, start, end, label, surface));
    }

    long last() {
        if (spans.isEmpty()) {
            throw new IllegalStateException("No span created yet");
        }
        return spans.get(spans.size() - 1).id();
    }

    long over(String owner, long document, String surface) {
        return only(owner, document, s -> s.surface().equals(surface), "over " + surface);
    }

    long at(String owner, long document, int start) {
        return only(owner, document, s -> s.start() == start, "at " + start);
    }

    List<CreatedSpan> all() {
        return List.copyOf(spans);
    }

    private long only(String owner, long document, Predicate<CreatedSpan> test, String what) {
        List<CreatedSpan> matches = spans.stream()
                .filter(s -> owner.equals(s.owner()) && s.documentId() == document && test.test(s)).toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException(matches.size() + " spans of " + owner + " " + what + "; name the span by id");
        }
        return matches.get(0).id();
    }
}
