package org.tawsim.project;

import java.util.List;
import java.util.Map;

/**
 * A whole label set as the HTTP API replaces it: the labels in toolbar order; an entry with {@code previousName}
 * renames that label (its spans follow); a label left out is removed, and while spans use it {@code relabel} must
 * name the label (of the new set) they get.
 */
public record LabelSetEdit(List<Entry> labels, Map<String, String> relabel) {

    public record Entry(String name, String colour, String hotkey, String displayEn, String displayAr, String guideline,
                        String previousName) {

        Label label(int position) {
            return new Label(name, colour, hotkey, position, displayEn, displayAr, guideline);
        }
    }
}
