package org.tawsim.export;

/** The corpus formats an export can be written in; each file holds one source's documents. */
public enum ExportFormat {
    /** CoNLL-2003 NER columns ({@code token<TAB>tag}), IOB2 or BIOES. */
    CONLL_NER("conll"),
    /** CoNLL-2012 (OntoNotes) columns with coreference, for the reference scorer. */
    CONLL_2012("v4_conll"),
    /** One JSON object per document and source, spaCy / Prodigy style, code-point offsets. */
    JSONL("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
