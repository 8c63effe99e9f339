package org.tawsim.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.AgreementService;
import org.tawsim.agreement.AgreementSummary;
import org.tawsim.agreement.Disagreement;

/** Two annotators on one document, side by side: every missing span, boundary, label and chain difference. */
class SideBySideDialog extends Dialog {

    private final Grid<Disagreement> grid = new Grid<>();

    SideBySideDialog(AgreementService agreement, UserAccount lead, long projectId, AgreementSummary.DocumentFigures document,
                     List<String> annotators) {
        setHeaderTitle(document.title());
        setWidth("min(70rem, 95vw)");
        setHeight("80vh");
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
        grid.setSizeFull();

        Runnable refresh = () -> {
            if (first.getValue() != null && second.getValue() != null && !first.getValue().equals(second.getValue())) {
                grid.setItems(agreement.disagreements(lead, projectId, document.documentId(), first.getValue(), second.getValue()));
            } else {
                grid.setItems(List.of());
            }
        };
        first.addValueChangeListener(e -> refresh.run());
        second.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new HorizontalLayout(first, second), grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private static Span side(Disagreement.Side side) {
        if (side == null) {
            return new Span("—");
        }
        Span text = new Span("«" + side.text() + "» " + side.label() + " [" + side.start() + ", " + side.end() + ")");
        text.getElement().setAttribute("dir", "auto");
        text.addClassName("arabic-text");
        return text;
    }
}
