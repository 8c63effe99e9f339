package org.tawsim.annotation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tawsim.annotation.AssignmentStatus;

/** A coloured, translated status label (Lumo badge). */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(AssignmentStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation("assignment.status." + status.dbValue()));
        String theme = switch (status) {
            case NEW -> "badge contrast";
            case IN_PROGRESS -> "badge";
            case DONE -> "badge success";
        };
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.addClassName("status-" + status.dbValue());
        return badge;
    }
}
