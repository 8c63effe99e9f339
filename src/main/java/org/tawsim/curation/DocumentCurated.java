package org.tawsim.curation;

import org.tawsim.account.UserAccount;

/**
 * Published (as a Spring application event) when a lead marks a document curated: its gold is final. Other features
 * react after the transaction committed, e.g. the trained recommender learns from the new gold.
 *
 * @param curator the lead who marked it, whose rights a listener may read the gold with
 */
public record DocumentCurated(long projectId, long documentId, UserAccount curator) {
}
