package org.tawsim.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;

/** After a login with a one-time password every page leads to the change form on My account, until changed. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == AccountView.class || target == LoginView.class) {
                return;
            }
            if (currentUser.get().filter(UserAccount::mustChangePassword).isPresent()) {
                enter.forwardTo(AccountView.class);
            }
        }));
    }
}
