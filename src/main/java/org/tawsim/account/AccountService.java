package org.tawsim.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.base.UserError;

@Service
public class AccountService {

    public static final Set<String> LANGUAGES = Set.of("en", "ar");
    /** For accounts made by the app itself (demo and test data); people choosing a password get {@link PasswordPolicy}. */
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
    }

    /** The account with exactly this login: logging in is case-sensitive, and no two logins differ in case only. */
    public Optional<UserAccount> findByLogin(String login) {
        return users.findByLogin(login);
    }

    /** The account whose login is this one in any letter case (as an admin or a script names it). */
    public Optional<UserAccount> findByLoginIgnoringCase(String login) {
        return login == null ? Optional.empty() : users.findByLoginIgnoringCase(login.strip());
    }

    public Optional<UserAccount> findById(long id) {
        return users.findById(id);
    }

    public List<UserAccount> all() {
        return users.findAll();
    }

    public boolean exists(String login) {
        return users.exists(login);
    }

    /** Whether the account behind a request may go on (see {@link AccountStanding}); empty for no such account. */
    public Optional<AccountStanding> standing(String login) {
        return users.standing(login);
    }

    @Transactional
    public UserAccount create(String login, String password, String displayName, SystemRole role) {
        String cleanLogin = login == null ? "" : login.trim();
        if (!cleanLogin.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new UserError("account.error.login");
        }
        if (users.existsIgnoringCase(cleanLogin)) {
            throw new UserError("account.error.taken");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserError("account.error.password");
        }
        String name = displayName == null || displayName.isBlank() ? cleanLogin : displayName.trim();
        try {
            long id = users.insert(cleanLogin, passwordEncoder.encode(password), name, role, "en");
            return users.findById(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            // Created at the same moment by someone else (the unique index on lower(login) decides).
            throw new UserError("account.error.taken");
        }
    }

    /**
     * An account made by an admin on the admin page: the password follows {@link PasswordPolicy}, and since the
     * admin knows it, its owner must choose their own at the first login.
     */
    @Transactional
    public UserAccount createByAdmin(UserAccount admin, String login, String password, String displayName, SystemRole role) {
        requireAdmin(admin);
        PasswordPolicy.problem(password).ifPresent(problem -> {
            throw new UserError(problem.messageKey(), PasswordPolicy.MIN_LENGTH);
        });
        UserAccount created = create(login, password, displayName, role);
        users.mustChangePassword(created.id());
        return users.findById(created.id()).orElseThrow();
    }

    /**
     * Disabling ends the account's sessions (on their next request) and revokes its API tokens at once;
     * enabling gives back neither. Nobody disables themselves.
     */
    @Transactional
    public void setEnabled(UserAccount admin, long userId, boolean enabled) {
        requireAdmin(admin);
        if (admin.id() == userId) {
            throw new UserError("admin.error.self");
        }
        setEnabled(userId, enabled);
    }

    /** As {@link #setEnabled(UserAccount, long, boolean)}, for the app's own set-up and restore. */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        users.updateEnabled(userId, enabled);
        if (!enabled) {
            tokens.revokeAll(userId);
        }
    }

    /**
     * An admin renames an account or gives it another system role (null: unchanged). A new role ends the account's
     * sessions, so nobody keeps the old role's rights in an open page; its API tokens take the new rights at their
     * next call. Nobody changes their own role (an admin who demoted themselves could not undo it). {@code enabled}
     * (null: unchanged) works as {@link #setEnabled(UserAccount, long, boolean)}. All or nothing.
     */
    @Transactional
    public UserAccount updateByAdmin(UserAccount admin, long userId, String displayName, SystemRole role, Boolean enabled) {
        requireAdmin(admin);
        UserAccount account = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No account " + userId));
        boolean roleChanges = role != null && role != account.role();
        boolean enabledChanges = enabled != null && enabled != account.enabled();
        if (admin.id() == userId && (roleChanges || enabledChanges)) {
            throw new UserError("admin.error.self");
        }
        if (displayName != null) {
            String name = displayName.strip();
            if (name.isEmpty() || name.length() > 200) {
                throw new UserError("account.error.display-name");
            }
            users.updateDisplayName(userId, name);
        }
        if (roleChanges) {
            users.updateRole(userId, role);
        }
        if (enabledChanges) {
            setEnabled(userId, enabled);
        }
        return users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No account " + userId));
    }

    @Transactional
    public void setLanguage(long userId, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        users.updateLanguage(userId, language);
    }

    static void requireAdmin(UserAccount actor) {
        if (actor == null || actor.role() != SystemRole.ADMIN) {
            throw new AccessDeniedException("Only administrators manage accounts");
        }
    }
}
