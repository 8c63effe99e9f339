package org.tawsim.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentCell;
import org.tawsim.annotation.AssignmentMatrix;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.base.ui.UserText;
import org.tawsim.project.Member;

/**
 * Documents × annotators: each cell shows the assignment's status, the annotator's spans and their layer's last
 * change, with a button to assign or unassign; each row offers *Reassign…*. A removed member's column is read-only.
 * Buttons are real buttons in the cells, so the whole matrix works from the keyboard.
 */
class AssignmentMatrixGrid extends Grid<AssignmentMatrix.Row> {

    private final UserAccount lead;
    private final long projectId;
    private final AssignmentService assignments;
    private final Runnable changed;
    private AssignmentMatrix matrix;

    AssignmentMatrixGrid(UserAccount lead, long projectId, AssignmentService assignments, Runnable changed) {
        this.lead = lead;
        this.projectId = projectId;
        this.assignments = assignments;
        this.changed = changed;
        setId("assignment-matrix");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS);
    }

    void show(AssignmentMatrix shown) {
        this.matrix = shown;
        removeAllColumns();
        UserText.titleColumn(this, AssignmentMatrix.Row::title).setHeader(getTranslation("assign.matrix.document"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(1);
        shown.annotators().forEach(a -> addComponentColumn(row -> cell(row, a, false))
                .setHeader(UserText.isolate(a.displayName()) + " (" + UserText.isolate(a.login()) + ")")
                .setKey(a.login()).setAutoWidth(true));
        shown.removed().forEach(a -> addComponentColumn(row -> cell(row, a, true))
                .setHeader(getTranslation("assign.matrix.removed", UserText.isolate(a.login())))
                .setKey(a.login()).setAutoWidth(true));
        addComponentColumn(this::reassignButton).setAutoWidth(true).setFlexGrow(0);
        setItems(shown.documents());
    }

    private Component cell(AssignmentMatrix.Row row, Member annotator, boolean removed) {
        AssignmentCell assignment = row.cells().get(annotator.login());
        Div cell = new Div();
        cell.addClassName("assignment-cell");
        cell.getElement().setAttribute("data-document", Long.toString(row.documentId()));
        cell.getElement().setAttribute("data-login", annotator.login());
        String document = UserText.isolate(row.title());
        if (assignment == null) {
            cell.add(new Span(getTranslation("assign.matrix.none")));
            if (!removed) {
                cell.add(action("assign-" + row.documentId() + "-" + annotator.login(), getTranslation("assign.cell.assign"),
                        getTranslation("assign.cell.assign.label", document, annotator.login()), () -> {
                            assignments.assign(lead, projectId, List.of(row.documentId()), List.of(annotator.login()));
                            Feedback.success(getTranslation("assign.assigned", annotator.login(), document));
                        }));
            }
            return cell;
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(assignment.updatedAt().atZoneSameInstant(ZoneId.systemDefault()));
        Span text = new Span(getTranslation("assign.matrix.cell",
                getTranslation("assignment.status." + assignment.status().dbValue()),
                Plurals.count("spans", assignment.spans()), when));
        text.addClassName("status-" + assignment.status().dbValue());
        cell.add(text);
        if (!removed) {
            cell.add(action("unassign-" + row.documentId() + "-" + annotator.login(), getTranslation("assign.cell.unassign"),
                    getTranslation("assign.cell.unassign.label", document, annotator.login()), () -> {
                        assignments.unassign(lead, projectId, row.documentId(), annotator.login());
                        Feedback.success(getTranslation("assign.unassigned", annotator.login(), document));
                    }));
        }
        return cell;
    }

    private Button action(String id, String text, String label, Runnable change) {
        Button button = new Button(text, e -> {
            try {
                change.run();
                changed.run();
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        button.setId(id);
        button.setAriaLabel(label);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Component reassignButton(AssignmentMatrix.Row row) {
        Button reassign = new Button(getTranslation("assign.reassign"),
                e -> new ReassignDialog(lead, projectId, assignments, row, matrix.annotators(), changed).open());
        reassign.setId("reassign-" + row.documentId());
        reassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reassign.setEnabled(row.cells().keySet().stream().anyMatch(login -> !matrix.isRemoved(login)));
        return reassign;
    }
}
