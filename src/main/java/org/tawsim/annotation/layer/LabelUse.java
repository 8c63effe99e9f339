package org.tawsim.annotation.layer;

/** One layer holding spans of a label, and how many. */
public record LabelUse(LayerKey key, int spans) {
}
