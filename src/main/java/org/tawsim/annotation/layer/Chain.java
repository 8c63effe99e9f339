package org.tawsim.annotation.layer;

import java.util.List;

/** Mentions (span ids) that refer to the same entity, in text order. */
public record Chain(long id, List<Long> spanIds) {
}
