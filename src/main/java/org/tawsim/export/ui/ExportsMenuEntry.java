package org.tawsim.export.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import org.tawsim.account.CurrentUser;
import org.tawsim.export.ExportService;
import org.tawsim.base.ui.MenuEntry;

/** The exports page, only for users whose project roles let them export. */
@Component
class ExportsMenuEntry implements MenuEntry {

    private final CurrentUser currentUser;
    private final ExportService exports;

    ExportsMenuEntry(CurrentUser currentUser, ExportService exports) {
        this.currentUser = currentUser;
        this.exports = exports;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "nav.exports";
    }

    @Override
    public Class<ExportsView> view() {
        return ExportsView.class;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.DOWNLOAD;
    }

    @Override
    public boolean visible() {
        return exports.mayOpenExports(currentUser.require());
    }
}
