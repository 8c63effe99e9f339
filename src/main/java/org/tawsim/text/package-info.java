/**
 * Arabic-aware tokenization and sentence splitting with offsets in Unicode code points, the unit we store.
 *
 * <p>Pure Java with no dependency on the application: {@link org.tawsim.text.Tokenizer} makes tokens,
 * {@link org.tawsim.text.BoundarySplitter} cuts them at span boundaries (clitics: ب|درعا),
 * {@link org.tawsim.text.SentenceSplitter} groups them into sentences that never cut a span, and
 * {@link org.tawsim.text.Segmentation} does all three for a text and its spans.
 * {@link org.tawsim.text.CodePoints} converts between code points and Java's UTF-16 indices.
 */
package org.tawsim.text;
