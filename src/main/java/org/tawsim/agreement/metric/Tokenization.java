package org.tawsim.agreement.metric;

import java.util.Collection;
import java.util.List;

/**
 * Cuts a document into the tokens the token-level coefficients (Cohen's and Fleiss' kappa,
 * Krippendorff's alpha) rate. Kept to one method so a real tokenizer (e.g. the Arabic one in
 * {@code org.tawsim.text}) plugs in through an adapter lambda: {@code (text, spans) -> ...}.
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
    List<TokenRange> tokenize(String text, Collection<Span> spans);
}
