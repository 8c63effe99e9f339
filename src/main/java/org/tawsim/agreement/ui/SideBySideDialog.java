package org.tawsim.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.AgreementService;
import org.tawsim.agreement.AgreementSummary;
import org.tawsim.agreement.Disagreement;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.ui.AnnotationEditor;
import org.tawsim.corpus.Document;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;

/**
 * Two annotators on one document, side by side: each one's spans on the text, every disagreement
 * underlined in red on both, and the list of differences (missing span, boundary, label, chain). The two texts
 * scroll together; choosing a difference (click, or Space on its row) scrolls both to it and highlights it.
 */
class SideBySideDialog extends Dialog {

    private final AgreementService agreement;
    private final UserAccount lead;
    private final long projectId;
    private final Document document;
    private final List<Label> labels;
    private final HorizontalLayout texts = new HorizontalLayout();
    private final Grid<Disagreement> grid = new Grid<>();
    private final List<AnnotationEditor> viewers = new ArrayList<>();

    SideBySideDialog(AgreementService agreement, DocumentService documents, ProjectService projects, UserAccount lead,
                     long projectId, AgreementSummary.DocumentFigures figures, List<String> annotators) {
        this.agreement = agreement;
        this.lead = lead;
        this.projectId = projectId;
        this.document = documents.get(lead, figures.documentId());
        this.labels = projects.labels(lead, projectId);
        setHeaderTitle(UserText.isolate(figures.title()));
        setWidth("95vw");
        setHeight("90vh");
        Select<String> first = new Select<>();
        Select<String> second = new Select<>();
        first.setLabel(getTranslation("agreement.first"));
        second.setLabel(getTranslation("agreement.second"));
        first.setItems(annotators);
        second.setItems(annotators);
        first.setValue(annotators.get(0));
        second.setValue(annotators.get(1));

        grid.setId("agreement-disagreements");
        grid.addColumn(d -> getTranslation("agreement.kind." + d.kind())).setHeader(getTranslation("agreement.kind")).setAutoWidth(true);
        grid.addComponentColumn(d -> side(d.first())).setHeader(getTranslation("agreement.first")).setFlexGrow(2);
        grid.addComponentColumn(d -> side(d.second())).setHeader(getTranslation("agreement.second")).setFlexGrow(2);
        grid.setHeight("14rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                reveal(e.getValue());
            }
        });
        grid.addItemClickListener(e -> reveal(e.getItem()));
        texts.setWidthFull();
        texts.setHeight("38vh"); // with the selects and the difference list, the dialog fits a 900 px window

        first.addValueChangeListener(e -> show(first.getValue(), second.getValue()));
        second.addValueChangeListener(e -> show(first.getValue(), second.getValue()));
        show(first.getValue(), second.getValue());
        add(new VerticalLayout(new HorizontalLayout(first, second), texts, grid));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void show(String first, String second) {
        texts.removeAll();
        viewers.clear();
        if (first == null || second == null || first.equals(second)) {
            grid.setItems(List.of());
            return;
        }
        List<Disagreement> differences = agreement.disagreements(lead, projectId, document.id(), first, second);
        grid.setItems(differences);
        texts.add(pane(first, differences, true), pane(second, differences, false));
    }

    private Div pane(String login, List<Disagreement> differences, boolean firstSide) {
        List<int[]> marks = new ArrayList<>();
        for (Disagreement d : differences) {
            Disagreement.Side shown = shownOn(d, firstSide);
            marks.add(new int[] {shown.start(), shown.end()});
        }
        Layer layer = new Layer(document.id(), 0, agreement.spansOf(lead, projectId, document.id(), login), List.of());
        AnnotationEditor viewer = AnnotationEditor.review(document, labels, layer, marks);
        viewer.setSizeFull();
        viewer.scrollTogether("side-by-side");
        viewers.add(viewer);
        Div pane = new Div(new Span(login), viewer);
        pane.addClassName("side-by-side-pane");
        pane.getStyle().set("flex", "1 1 0").set("min-width", "0").set("height", "100%").set("display", "flex")
                .set("flex-direction", "column");
        return pane;
    }

    /** Where a difference shows on one side: its own span, or, when it has none, where the other side has one. */
    private static Disagreement.Side shownOn(Disagreement d, boolean firstSide) {
        Disagreement.Side side = firstSide ? d.first() : d.second();
        return side != null ? side : (firstSide ? d.second() : d.first());
    }

    private void reveal(Disagreement difference) {
        for (int i = 0; i < viewers.size(); i++) {
            Disagreement.Side shown = shownOn(difference, i == 0);
            viewers.get(i).reveal(shown.start(), shown.end());
        }
    }

    /**
     * One side of a difference: label, offsets and quoted text, each in a bidi isolate of its own, so the parts
     * keep their order in either UI direction ("LOCATION [55, 59) «جاسم»", never "(LOCATION [55, 59 «جاسم»").
     */
    private static Span side(Disagreement.Side side) {
        if (side == null) {
            return new Span("—");
        }
        Span parts = new Span();
        parts.addClassName("difference-side");
        parts.getElement().appendChild(isolate("difference-label", "ltr", side.label()), Element.createText(" "),
                isolate("difference-offsets", "ltr", "[" + side.start() + ", " + side.end() + ")"), Element.createText(" "),
                isolate("difference-text", "auto", "«" + side.text() + "»"));
        return parts;
    }

    private static Element isolate(String className, String dir, String text) {
        Element bdi = new Element("bdi");
        bdi.setAttribute("dir", dir);
        bdi.getClassList().add(className);
        bdi.setText(text);
        return bdi;
    }
}
