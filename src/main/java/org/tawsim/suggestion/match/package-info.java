/**
 * Pure Arabic-aware string matching for suggestions: normalization that keeps a way back to the original
 * offsets, a dictionary learnt from spans, and a matcher that allows proclitics in front of an entry and keeps
 * the span on the stem. Plain Java only (no Spring, Vaadin or jOOQ).
 */
package org.tawsim.suggestion.match;
