package org.tawsim.annotation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import org.tawsim.base.ui.MenuEntry;

/** The annotator's start page, first in the menu for everyone. */
@Component
class MyDocumentsMenuEntry implements MenuEntry {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "nav.my-documents";
    }

    @Override
    public Class<MyDocumentsView> view() {
        return MyDocumentsView.class;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FILE_TEXT_O;
    }
}
