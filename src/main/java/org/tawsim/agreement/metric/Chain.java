package org.tawsim.agreement.metric;

import java.util.List;

/**
 * A coreference chain: mentions one annotator linked as referring to the same entity. Mentions are
 * identified by their boundaries; their labels play no part in the coreference metrics.
 */
public record Chain(List<Span> mentions) {

    public Chain {
        mentions = List.copyOf(mentions);
    }

    public static Chain of(Span... mentions) {
        return new Chain(List.of(mentions));
    }
}
