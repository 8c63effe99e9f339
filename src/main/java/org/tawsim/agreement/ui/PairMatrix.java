package org.tawsim.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.tawsim.agreement.AgreementSummary;

/** Annotators × annotators, each cell coloured from red (0) to green (1). */
final class PairMatrix {

    private PairMatrix() {
    }

    static Component of(AgreementSummary report, PairMeasure measure) {
        List<String> names = report.annotators();
        Grid<Integer> grid = new Grid<>();
        grid.setId("agreement-matrix");
        grid.addColumn(names::get).setHeader("").setFrozen(true);
        for (int column = 0; column < names.size(); column++) {
            int j = column;
            grid.addComponentColumn(i -> cell(report, measure, names.get(i), names.get(j))).setHeader(names.get(j));
        }
        grid.setItems(IntStream.range(0, names.size()).boxed().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Span cell(AgreementSummary report, PairMeasure measure, String a, String b) {
        if (a.equals(b)) {
            return new Span("—");
        }
        Double value = report.pairs().stream()
                .filter(p -> p.key().equals(a) && p.response().equals(b) || p.key().equals(b) && p.response().equals(a))
                .findFirst().map(measure::of).orElse(null);
        Span span = new Span(Figures.format(value));
        if (value != null) {
            double v = Math.max(0, Math.min(1, value));
            span.getStyle().set("background-color", "hsl(" + Math.round(120 * v) + " 70% 80%)")
                    .set("padding", "0 .5em").set("border-radius", ".25em");
        }
        return span;
    }
}
