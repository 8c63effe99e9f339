package org.tawsim.agreement.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import org.tawsim.account.CurrentUser;
import org.tawsim.agreement.AgreementService;
import org.tawsim.base.ui.MenuEntry;

/** The agreement dashboard, only for users whose project roles let them open it. */
@Component
class AgreementMenuEntry implements MenuEntry {

    private final CurrentUser currentUser;
    private final AgreementService agreement;

    AgreementMenuEntry(CurrentUser currentUser, AgreementService agreement) {
        this.currentUser = currentUser;
        this.agreement = agreement;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String labelKey() {
        return "nav.agreement";
    }

    @Override
    public Class<AgreementView> view() {
        return AgreementView.class;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.SCALE;
    }

    @Override
    public boolean visible() {
        return agreement.mayOpenDashboard(currentUser.require());
    }
}
