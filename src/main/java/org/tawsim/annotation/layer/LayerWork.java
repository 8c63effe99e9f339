package org.tawsim.annotation.layer;

import java.time.OffsetDateTime;

/** How much is in a layer and when it last changed (null: never). */
public record LayerWork(LayerKey key, int spans, OffsetDateTime updatedAt) {
}
