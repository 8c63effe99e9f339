package org.tawsim.export.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tawsim.base.ui.PlaceholderView;

@Route("exports")
@RolesAllowed({"ADMIN", "LEAD", "VIEWER"})
public class ExportsView extends PlaceholderView implements HasDynamicTitle {

    public ExportsView() {
        super("nav.exports", "placeholder.exports");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.exports");
    }
}
