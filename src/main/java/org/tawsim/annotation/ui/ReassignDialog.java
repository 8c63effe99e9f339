package org.tawsim.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentMatrix;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.UserText;
import org.tawsim.project.Member;

/** Gives a document to another annotator: refused, with the count, while the first one has spans in it. */
class ReassignDialog extends Dialog {

    ReassignDialog(UserAccount lead, long projectId, AssignmentService assignments, AssignmentMatrix.Row row,
                   List<Member> annotators, Runnable changed) {
        setId("reassign-dialog");
        setHeaderTitle(getTranslation("assign.reassign.title", UserText.isolate(row.title())));
        Select<Member> from = new Select<>();
        from.setId("reassign-from");
        from.setLabel(getTranslation("assign.reassign.from"));
        from.setItemLabelGenerator(m -> UserText.isolate(m.displayName()) + " (" + UserText.isolate(m.login()) + ")");
        List<Member> holders = annotators.stream().filter(m -> row.cells().containsKey(m.login())).toList();
        from.setItems(holders);
        holders.stream().findFirst().ifPresent(from::setValue);
        Select<Member> to = new Select<>();
        to.setId("reassign-to");
        to.setLabel(getTranslation("assign.reassign.to"));
        to.setItemLabelGenerator(m -> UserText.isolate(m.displayName()) + " (" + UserText.isolate(m.login()) + ")");
        List<Member> others = annotators.stream().filter(m -> !row.cells().containsKey(m.login())).toList();
        to.setItems(others);
        others.stream().findFirst().ifPresent(to::setValue);
        add(from, to);
        Button save = new Button(getTranslation("assign.reassign.save"), e -> {
            try {
                if (from.getValue() == null || to.getValue() == null) {
                    throw new UserError("assign.error.same-annotator");
                }
                assignments.reassign(lead, projectId, row.documentId(), from.getValue().login(), to.getValue().login());
                Feedback.success(getTranslation("assign.reassigned", from.getValue().login(), to.getValue().login()));
                close();
                changed.run();
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        save.setId("reassign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("assign.reassign.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
