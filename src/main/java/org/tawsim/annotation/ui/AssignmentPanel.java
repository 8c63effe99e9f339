package org.tawsim.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotatorProgress;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.base.ui.UserText;
import org.tawsim.project.ui.RefreshedOnSelection;

/**
 * Leads give every document N annotators (balanced), follow each annotator's progress and assign, unassign or
 * reassign single documents in the document × annotator matrix.
 */
public class AssignmentPanel extends VerticalLayout implements RefreshedOnSelection {

    private final UserAccount lead;
    private final long projectId;
    private final AssignmentService assignments;
    private final Grid<AnnotatorProgress> grid = new Grid<>();
    private final AssignmentMatrixGrid matrix;

    public AssignmentPanel(UserAccount lead, long projectId, AssignmentService assignments) {
        this.lead = lead;
        this.projectId = projectId;
        this.assignments = assignments;
        this.matrix = new AssignmentMatrixGrid(lead, projectId, assignments, this::refresh);
        setPadding(false);
        setSizeFull();

        IntegerField perDocument = new IntegerField(getTranslation("assign.per-document"));
        perDocument.setId("assign-per-document");
        perDocument.setMin(1);
        perDocument.setValue(2);
        perDocument.setStepButtonsVisible(true);
        Button assign = new Button(getTranslation("assign.run"), e -> {
            try {
                int created = assignments.assignBalanced(lead, projectId,
                        perDocument.getValue() == null ? 0 : perDocument.getValue(), List.of());
                Feedback.success(Plurals.text("assign.created", created, created));
                refresh();
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        assign.setId("assign-run");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(perDocument, assign);
        form.setAlignItems(Alignment.BASELINE);
        add(new Paragraph(getTranslation("assign.help")), form);

        grid.setId("progress");
        UserText.column(grid, AnnotatorProgress::displayName).setHeader(getTranslation("account.display-name"));
        grid.addColumn(AnnotatorProgress::assigned).setHeader(getTranslation("progress.assigned"));
        grid.addColumn(AnnotatorProgress::inProgress).setHeader(getTranslation("progress.in-progress"));
        grid.addColumn(AnnotatorProgress::done).setHeader(getTranslation("progress.done"));
        grid.addComponentColumn(p -> {
            ProgressBar bar = new ProgressBar(0, 100, p.percentDone());
            bar.setWidth("8em");
            return bar;
        }).setHeader(getTranslation("progress.percent"));
        grid.setAllRowsVisible(true);
        add(grid);
        matrix.setSizeFull();
        add(new H3(getTranslation("assign.matrix")), matrix);
        setFlexGrow(1, matrix);
        refresh();
    }

    public void refresh() {
        grid.setItems(assignments.progress(lead, projectId));
        matrix.show(assignments.matrix(lead, projectId));
    }
}
