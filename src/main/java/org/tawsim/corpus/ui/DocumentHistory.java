package org.tawsim.corpus.ui;

import org.tawsim.account.UserAccount;
import org.tawsim.corpus.DocumentSummary;

/** Shows a lead who changed a document and when; offered by the feature that keeps that record. */
public interface DocumentHistory {

    void open(UserAccount lead, DocumentSummary document);
}
