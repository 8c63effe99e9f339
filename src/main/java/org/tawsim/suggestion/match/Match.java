package org.tawsim.suggestion.match;

/**
 * One place the dictionary's form occurs: original code point offsets (end exclusive) of the stem, without any
 * proclitic in front; the label and the share of the form's learnt spans that carried it.
 */
public record Match(int start, int end, String form, String label, double score) {
}
