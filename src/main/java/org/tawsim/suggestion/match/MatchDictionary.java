package org.tawsim.suggestion.match;

import java.util.Arrays;
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
            node = node.childOrNew(cp);
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

    /** One trie node; a node with labels ends an entry. Children in plain arrays: no boxing on the matcher's path. */
    static final class Node {
        private int[] keys = new int[0];
        private Node[] children = new Node[0];
        Map<String, Integer> labels;
        String form;
        boolean hasArticle;

        Node child(int cp) {
            int[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == cp) {
                    return children[i];
                }
            }
            return null;
        }

        Node childOrNew(int cp) {
            Node found = child(cp);
            if (found == null) {
                found = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = cp;
                children[children.length - 1] = found;
            }
            return found;
        }
    }
}
