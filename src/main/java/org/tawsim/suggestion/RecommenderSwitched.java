package org.tawsim.suggestion;

import org.tawsim.account.UserAccount;

/**
 * Published (as a Spring application event) for each switch a lead sets, e.g. so that the trained recommender
 * starts its first training when it is switched on and enough gold is curated.
 */
public record RecommenderSwitched(UserAccount lead, long projectId, String recommender, boolean enabled) {
}
