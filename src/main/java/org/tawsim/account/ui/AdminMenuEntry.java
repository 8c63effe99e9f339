package org.tawsim.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.SystemRole;
import org.tawsim.base.ui.MenuEntry;

/** User administration, for administrators only. */
@Component
class AdminMenuEntry implements MenuEntry {

    private final CurrentUser currentUser;

    AdminMenuEntry(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "nav.admin";
    }

    @Override
    public Class<AdminView> view() {
        return AdminView.class;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.COG_O;
    }

    @Override
    public boolean visible() {
        return currentUser.require().role() == SystemRole.ADMIN;
    }
}
