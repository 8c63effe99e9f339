package org.tawsim.curation.merge;

import java.util.Comparator;

/** A mention in a coreference chain, identified by its boundaries alone (as the coreference metrics do). */
public record Mention(int start, int end) implements Comparable<Mention> {

    private static final Comparator<Mention> ORDER = Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

    @Override
    public int compareTo(Mention other) {
        return ORDER.compare(this, other);
    }
}
