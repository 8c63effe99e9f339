/**
 * The pure inter-annotator agreement engine: plain records in, counts and coefficients out.
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li>Offsets are Unicode code points of the stored text, {@code [start, end)}, end exclusive.</li>
 *   <li>Every corpus-level figure is computed from per-document sufficient statistics (counts, never
 *       averages), so {@link org.tawsim.agreement.metric.AgreementReport} can recompute one changed
 *       document and re-sum.</li>
 *   <li>The token-level coefficients (Cohen's and Fleiss' kappa, Krippendorff's alpha) rate
 *       {@link org.tawsim.agreement.metric.WhitespaceToken}s: whitespace-separated words, cut again at every
 *       compared span's boundaries ({@link org.tawsim.agreement.metric.WhitespaceAndSpanBoundaryTokenization}).
 *       This is not the unit of the exports, whose tokenizer ({@code org.tawsim.text.Tokenizer}) also separates
 *       Arabic clitics and punctuation: the agreement figures are checked against published examples and DKPro
 *       Agreement on whitespace words, and the span cuts already give a clitic span (درعا in بدرعا) its own
 *       token, so the unit stays and is named for what it is.</li>
 *   <li>Chance-corrected coefficients that are mathematically undefined (no variation, no data) are
 *       reported as {@link org.tawsim.agreement.metric.Coefficient#undefined()}, never NaN.</li>
 *   <li>Precision/recall/F1 follow the CoNLL-2012 reference scorer v8.01: a ratio with a zero
 *       denominator is 0, and F1 is 0 when precision + recall is 0.</li>
 * </ul>
 *
 * <p>Entry points: build a {@link org.tawsim.agreement.metric.Corpus} of
 * {@link org.tawsim.agreement.metric.Document}s, each holding per-annotator
 * {@link org.tawsim.agreement.metric.Annotation}s ({@link org.tawsim.agreement.metric.Span}s and
 * {@link org.tawsim.agreement.metric.Chain}s), then call
 * {@link org.tawsim.agreement.metric.AgreementReport#of(Corpus, java.util.List)}. Its
 * {@link org.tawsim.agreement.metric.Agreement}s (overall and per document) hold per pair
 * {@link org.tawsim.agreement.metric.SpanF1}, {@link org.tawsim.agreement.metric.LabelConfusion},
 * {@link org.tawsim.agreement.metric.CohenKappa}, {@link org.tawsim.agreement.metric.KrippendorffAlphaU} and
 * {@link org.tawsim.agreement.metric.CoreferenceScores}, and over all annotators
 * {@link org.tawsim.agreement.metric.FleissKappa}, {@link org.tawsim.agreement.metric.KrippendorffAlpha}
 * and alpha_u. Each metric class can also be used alone on plain lists.
 *
 * <p>This package depends on nothing but the JDK (enforced by {@code ArchitectureTest.agreementMetricsDependOnTheJdkOnly}).
 */
package org.tawsim.agreement.metric;
