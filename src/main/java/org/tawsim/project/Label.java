package org.tawsim.project;

import java.util.List;

/** One entry of a project's label set, with the colour and hotkey the editor shows. */
public record Label(String name, String colour, String hotkey, int position) {

    /** The label set every new project starts with. */
    public static final List<Label> DEFAULTS = List.of(
            new Label("PERSON", "#f4a261", "1", 0),
            new Label("ORG", "#2a9d8f", "2", 1),
            new Label("LOCATION", "#8ab17d", "3", 2),
            new Label("EVENT", "#b392ac", "4", 3));
}
