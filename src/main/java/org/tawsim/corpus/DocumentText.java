package org.tawsim.corpus;

/** A document as the HTTP API gives it: its exact text, length in code points, sha256 of the text in UTF-8. */
public record DocumentText(long id, long projectId, String externalId, String title, String text, int length,
                           String sha256) {

    static DocumentText of(Document d) {
        return new DocumentText(d.id(), d.projectId(), d.externalId(), d.title(), d.text(),
                d.text().codePointCount(0, d.text().length()), d.sha256());
    }
}
