package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderStatistics;

/** What annotators did with each recommender's suggestions: accepted, rejected, acceptance rate, overall and per label. */
class AcceptanceRates extends VerticalLayout {

    private record Row(String recommender, String label, RecommenderStatistics.Outcomes outcomes) {
    }

    AcceptanceRates(UserAccount lead, long projectId, RecommenderService recommenders) {
        setPadding(false);
        setId("recommender-acceptance");
        Grid<Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> getTranslation("recommenders.name." + r.recommender())).setHeader(getTranslation("recommenders.column.recommender")).setAutoWidth(true);
        grid.addColumn(r -> r.label() == null ? getTranslation("recommenders.all-labels") : r.label()).setHeader(getTranslation("recommenders.column.label")).setAutoWidth(true);
        grid.addColumn(r -> r.outcomes().accepted()).setHeader(getTranslation("recommenders.column.accepted"));
        grid.addColumn(r -> r.outcomes().rejected()).setHeader(getTranslation("recommenders.column.rejected"));
        grid.addColumn(r -> rate(r.outcomes().acceptanceRate())).setHeader(getTranslation("recommenders.column.rate"));
        List<Row> rows = new ArrayList<>();
        for (RecommenderStatistics s : recommenders.statistics(lead, projectId)) {
            rows.add(new Row(s.recommender(), null, s.overall()));
            s.labels().forEach(l -> rows.add(new Row(s.recommender(), l.label(), l.outcomes())));
        }
        grid.setItems(rows);
        add(new H4(getTranslation("recommenders.acceptance")), grid);
    }

    private String rate(Double rate) {
        if (rate == null) {
            return getTranslation("recommenders.n-a");
        }
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        return percent.format(rate);
    }
}
