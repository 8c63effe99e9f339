package org.tawsim.agreement.metric;

import java.util.Collection;
import java.util.List;

/**
 * Cuts a document into the tokens the token-level coefficients (Cohen's and Fleiss' kappa,
 * Krippendorff's alpha) rate. The application uses {@link WhitespaceAndSpanBoundaryTokenization}: its unit is
 * the {@link WhitespaceToken}, not the export tokenizer's token (see {@code package-info}). Kept to one method so
 * tests can hand in their own cuts as a lambda: {@code (text, spans) -> ...}.
 *
 * <p>Tokens must be sorted and must not overlap. A token need not line up with span boundaries:
 * {@link TokenLabels} then labels it with the longest span that touches it. Implementations must be
 * thread-safe: {@link AgreementReport} tokenizes documents in parallel.
 */
@FunctionalInterface
public interface Tokenization {

    /**
     * @param text  the document text; offsets count its code points
     * @param spans the spans of every compared annotator on this document, for tokenizers that want
     *              to cut at span boundaries (a linguistic tokenizer may ignore them)
     */
    List<WhitespaceToken> tokenize(String text, Collection<Span> spans);
}
