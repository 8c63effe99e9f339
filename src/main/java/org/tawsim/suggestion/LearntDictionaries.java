package org.tawsim.suggestion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.tawsim.annotation.layer.SurfaceForm;
import org.tawsim.annotation.layer.SurfaceFormsVersion;
import org.tawsim.suggestion.match.ArabicNormalizer;
import org.tawsim.suggestion.match.MatchDictionary;

/**
 * The string matcher's dictionary per project and annotator. The forms (one grouped query over every learnt span)
 * are read again only when the layers' version changes, which every saved change does, so a span just made counts
 * at once; the trie is rebuilt only when the forms read differ.
 */
@Component
class LearntDictionaries {

    /** ة and ه are one letter for matching: writers vary them at the end of words (حماة / حماه). */
    static final boolean TA_MARBUTA_AS_HA = true;
    private static final int MAX_CACHED = 512;

    private record Key(long projectId, long annotatorId) {
    }

    private record Learnt(SurfaceFormsVersion version, List<SurfaceForm> forms, MatchDictionary dictionary) {
    }

    private final Map<Key, Learnt> cache = new ConcurrentHashMap<>();
    private final AtomicLong formReads = new AtomicLong();

    MatchDictionary dictionary(long projectId, long annotatorId, SurfaceFormsVersion version, Supplier<List<SurfaceForm>> read) {
        Key key = new Key(projectId, annotatorId);
        Learnt cached = cache.get(key);
        if (cached != null && cached.version().equals(version)) {
            return cached.dictionary();
        }
        formReads.incrementAndGet();
        List<SurfaceForm> forms = List.copyOf(read.get());
        MatchDictionary dictionary;
        if (cached != null && cached.forms().equals(forms)) {
            dictionary = cached.dictionary(); // e.g. a chain edit: a new revision, the same forms
        } else {
            dictionary = new MatchDictionary(new ArabicNormalizer(TA_MARBUTA_AS_HA));
            forms.forEach(f -> dictionary.add(f.text(), f.label(), f.times()));
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Learnt(version, forms, dictionary));
        return dictionary;
    }

    /** How often the forms were read from the database (for tests and benchmarks). */
    long formReads() {
        return formReads.get();
    }
}
