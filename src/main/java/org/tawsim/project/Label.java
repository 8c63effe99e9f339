package org.tawsim.project;

import java.util.List;
import java.util.Locale;

/**
 * One entry of a project's label set, with the colour and hotkey the editor shows. The name is what spans and
 * exports carry; the display names (null: the name) are what annotators read in each UI language, and the
 * guideline says in a sentence or two when to use the label.
 */
public record Label(String name, String colour, String hotkey, int position, String displayEn, String displayAr,
                    String guideline) {

    /** The label set every new project starts with. */
    public static final List<Label> DEFAULTS = List.of(
            new Label("PERSON", "#f4a261", "1", 0),
            new Label("ORG", "#2a9d8f", "2", 1),
            new Label("LOCATION", "#8ab17d", "3", 2),
            new Label("EVENT", "#b392ac", "4", 3));

    public Label {
        guideline = guideline == null ? "" : guideline;
    }

    public Label(String name, String colour, String hotkey, int position) {
        this(name, colour, hotkey, position, null, null, "");
    }

    /** What annotators read for this label in a UI language: its display name there, else the name. */
    public String displayName(Locale locale) {
        String display = "ar".equals(locale.getLanguage()) ? displayAr : displayEn;
        return display == null || display.isBlank() ? name : display;
    }

    public Label at(int newPosition) {
        return new Label(name, colour, hotkey, newPosition, displayEn, displayAr, guideline);
    }
}
