package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.tawsim.annotation.layer.LayerOwner;

/**
 * Changes of a project's label set. The set's own events belong to the project; a rename or relabel also writes
 * one event into every document layer whose spans it touched (with the layer's new revision, and {@code layer}
 * "gold" or the {@code annotator}'s user id).
 */
public sealed interface LabelEvent extends Event {

    @JsonTypeName("label.added")
    record Added(String label) implements LabelEvent {
    }

    /** Colour, hotkey, display names or guideline changed; the name stayed. */
    @JsonTypeName("label.changed")
    record Changed(String label) implements LabelEvent {
    }

    /** In the project's log: before and after only. In a layer's: also its spans carrying it and its revision. */
    @JsonTypeName("label.renamed")
    record Renamed(String before, String after, @JsonInclude(Include.NON_NULL) Integer spans,
                   @JsonInclude(Include.NON_NULL) Long revision, @JsonInclude(Include.NON_NULL) String layer,
                   @JsonInclude(Include.NON_NULL) Long annotator) implements LabelEvent {

        public static Renamed inProject(String before, String after) {
            return new Renamed(before, after, null, null, null, null);
        }

        public static Renamed inLayer(String before, String after, int spans, long revision, LayerOwner owner) {
            return new Renamed(before, after, spans, revision, LayerEvent.layerOf(owner), annotatorOf(owner));
        }
    }

    /** A layer's spans of a removed label moved to another one ({@code before} → {@code after}). */
    @JsonTypeName("label.relabelled")
    record Relabelled(String before, String after, int spans, Long revision, @JsonInclude(Include.NON_NULL) String layer,
                      @JsonInclude(Include.NON_NULL) Long annotator) implements LabelEvent {

        public static Relabelled inLayer(String before, String after, int spans, long revision, LayerOwner owner) {
            return new Relabelled(before, after, spans, revision, LayerEvent.layerOf(owner), annotatorOf(owner));
        }
    }

    private static Long annotatorOf(LayerOwner owner) {
        return owner instanceof LayerOwner.Annotator annotator ? annotator.id() : null;
    }

    /** @param relabelledTo the label its spans were given first, or null; {@code spans} how many */
    @JsonTypeName("label.removed")
    record Removed(String label, String relabelledTo, int spans) implements LabelEvent {
    }
}
