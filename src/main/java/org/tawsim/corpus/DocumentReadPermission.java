package org.tawsim.corpus;

import org.tawsim.account.UserAccount;

/** Other features grant read access to a document (e.g. an annotator assigned to it) by implementing this. */
public interface DocumentReadPermission {

    boolean mayRead(UserAccount user, long projectId, long documentId);
}
