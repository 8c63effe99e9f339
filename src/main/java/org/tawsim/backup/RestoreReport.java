package org.tawsim.backup;

import java.util.List;

/**
 * What a restore did beyond copying the file: the accounts it created (disabled, without a password; with a
 * lower role than the file's when the file asked for more than the person restoring has) and the people named as
 * creators of annotations whom it replaced by the person restoring. Everything else about who made each
 * annotation and when is as recorded in the backup.
 *
 * @param creatorsReplaced logins the file named as creators that a lead's restore did not keep (not members)
 */
public record RestoreReport(long projectId, List<CreatedAccount> accountsCreated, List<String> creatorsReplaced) {

    /** @param roleInBackup the system role the file gave, when it was lowered; null when it was kept */
    public record CreatedAccount(String login, String role, String roleInBackup) {
    }

    public List<CreatedAccount> lowered() {
        return accountsCreated.stream().filter(a -> a.roleInBackup() != null).toList();
    }
}
