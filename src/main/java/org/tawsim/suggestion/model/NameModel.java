package org.tawsim.suggestion.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.tawsim.text.Token;

/** A trained name finder: predicts spans in a text and round-trips through bytes (OpenNLP's model format). */
public final class NameModel {

    private final TokenNameFinderModel model;

    NameModel(TokenNameFinderModel model) {
        this.model = model;
    }

    public static NameModel fromBytes(byte[] bytes) {
        try {
            return new NameModel(new TokenNameFinderModel(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            // OpenNLP answers some damaged files with a NullPointerException (no manifest) rather than an IOException
            throw new IllegalArgumentException("not an OpenNLP name finder model", e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The spans the model finds in the text, in text order, with code-point offsets into it. */
    public List<PredictedSpan> predict(String text) {
        // a NameFinderME keeps per-document state and is not thread-safe: one per call
        NameFinderME finder = new NameFinderME(model);
        List<PredictedSpan> found = new ArrayList<>();
        for (List<Token> sentence : ModelTokens.sentences(text)) {
            String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
            Span[] spans = finder.find(words);
            double[] probabilities = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                Span span = spans[i];
                found.add(new PredictedSpan(sentence.get(span.getStart()).start(), sentence.get(span.getEnd() - 1).end(),
                        span.getType(), probabilities[i]));
            }
        }
        return found;
    }
}
