package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.Component;
import org.tawsim.account.UserAccount;

/**
 * One recommender's part of the lead's Suggestions tab (its switch, settings and figures), contributed as a Spring
 * bean so each recommender keeps its own controls; the tab shows them by {@link #order()}.
 */
public interface RecommenderSection {

    int order();

    /** The section for a lead of the project (the tab is shown to leads only). */
    Component create(UserAccount lead, long projectId);
}
