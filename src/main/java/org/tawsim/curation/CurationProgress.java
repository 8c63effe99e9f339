package org.tawsim.curation;

/** How far a project's curation is: documents in all, being curated, curated. */
public record CurationProgress(int documents, int inProgress, int curated) {
}
