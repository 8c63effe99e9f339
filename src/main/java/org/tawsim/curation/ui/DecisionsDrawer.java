package org.tawsim.curation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * The decisions beside the text on wide screens and over it on narrow ones (the theme's {@code .curation-drawer}
 * rules), shown and hidden by a toggle: Alt+Shift+D anywhere on the page, Escape inside the drawer. It starts
 * open when the window is wide enough for it to sit beside the text.
 */
class DecisionsDrawer extends Div {

    /** Below this window width the drawer overlays the text (keep in step with styles.css). */
    static final int OVERLAY_BELOW_PX = 1100;

    private final Button toggle = new Button();
    private long open;

    DecisionsDrawer(DecisionsPanel panel) {
        super(panel);
        setId("curation-drawer");
        addClassName("curation-drawer");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("curation.decisions.region"));
        toggle.setId("curation-decisions-toggle");
        toggle.getElement().setAttribute("aria-controls", "curation-drawer");
        toggle.getElement().setAttribute("title", getTranslation("curation.decisions.toggle-hint"));
        toggle.addClickListener(e -> {
            setOpen(!isVisible());
            if (isVisible()) {
                panel.getElement().callJsFunction("focus");
            }
        });
        toggle.addClickShortcut(Key.KEY_D, KeyModifier.ALT, KeyModifier.SHIFT);
        getElement().addEventListener("keydown", e -> {
            setOpen(false);
            toggle.focus();
        }).setFilter("event.key === 'Escape'");
        setOpen(false);
        toggle.getElement().executeJs("return window.innerWidth >= $0", OVERLAY_BELOW_PX).then(Boolean.class, this::setOpen);
    }

    Button toggle() {
        return toggle;
    }

    void setOpen(boolean shown) {
        setVisible(shown);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
        showOpenCount(open);
    }

    void showOpenCount(long openDecisions) {
        open = openDecisions;
        toggle.setText(getTranslation("curation.decisions.toggle", openDecisions));
    }
}
