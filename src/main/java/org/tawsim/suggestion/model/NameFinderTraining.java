package org.tawsim.suggestion.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.tawsim.text.TextRange;
import org.tawsim.text.Token;

/**
 * Trains Apache OpenNLP's name finder ({@link NameFinderME}) on gold documents: maximum entropy (GIS) over
 * OpenNLP's default context features (the token and its shape in a window of two on each side, bigrams, the
 * previous decision for the same token, sentence start), BIO labels (OpenNLP's {@link BioCodec}), one thread.
 *
 * <p>The name finder cannot represent overlapping spans: of spans that overlap, the one that starts first (the
 * longer one on a tie) is kept and the others are left out of training.
 */
public final class NameFinderTraining {

    private static final String LANGUAGE = "ar";

    private NameFinderTraining() {
    }

    public static TrainingOutcome train(List<TrainingDocument> documents, TrainingSettings settings) {
        List<NameSample> samples = new ArrayList<>();
        int spans = 0;
        for (TrainingDocument document : documents) {
            List<GoldSpan> kept = withoutOverlaps(document.spans());
            spans += kept.size();
            samples.addAll(samples(document.text(), kept));
        }
        if (spans < settings.minSpans()) {
            return new TrainingOutcome.NotEnoughData(documents.size(), spans, settings.minSpans());
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            TokenNameFinderFactory factory = new TokenNameFinderFactory(null, java.util.Map.of(), new BioCodec());
            TokenNameFinderModel model = NameFinderME.train(LANGUAGE, null,
                    ObjectStreamUtils.createObjectStream(samples), parameters, factory);
            return new TrainingOutcome.Trained(new NameModel(model), documents.size(), samples.size(), spans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sample per sentence; the first sentence of a document clears what the finder learnt from the last. */
    static List<NameSample> samples(String text, List<GoldSpan> spans) {
        List<TextRange> ranges = spans.stream().map(s -> new TextRange(s.start(), s.end())).toList();
        List<NameSample> samples = new ArrayList<>();
        for (List<Token> sentence : ModelTokens.sentences(text, ranges)) {
            List<Span> names = new ArrayList<>();
            for (GoldSpan span : spans) {
                int first = indexStartingAt(sentence, span.start());
                int last = indexEndingAt(sentence, span.end());
                if (first >= 0 && last >= first) {
                    names.add(new Span(first, last + 1, span.label()));
                }
            }
            String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
            samples.add(new NameSample(words, names.toArray(Span[]::new), samples.isEmpty()));
        }
        return samples;
    }

    static List<GoldSpan> withoutOverlaps(List<GoldSpan> spans) {
        List<GoldSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(GoldSpan::start).thenComparing(Comparator.comparingInt(GoldSpan::end).reversed()));
        List<GoldSpan> kept = new ArrayList<>();
        int end = -1;
        for (GoldSpan span : sorted) {
            if (span.start() >= end) {
                kept.add(span);
                end = span.end();
            }
        }
        return kept;
    }

    private static int indexStartingAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static int indexEndingAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == offset) {
                return i;
            }
        }
        return -1;
    }
}
