package org.tawsim.suggestion.evaluation;

import java.util.List;
import org.tawsim.suggestion.match.ArabicNormalizer;
import org.tawsim.suggestion.match.MatchDictionary;
import org.tawsim.suggestion.match.StringMatcher;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.PredictedSpan;
import org.tawsim.suggestion.model.TrainingDocument;

/**
 * The string matcher as the app builds it ({@code suggestion.LearntDictionaries}: ta marbuta and ha are one letter),
 * learnt from the text gold spans cover; it can go on learning from spans accepted later.
 */
public final class LearntMatcher {

    static final boolean TA_MARBUTA_AS_HA = true;

    private final MatchDictionary dictionary = new MatchDictionary(new ArabicNormalizer(TA_MARBUTA_AS_HA));

    public static LearntMatcher fromGold(List<TrainingDocument> documents) {
        LearntMatcher matcher = new LearntMatcher();
        documents.forEach(d -> d.spans().forEach(s -> matcher.learn(d.text(), s)));
        return matcher;
    }

    /** Learns the text the span covers in {@code text} (code points) with its label. */
    public void learn(String text, GoldSpan span) {
        dictionary.add(surface(text, span), span.label());
    }

    public List<PredictedSpan> suggest(String text) {
        return new StringMatcher(dictionary).find(text).stream()
                .map(m -> new PredictedSpan(m.start(), m.end(), m.label(), m.score())).toList();
    }

    public int forms() {
        return dictionary.size();
    }

    static String surface(String text, GoldSpan span) {
        int from = text.offsetByCodePoints(0, span.start());
        return text.substring(from, text.offsetByCodePoints(from, span.end() - span.start()));
    }
}
