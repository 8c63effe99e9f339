package org.tawsim.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A page a feature offers in the main menu, declared as a Spring bean in that feature's ui package. The layout
 * lists the visible entries by order, so it names no feature's route.
 */
public interface MenuEntry {

    /** Position in the menu, lowest first. */
    int order();

    /** Translation key of the menu label. */
    String labelKey();

    Class<? extends Component> view();

    VaadinIcon icon();

    /** Whether the logged-in user may open the page: the menu offers no page that would refuse them. */
    default boolean visible() {
        return true;
    }
}
