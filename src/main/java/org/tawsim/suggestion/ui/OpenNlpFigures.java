package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.suggestion.model.LabelScore;

/** The model's precision, recall and F1 per label on its held-out documents; a figure without data reads "n/a". */
class OpenNlpFigures extends VerticalLayout {

    private final Grid<LabelScore> grid = new Grid<>();

    OpenNlpFigures() {
        setPadding(false);
        setSpacing(false);
        grid.setId("opennlp-figures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> "*".equals(s.label()) ? getTranslation("recommenders.all-labels") : s.label())
                .setHeader(getTranslation("recommenders.column.label")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(LabelScore::gold).setHeader(getTranslation("opennlp.column.gold")).setAutoWidth(true);
        grid.addColumn(LabelScore::predicted).setHeader(getTranslation("opennlp.column.predicted")).setAutoWidth(true);
        grid.addColumn(LabelScore::correct).setHeader(getTranslation("opennlp.column.correct")).setAutoWidth(true);
        grid.addColumn(s -> figure(s.precision())).setHeader(getTranslation("opennlp.column.precision")).setAutoWidth(true);
        grid.addColumn(s -> figure(s.recall())).setHeader(getTranslation("opennlp.column.recall")).setAutoWidth(true);
        grid.addColumn(s -> figure(s.f1())).setHeader(getTranslation("opennlp.column.f1")).setAutoWidth(true);
        add(new H4(getTranslation("opennlp.figures")), grid);
        setVisible(false);
    }

    void show(List<LabelScore> labels, LabelScore overall) {
        List<LabelScore> rows = new ArrayList<>(labels);
        if (overall != null) {
            rows.add(overall);
        }
        grid.setItems(rows);
        setVisible(!rows.isEmpty());
    }

    private String figure(Double value) {
        if (value == null) {
            return getTranslation("recommenders.n-a");
        }
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        return percent.format(value);
    }
}
