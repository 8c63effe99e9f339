package org.tawsim.project.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Feedback;
import org.tawsim.project.ProjectService;

/** The lead's switch between blind annotation (the default) and annotators reading each other's work. */
class SharingSetting extends VerticalLayout {

    SharingSetting(UserAccount lead, long projectId, ProjectService projects) {
        setPadding(false);
        setSpacing(false);
        Checkbox box = new Checkbox(getTranslation("project.sharing.label"));
        box.setId("annotators-see-each-other");
        box.setValue(projects.annotatorsSeeEachOther(lead, projectId));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            projects.setAnnotatorsSeeEachOther(lead, projectId, e.getValue());
            Feedback.success(getTranslation(e.getValue() ? "project.sharing.on" : "project.sharing.off"));
        });
        Paragraph help = new Paragraph(getTranslation("project.sharing.help"));
        help.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        add(box, help);
    }
}
