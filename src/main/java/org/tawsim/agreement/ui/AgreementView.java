package org.tawsim.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.AgreementFilter;
import org.tawsim.agreement.AgreementScope;
import org.tawsim.agreement.AgreementService;
import org.tawsim.agreement.AgreementSummary;
import org.tawsim.agreement.GoldAgreement;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Plurals;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.project.Label;
import org.tawsim.project.Member;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;

/**
 * The lead's agreement dashboard: pair matrix, labels, documents with the lowest agreement, label confusion. It
 * opens for whoever leads a project by project role (an annotator account may lead one) and for admins.
 */
@Route("agreement")
@PermitAll
public class AgreementView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AgreementService agreement;
    private final ProjectService projects;
    private final UserAccount user;
    private final Select<Project> project = new Select<>();
    private final MultiSelectComboBox<Member> annotators = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> labels = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<DocumentSummary> documentFilter = new MultiSelectComboBox<>();
    private final DocumentService documents;
    private final Select<PairMeasure> measure = new Select<>();
    private final Select<AgreementScope> scope = new Select<>();
    private final VerticalLayout results = new VerticalLayout();
    private final List<Project> led;

    public AgreementView(AgreementService agreement, ProjectService projects, DocumentService documents, CurrentUser currentUser) {
        this.agreement = agreement;
        this.projects = projects;
        this.documents = documents;
        this.user = currentUser.require();
        setSizeFull();

        led = projects.visibleTo(user).stream().filter(p -> projects.canManage(user, p.id())).toList();
        project.setLabel(getTranslation("project.name"));
        project.setId("agreement-project");
        project.setItems(led);
        project.setItemLabelGenerator(Project::name);
        project.addValueChangeListener(e -> projectChosen());
        annotators.setLabel(getTranslation("agreement.annotators"));
        annotators.setItemLabelGenerator(m -> UserText.isolate(m.displayName()) + " (" + UserText.isolate(m.login()) + ")");
        labels.setLabel(getTranslation("agreement.labels"));
        documentFilter.setLabel(getTranslation("agreement.documents-filter"));
        documentFilter.setItemLabelGenerator(DocumentSummary::title);
        scope.setLabel(getTranslation("agreement.scope"));
        scope.setId("agreement-scope-filter");
        scope.setItems(AgreementScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("agreement.scope." + s.key()));
        scope.setValue(AgreementScope.DONE);
        measure.setLabel(getTranslation("agreement.measure"));
        measure.setItems(PairMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.key()));
        measure.setValue(PairMeasure.EXACT_F1);
        Button compute = new Button(getTranslation("agreement.compute"), e -> compute());
        compute.setId("agreement-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout filters = new HorizontalLayout(project, annotators, documentFilter, labels, scope, measure, compute);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        results.setPadding(false);
        add(new H2(getTranslation("nav.agreement")), filters, results);
        if (led.isEmpty()) {
            results.add(new Paragraph(getTranslation("agreement.no-projects")));
        } else {
            project.setValue(led.get(0));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!agreement.mayOpenDashboard(user)) {
            event.rerouteToError(NotFoundException.class, getTranslation("agreement.no-projects"));
            return;
        }
        // ?project=<id> (the project page's link) chooses that project when the user leads it
        event.getLocation().getQueryParameters().getSingleParameter("project")
                .flatMap(id -> led.stream().filter(p -> Long.toString(p.id()).equals(id)).findFirst())
                .filter(p -> !p.equals(project.getValue()))
                .ifPresent(project::setValue);
    }

    /** The address of the dashboard for one project. */
    public static String forProject(long projectId) {
        return "agreement?project=" + projectId;
    }

    private void projectChosen() {
        Project p = project.getValue();
        if (p == null) {
            return;
        }
        List<Member> members = agreement.annotators(user, p.id());
        annotators.setItems(members);
        annotators.select(members);
        labels.setItems(projects.labels(user, p.id()).stream().map(Label::name).toList());
        labels.clear();
        documentFilter.setItems(documents.summaries(user, p.id()));
        documentFilter.clear();
        compute();
    }

    private void compute() {
        results.removeAll();
        Project p = project.getValue();
        if (p == null) {
            return;
        }
        try {
            AgreementSummary report = agreement.report(user, p.id(), new AgreementFilter(
                    annotators.getSelectedItems().stream().map(Member::login).toList(),
                    documentFilter.getSelectedItems().stream().map(DocumentSummary::id).toList(),
                    List.copyOf(labels.getSelectedItems()), scope.getValue()));
            show(report);
        } catch (UserError error) {
            results.add(new Paragraph(getTranslation(error.messageKey(), error.args())));
        }
    }

    private void show(AgreementSummary report) {
        AgreementSummary.Group g = report.group();
        Paragraph group = new Paragraph(getTranslation("agreement.group", Plurals.count("documents", report.documents()), Figures.format(g.fleissKappa()),
                Figures.format(g.tokenAlpha()), Figures.format(g.alphaU())));
        group.setId("agreement-group");
        Paragraph inScope = new Paragraph(getTranslation("agreement.scope.shown", Plurals.count("documents", report.documents()),
                getTranslation("agreement.scope." + report.scope()), Plurals.count("documents", report.outOfScope())));
        inScope.setId("agreement-scope");
        results.add(inScope, group,
                new H3(getTranslation("agreement.matrix", getTranslation(measure.getValue().key()))),
                PairMatrix.of(report, measure.getValue()),
                new H3(getTranslation("agreement.pairs")), Figures.pairs(report),
                new H3(getTranslation("agreement.per-label")), Figures.labels(report),
                new H3(getTranslation("agreement.per-document")), new Paragraph(getTranslation("agreement.per-document.help")),
                documents(report),
                new H3(getTranslation("agreement.confusion")), Figures.confusion(report),
                new H3(getTranslation("agreement.gold")));
        List<GoldAgreement> gold = agreement.withGold(user, project.getValue().id());
        results.add(gold.isEmpty() ? new Paragraph(getTranslation("agreement.gold.none")) : Figures.withGold(gold));
    }

    /** Clicking a document compares two annotators on it, side by side. */
    private Component documents(AgreementSummary report) {
        var grid = Figures.documents(report);
        grid.addItemClickListener(e -> new SideBySideDialog(agreement, documents, projects, user, project.getValue().id(),
                e.getItem(), report.annotators()).open());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.agreement");
    }
}
