package org.tawsim.suggestion.match;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the matcher looks for: normalized surface forms (one or more words) learnt from spans, each with the labels
 * it was given and how often. Stored as a trie over normalized code points so the matcher walks the text once per
 * word start. Entries shorter than {@value #MIN_LENGTH} code points are ignored (a lone letter is no name).
 */
public final class MatchDictionary {

    static final int MIN_LENGTH = 2;
    private static final int ARTICLE_ALEF = 'ا';
    private static final int ARTICLE_LAM = 'ل';

    private final ArabicNormalizer normalizer;
    private final Node root = new Node();
    private int size;

    public MatchDictionary(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Learns that {@code surface} (the text a span covered) was labelled {@code label}. */
    public void add(String surface, String label, int times) {
        int[] form = normalizer.fold(surface).codePoints().toArray();
        if (form.length < MIN_LENGTH || !ArabicNormalizer.isWordChar(form[0])
                || !ArabicNormalizer.isWordChar(form[form.length - 1])) {
            return; // a span that starts or ends on punctuation or space is no clean entry
        }
        Node node = root;
        for (int cp : form) {
            node = node.children.computeIfAbsent(cp, c -> new Node());
        }
        if (node.labels == null) {
            node.labels = new LinkedHashMap<>();
            node.form = new String(form, 0, form.length);
            node.hasArticle = form.length > 2 && form[0] == ARTICLE_ALEF && form[1] == ARTICLE_LAM;
            size++;
        }
        node.labels.merge(label, times, Integer::sum);
    }

    public void add(String surface, String label) {
        add(surface, label, 1);
    }

    /** Number of distinct normalized forms. */
    public int size() {
        return size;
    }

    public ArabicNormalizer normalizer() {
        return normalizer;
    }

    Node root() {
        return root;
    }

    /** One trie node; a node with labels ends an entry. */
    static final class Node {
        final Map<Integer, Node> children = new HashMap<>(4);
        Map<String, Integer> labels;
        String form;
        boolean hasArticle;

        Node child(int cp) {
            return children.get(cp);
        }
    }
}
