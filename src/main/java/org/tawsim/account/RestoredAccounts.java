package org.tawsim.account;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts a project restore needs: found by login, or created disabled and without a usable password (an admin
 * enables them and gives them one). The restore has already checked who may restore; runs in its transaction.
 */
@Service
public class RestoredAccounts {

    private final UserRepository users;

    RestoredAccounts(UserRepository users) {
        this.users = users;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> idOf(String login) {
        return users.findByLogin(login).map(UserAccount::id);
    }

    /** @param systemRole the role as stored ("admin", "lead", …), already limited by the restore */
    @Transactional(propagation = Propagation.MANDATORY)
    public long createDisabled(String login, String displayName, String systemRole) {
        return users.insertDisabled(login, displayName, systemRole);
    }
}
