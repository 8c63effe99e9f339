/**
 * The pure inter-annotator agreement engine: plain records in, counts and coefficients out.
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li>Offsets are Unicode code points of the stored text, {@code [start, end)}, end exclusive.</li>
 *   <li>Every corpus-level figure is computed from per-document sufficient statistics (counts, never
 *       averages), so {@link org.tawsim.agreement.metric.AgreementReport} can recompute one changed
 *       document and re-sum.</li>
 *   <li>Chance-corrected coefficients that are mathematically undefined (no variation, no data) are
 *       reported as {@link org.tawsim.agreement.metric.Coefficient#undefined()}, never NaN.</li>
 *   <li>Precision/recall/F1 follow the CoNLL-2012 reference scorer v8.01: a ratio with a zero
 *       denominator is 0, and F1 is 0 when precision + recall is 0.</li>
 * </ul>
 *
 * <p>This package depends on nothing but the JDK (enforced by {@code MetricPackageArchitectureTest}).
 */
package org.tawsim.agreement.metric;
