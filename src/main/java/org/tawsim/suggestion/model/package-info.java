/**
 * Pure: the project-trained name finder behind the {@code opennlp} suggestions. No Spring, Vaadin or jOOQ.
 *
 * <p>{@link org.tawsim.suggestion.model.ModelTokens} tokenizes with Tawsim's own tokenizer and sentence splitter and
 * splits Arabic proclitics off, {@link org.tawsim.suggestion.model.NameFinderTraining} trains Apache OpenNLP's name
 * finder from documents given as text and code-point spans, {@link org.tawsim.suggestion.model.NameModel} predicts
 * spans and round-trips through bytes, and {@link org.tawsim.suggestion.model.SpanEvaluation} scores predictions
 * against held-out gold per label.
 */
package org.tawsim.suggestion.model;
