package org.tawsim.agreement.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tawsim.base.ui.PlaceholderView;

@Route("agreement")
@RolesAllowed({"ADMIN", "LEAD", "VIEWER"})
public class AgreementView extends PlaceholderView implements HasDynamicTitle {

    public AgreementView() {
        super("nav.agreement", "placeholder.agreement");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.agreement");
    }
}
