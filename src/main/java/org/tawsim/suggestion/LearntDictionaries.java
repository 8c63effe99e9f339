package org.tawsim.suggestion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tawsim.annotation.SurfaceForm;
import org.tawsim.suggestion.match.ArabicNormalizer;
import org.tawsim.suggestion.match.MatchDictionary;

/**
 * The string matcher's dictionary per project and annotator. The forms are read anew on every request (one grouped
 * query), so a span just made counts at once; only the trie is kept while the forms stay the same.
 */
@Component
class LearntDictionaries {

    /** ة and ه are one letter for matching: writers vary them at the end of words (حماة / حماه). */
    static final boolean TA_MARBUTA_AS_HA = true;
    private static final int MAX_CACHED = 512;

    private record Key(long projectId, long annotatorId) {
    }

    private record Learnt(List<SurfaceForm> forms, MatchDictionary dictionary) {
    }

    private final Map<Key, Learnt> cache = new ConcurrentHashMap<>();

    MatchDictionary dictionary(long projectId, long annotatorId, List<SurfaceForm> forms) {
        Key key = new Key(projectId, annotatorId);
        Learnt cached = cache.get(key);
        if (cached != null && cached.forms().equals(forms)) {
            return cached.dictionary();
        }
        MatchDictionary dictionary = new MatchDictionary(new ArabicNormalizer(TA_MARBUTA_AS_HA));
        forms.forEach(f -> dictionary.add(f.text(), f.label(), f.times()));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Learnt(List.copyOf(forms), dictionary));
        return dictionary;
    }
}
