package org.tawsim.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import org.tawsim.base.ui.MenuEntry;

/** The user's own account page, last in the menu for everyone. */
@Component
class AccountMenuEntry implements MenuEntry {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "nav.account";
    }

    @Override
    public Class<AccountView> view() {
        return AccountView.class;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.USER;
    }
}
