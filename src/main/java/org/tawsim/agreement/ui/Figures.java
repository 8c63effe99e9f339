package org.tawsim.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.tawsim.agreement.AgreementSummary;
import org.tawsim.agreement.GoldAgreement;
import org.tawsim.base.ui.UserText;

/** The report's tables. Undefined figures show as "n/a", never as 0. */
final class Figures {

    private Figures() {
    }

    static String format(Double value) {
        return value == null ? t("agreement.not-available") : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    static Component pairs(AgreementSummary report) {
        Grid<AgreementSummary.Pair> grid = new Grid<>();
        grid.setId("agreement-pairs");
        grid.addColumn(p -> UserText.isolate(p.key()) + " · " + UserText.isolate(p.response())).setHeader(t("agreement.pair")).setAutoWidth(true);
        grid.addColumn(AgreementSummary.Pair::documents).setHeader(t("agreement.documents"));
        grid.addColumn(p -> format(p.exact().f1())).setHeader(t("agreement.measure.exact-f1"));
        grid.addColumn(p -> format(p.relaxed().f1())).setHeader(t("agreement.measure.relaxed-f1"));
        grid.addColumn(p -> format(p.cohenKappa())).setHeader(t("agreement.measure.cohen-kappa"));
        grid.addColumn(p -> format(p.alphaU())).setHeader(t("agreement.measure.alpha-u"));
        grid.addColumn(p -> format(p.muc().f1())).setHeader(t("agreement.measure.muc"));
        grid.addColumn(p -> format(p.bCubed().f1())).setHeader(t("agreement.measure.b-cubed"));
        grid.addColumn(p -> format(p.ceafE().f1())).setHeader(t("agreement.measure.ceaf-e"));
        grid.addColumn(p -> format(p.blanc().f1())).setHeader(t("agreement.measure.blanc"));
        grid.addColumn(p -> format(p.conllF1())).setHeader(t("agreement.measure.conll-f1"));
        grid.setItems(report.pairs());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Each annotator against gold (annotator quality); gold is the reference. */
    static Component withGold(List<GoldAgreement> figures) {
        Grid<GoldAgreement> grid = new Grid<>();
        grid.setId("agreement-gold");
        UserText.column(grid, GoldAgreement::annotator).setHeader(t("agreement.annotator")).setAutoWidth(true);
        grid.addColumn(GoldAgreement::documents).setHeader(t("agreement.documents"));
        grid.addColumn(g -> format(g.exact().precision())).setHeader(t("agreement.precision"));
        grid.addColumn(g -> format(g.exact().recall())).setHeader(t("agreement.recall"));
        grid.addColumn(g -> format(g.exact().f1())).setHeader(t("agreement.measure.exact-f1"));
        grid.addColumn(g -> format(g.conllF1())).setHeader(t("agreement.measure.conll-f1"));
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Component labels(AgreementSummary report) {
        Grid<AgreementSummary.LabelFigures> grid = new Grid<>();
        grid.setId("agreement-labels");
        UserText.column(grid, AgreementSummary.LabelFigures::label).setHeader(t("agreement.label"));
        grid.addColumn(l -> format(l.exactF1())).setHeader(t("agreement.measure.exact-f1"));
        grid.addColumn(l -> format(l.relaxedF1())).setHeader(t("agreement.measure.relaxed-f1"));
        grid.addColumn(l -> format(l.alphaU())).setHeader(t("agreement.measure.alpha-u"));
        grid.setItems(report.labels());
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Grid<AgreementSummary.DocumentFigures> documents(AgreementSummary report) {
        Grid<AgreementSummary.DocumentFigures> grid = new Grid<>();
        grid.setId("agreement-documents");
        UserText.titleColumn(grid, AgreementSummary.DocumentFigures::title).setHeader(t("document.title")).setFlexGrow(4)
                .setClassNameGenerator(d -> "arabic-text");
        grid.addColumn(d -> format(d.exactF1())).setHeader(t("agreement.measure.exact-f1"));
        grid.addColumn(d -> format(d.tokenAlpha())).setHeader(t("agreement.token-alpha"));
        grid.addColumn(d -> format(d.alphaU())).setHeader(t("agreement.measure.alpha-u"));
        grid.addColumn(d -> format(d.conllF1())).setHeader(t("agreement.measure.conll-f1"));
        grid.setItems(report.perDocument());
        grid.setHeight("20rem");
        return grid;
    }

    static Component confusion(AgreementSummary report) {
        Map<String, Map<String, Long>> counts = report.labelConfusion();
        TreeSet<String> columns = new TreeSet<>();
        counts.values().forEach(row -> columns.addAll(row.keySet()));
        Grid<String> grid = new Grid<>();
        grid.setId("agreement-confusion");
        grid.addColumn(label -> label).setHeader(t("agreement.label"));
        for (String column : columns) {
            grid.addColumn(row -> counts.getOrDefault(row, Map.of()).getOrDefault(column, 0L)).setHeader(column);
        }
        grid.setItems(List.copyOf(new TreeSet<>(counts.keySet())));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
