package org.tawsim.annotation;

/** The annotator marked the document done: their layer is read-only until they reopen it. */
public class DocumentDone extends RuntimeException {

    public DocumentDone(long documentId) {
        super("Document " + documentId + " is marked done; reopen it to edit");
    }
}
