package org.tawsim.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page whose feature comes in a later release; it says so instead of pretending. */
public abstract class PlaceholderView extends VerticalLayout {

    protected PlaceholderView(String titleKey, String explanationKey) {
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(explanationKey)));
        addClassName("placeholder-view");
    }
}
