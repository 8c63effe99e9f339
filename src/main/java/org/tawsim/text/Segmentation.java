package org.tawsim.text;

import java.util.List;

/**
 * The tokens and sentences of one text, made so that every given span is a whole number of tokens inside one
 * sentence. Give it the spans of every annotator of a document to get one tokenization they all share.
 */
public record Segmentation(List<Token> tokens, List<Sentence> sentences) {

    public Segmentation {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public static Segmentation of(String text, List<TextRange> spans) {
        int[] boundaries = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            boundaries[2 * i] = spans.get(i).start();
            boundaries[2 * i + 1] = spans.get(i).end();
        }
        List<Token> tokens = BoundarySplitter.split(Tokenizer.tokenize(text), boundaries);
        return new Segmentation(tokens, SentenceSplitter.split(CodePoints.of(text), tokens, spans));
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
