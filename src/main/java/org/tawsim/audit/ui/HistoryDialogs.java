package org.tawsim.audit.ui;

import org.springframework.stereotype.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.audit.AuditService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.corpus.ui.DocumentHistory;

/** A document's history on the project's documents tab opens as a dialog. */
@Component
class HistoryDialogs implements DocumentHistory {

    private final AuditService audit;

    HistoryDialogs(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void open(UserAccount lead, DocumentSummary document) {
        new HistoryDialog(lead, document, audit).open();
    }
}
