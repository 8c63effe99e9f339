package org.tawsim.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.UserText;
import org.tawsim.project.Label;
import org.tawsim.project.LabelSetService;
import org.tawsim.project.ProjectService;

/** The project's label set as the editor offers it, in order; a lead adds, changes, reorders and removes labels. */
class LabelsPanel extends VerticalLayout {

    private final UserAccount user;
    private final long projectId;
    private final ProjectService projects;
    private final LabelSetService labelSets;
    private final Grid<Label> grid = new Grid<>();
    private final LabelForm form;

    LabelsPanel(UserAccount user, long projectId, ProjectService projects, LabelSetService labelSets) {
        this.user = user;
        this.projectId = projectId;
        this.projects = projects;
        this.labelSets = labelSets;
        setPadding(false);
        setSizeFull();
        grid.setId("labels");
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("labels.name")).setAutoWidth(true);
        UserText.column(grid, l -> l.displayEn() == null ? "" : l.displayEn()).setHeader(getTranslation("labels.display-en"));
        UserText.column(grid, l -> l.displayAr() == null ? "" : l.displayAr()).setHeader(getTranslation("labels.display-ar"));
        grid.addColumn(l -> l.hotkey() == null ? "" : l.hotkey().toUpperCase(java.util.Locale.ROOT))
                .setHeader(getTranslation("labels.hotkey")).setAutoWidth(true);
        UserText.column(grid, Label::guideline).setHeader(getTranslation("labels.guideline")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        form = new LabelForm(this::save);
        add(grid, form);
        refresh();
    }

    private HorizontalLayout nameCell(Label label) {
        Span swatch = new Span();
        swatch.getElement().setAttribute("aria-hidden", "true");
        swatch.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                .set("border-radius", "2px").set("background-color", label.colour());
        HorizontalLayout cell = new HorizontalLayout(swatch, UserText.of(label.name()));
        cell.setAlignItems(Alignment.CENTER);
        cell.setSpacing(true);
        return cell;
    }

    private HorizontalLayout actions(Label label) {
        Button up = small("↑", "labels.up", label, () -> labelSets.move(user, projectId, label.name(), -1));
        Button down = small("↓", "labels.down", label, () -> labelSets.move(user, projectId, label.name(), 1));
        Button edit = new Button(getTranslation("labels.edit-button"), e -> form.edit(label));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("data-label", label.name());
        edit.addClassName("label-edit");
        Button remove = new Button(getTranslation("labels.remove"), e -> remove(label));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("data-label", label.name());
        remove.addClassName("label-remove");
        return new HorizontalLayout(up, down, edit, remove);
    }

    private Button small(String arrow, String key, Label label, Runnable action) {
        Button button = new Button(arrow, e -> run(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation(key, label.name()));
        button.getElement().setAttribute("title", getTranslation(key, label.name()));
        return button;
    }

    private void save(String originalName, Label edited) {
        try {
            Label saved = labelSets.save(user, projectId, originalName, edited);
            Feedback.success(getTranslation(originalName == null ? "labels.added" : "labels.saved", saved.name()));
            form.startNew();
            refresh();
        } catch (UserError error) {
            Feedback.error(error);
        }
    }

    private void remove(Label label) {
        int using;
        try {
            using = labelSets.spansUsing(user, projectId, label.name());
        } catch (UserError error) {
            Feedback.error(error);
            return;
        }
        List<Label> others = projects.labels(user, projectId).stream().filter(l -> !l.name().equals(label.name())).toList();
        new LabelRemovalDialog(label, using, others, relabelTo -> {
            try {
                labelSets.remove(user, projectId, label.name(), relabelTo);
                Feedback.success(getTranslation("labels.removed", label.name()));
                form.startNew();
                refresh();
                return true;
            } catch (UserError error) {
                Feedback.error(error);
                return false;
            }
        }).open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (UserError error) {
            Feedback.error(error);
        }
    }

    private void refresh() {
        grid.setItems(projects.labels(user, projectId));
    }
}
