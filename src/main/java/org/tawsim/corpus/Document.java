package org.tawsim.corpus;

/** A document with the text exactly as imported; offsets into it are Unicode code points. */
public record Document(long id, long projectId, String externalId, String title, String text, String sha256,
                       String sourceFile, String language, String direction) {
}
