package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random corpora for property tests and the benchmark: Arabic-letter words, gold spans of
 * one to three words with chains over them, and per annotator a noisy copy of the gold (spans
 * dropped, relabelled, re-cut or invented; mentions moved between chains).
 */
final class SyntheticCorpus {

    static final List<String> LABELS = List.of("PERSON", "ORG", "LOCATION", "EVENT");
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private final Random random;
    private final double noise;

    private SyntheticCorpus(long seed, double noise) {
        this.random = new Random(seed);
        this.noise = noise;
    }

    /** {@code noise} = 0 gives identical annotators. */
    static Corpus generate(long seed, int documents, List<String> annotators, int spansPerDocument, double noise) {
        var generator = new SyntheticCorpus(seed, noise);
        var result = new ArrayList<Document>();
        for (int d = 0; d < documents; d++) {
            result.add(generator.document("doc-" + d, annotators, spansPerDocument));
        }
        return new Corpus(result);
    }

    /** The same document with one annotator's work replaced by a fresh noisy copy. */
    static Document reannotate(Document document, String annotator, long seed, double noise) {
        var generator = new SyntheticCorpus(seed, noise);
        Annotation old = document.annotation(annotator).orElseThrow();
        var words = words(document.text());
        var annotations = new ArrayList<Annotation>();
        for (Annotation annotation : document.annotations()) {
            annotations.add(annotation == old ? generator.noisyCopy(annotator, old.spans(), old.chains(), words) : annotation);
        }
        return new Document(document.id(), document.text(), annotations);
    }

    private Document document(String id, List<String> annotators, int spanCount) {
        int wordCount = spanCount * 4;
        var text = new StringBuilder();
        var words = new ArrayList<int[]>();
        for (int w = 0; w < wordCount; w++) {
            if (w > 0) {
                text.append(' ');
            }
            int start = text.length(); // BMP letters only, so chars = code points
            for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            words.add(new int[] {start, text.length()});
        }
        var gold = new ArrayList<Span>();
        for (int w = 0; w < wordCount && gold.size() < spanCount; w += 1 + random.nextInt(4)) {
            int last = Math.min(wordCount - 1, w + random.nextInt(3));
            gold.add(new Span(words.get(w)[0], words.get(last)[1], LABELS.get(random.nextInt(LABELS.size()))));
            w = last;
        }
        var chains = goldChains(gold);
        var annotations = new ArrayList<Annotation>();
        for (String annotator : annotators) {
            annotations.add(noisyCopy(annotator, gold, chains, words));
        }
        return new Document(id, text.toString(), annotations);
    }

    /** Chains of 2 to 4 same-label spans over about half of the spans. */
    private List<Chain> goldChains(List<Span> gold) {
        Map<String, List<Span>> byLabel = new HashMap<>();
        gold.stream().filter(s -> random.nextBoolean()).forEach(s -> byLabel.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(s));
        var chains = new ArrayList<Chain>();
        for (List<Span> spans : byLabel.values()) {
            for (int i = 0; i + 1 < spans.size(); ) {
                int size = Math.min(spans.size() - i, 2 + random.nextInt(3));
                chains.add(new Chain(spans.subList(i, i + size)));
                i += size;
            }
        }
        return chains;
    }

    private Annotation noisyCopy(String annotator, List<Span> gold, List<Chain> chains, List<int[]> words) {
        var replaced = new HashMap<Span, Span>();
        var spans = new ArrayList<Span>();
        for (Span span : gold) {
            Span copy = span;
            if (random.nextDouble() < noise) {
                switch (random.nextInt(3)) {
                    case 0 -> copy = null;
                    case 1 -> copy = new Span(span.start(), span.end(), LABELS.get(random.nextInt(LABELS.size())));
                    default -> copy = recut(span, words);
                }
            }
            if (copy != null) {
                spans.add(copy);
                replaced.put(span, copy);
            }
        }
        for (int i = 0, extra = (int) Math.round(noise * gold.size() / 3); i < extra; i++) {
            int[] word = words.get(random.nextInt(words.size()));
            spans.add(new Span(word[0], word[1], LABELS.get(random.nextInt(LABELS.size()))));
        }
        var copiedChains = new ArrayList<List<Span>>();
        for (Chain chain : chains) {
            var mentions = new ArrayList<Span>();
            chain.mentions().stream().map(replaced::get).filter(m -> m != null).forEach(mentions::add);
            copiedChains.add(mentions);
        }
        // move some mentions to another chain
        for (List<Span> chain : copiedChains) {
            if (!chain.isEmpty() && copiedChains.size() > 1 && random.nextDouble() < noise) {
                Span moved = chain.remove(random.nextInt(chain.size()));
                copiedChains.get(random.nextInt(copiedChains.size())).add(moved);
            }
        }
        return new Annotation(annotator, spans, copiedChains.stream().filter(c -> c.size() > 1).map(Chain::new).toList());
    }

    /** The span stretched or shrunk by one word at one end. */
    private Span recut(Span span, List<int[]> words) {
        int first = wordAt(words, span.start());
        int last = wordAt(words, span.end() - 1);
        if (random.nextBoolean()) {
            last = random.nextBoolean() && last > first ? last - 1 : Math.min(words.size() - 1, last + 1);
        } else {
            first = random.nextBoolean() && first < last ? first + 1 : Math.max(0, first - 1);
        }
        return new Span(words.get(first)[0], words.get(last)[1], span.label());
    }

    private static int wordAt(List<int[]> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i)[1] > offset) {
                return i;
            }
        }
        return words.size() - 1;
    }

    private static List<int[]> words(String text) {
        var words = new ArrayList<int[]>();
        for (WhitespaceToken token : new WhitespaceAndSpanBoundaryTokenization().tokenize(text, List.of())) {
            words.add(new int[] {token.start(), token.end()});
        }
        return words;
    }
}
