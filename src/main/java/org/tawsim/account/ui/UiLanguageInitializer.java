package org.tawsim.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.UiLanguage;

/** Every new UI starts in the language the user chose last time (or the browser's, before login). */
@Component
class UiLanguageInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiLanguageInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            String language = currentUser.get().map(UserAccount::uiLanguage)
                    .orElseGet(() -> UiLanguage.guess(init.getUI().getSession(), VaadinRequest.getCurrent()));
            UiLanguage.apply(init.getUI(), language);
        });
    }
}
