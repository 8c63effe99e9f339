package org.tawsim.annotation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.tawsim.account.CurrentUser;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.annotation.MyAssignment;
import org.tawsim.base.ui.UserText;

/** The annotator's queue: what is assigned to them, how far they are, and the next thing to do. */
@Route("")
@PermitAll
public class MyDocumentsView extends VerticalLayout implements HasDynamicTitle {

    public MyDocumentsView(CurrentUser currentUser, AssignmentService assignments) {
        List<MyAssignment> queue = assignments.queue(currentUser.require());
        setSizeFull();

        Optional<MyAssignment> next = queue.stream().filter(a -> a.status() != AssignmentStatus.DONE).findFirst();
        Button openNext = new Button(getTranslation("my-documents.open-next"), VaadinIcon.ARROW_FORWARD.create(),
                e -> next.ifPresent(this::open));
        openNext.setId("open-next");
        openNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openNext.setEnabled(next.isPresent());
        openNext.addClickShortcut(Key.KEY_N);
        openNext.setTooltipText(getTranslation("my-documents.open-next.shortcut"));

        long done = queue.stream().filter(a -> a.status() == AssignmentStatus.DONE).count();
        Span summary = new Span(getTranslation("my-documents.summary", done, queue.size()));
        summary.setId("queue-summary");

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.my-documents")), summary, openNext);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        add(header);

        if (queue.isEmpty()) {
            add(new Paragraph(getTranslation("my-documents.empty")));
            return;
        }
        Grid<MyAssignment> grid = new Grid<>();
        grid.setId("my-documents");
        UserText.titleColumn(grid, MyAssignment::title).setHeader(getTranslation("document.title")).setFlexGrow(4)
                .setClassNameGenerator(a -> "arabic-text");
        UserText.column(grid, MyAssignment::projectName).setHeader(getTranslation("project.name")).setFlexGrow(2);
        grid.addComponentColumn(a -> StatusBadge.of(a.status())).setHeader(getTranslation("assignment.status")).setFlexGrow(1);
        grid.addColumn(MyAssignment::spanCount).setHeader(getTranslation("assignment.spans")).setFlexGrow(0).setWidth("8em");
        grid.setItems(queue);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        add(grid);
    }

    private void open(MyAssignment assignment) {
        getUI().ifPresent(ui -> ui.navigate(DocumentView.class, assignment.documentId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-documents");
    }
}
