package org.tawsim.account;

import java.util.List;
import org.tawsim.base.UserError;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    public static final Set<String> LANGUAGES = Set.of("en", "ar");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<UserAccount> findByLogin(String login) {
        return users.findByLogin(login);
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

    @Transactional
    public UserAccount create(String login, String password, String displayName, SystemRole role) {
        String cleanLogin = login == null ? "" : login.trim();
        if (!cleanLogin.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new UserError("account.error.login");
        }
        if (users.exists(cleanLogin)) {
            throw new UserError("account.error.taken");
        }
        checkPassword(password);
        String name = displayName == null || displayName.isBlank() ? cleanLogin : displayName.trim();
        long id = users.insert(cleanLogin, passwordEncoder.encode(password), name, role, "en");
        return users.findById(id).orElseThrow();
    }

    @Transactional
    public void changePassword(long userId, String password) {
        checkPassword(password);
        users.updatePasswordHash(userId, passwordEncoder.encode(password));
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        users.updateEnabled(userId, enabled);
    }

    @Transactional
    public void setLanguage(long userId, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        users.updateLanguage(userId, language);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserError("account.error.password");
        }
    }
}
