package org.tawsim.corpus;

/** A document just stored from an upload; length in code points, sha256 of its text in UTF-8. */
public record StoredDocument(long id, String externalId, String title, int length, String sha256) {
}
