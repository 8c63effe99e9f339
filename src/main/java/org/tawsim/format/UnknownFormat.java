package org.tawsim.format;

/** A name that no corpus format answers to; callers word the error and list {@link CorpusFormats}' names. */
public final class UnknownFormat extends IllegalArgumentException {

    private final String name;

    UnknownFormat(String name) {
        super("no corpus format is named '" + name + "'");
        this.name = name;
    }

    /** The name as given, stripped; empty when none was given. */
    public String name() {
        return name;
    }
}
