package org.tawsim.project;

import org.tawsim.account.UserAccount;

/**
 * The spans that carry the project's labels, kept by the feature that stores annotations: the label set asks it
 * how many spans use a label and tells it about renames and relabels, inside the label-set transaction.
 */
public interface LabelledSpans {

    /** How many spans of the project, in all layers, carry the label. */
    int spansUsing(UserAccount user, long projectId, String label);

    /** After the label row was renamed (its spans followed it). */
    void renamed(UserAccount lead, long projectId, String before, String after);

    /** Moves every span of {@code from} to {@code to}; returns how many spans carried {@code from}. */
    int relabel(UserAccount lead, long projectId, String from, String to);
}
