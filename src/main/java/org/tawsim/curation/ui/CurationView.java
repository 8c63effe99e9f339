package org.tawsim.curation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.ui.AnnotationEditor;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.Plurals;
import org.tawsim.corpus.Document;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.Curation;
import org.tawsim.curation.CurationDecision;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.CurationStatus;
import org.tawsim.curation.merge.Rule;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;

/**
 * A lead curates one document: the gold layer in the editor (editable, chains in its side panel, which starts
 * closed) and the decisions with every candidate's support in a drawer beside the text, or over it on a narrow
 * window. Annotators never reach it (not found).
 */
@Route("curation")
@PermitAll
public class CurationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final DocumentService documents;
    private final CurationService curation;
    private final ProjectService projects;
    private String title = "";
    private boolean navigationWasOpen;

    public CurationView(CurrentUser currentUser, DocumentService documents, CurationService curation, ProjectService projects) {
        this.currentUser = currentUser;
        this.documents = documents;
        this.curation = curation;
        this.projects = projects;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long documentId) {
        UserAccount user = currentUser.require();
        Document document;
        try {
            document = documents.get(user, documentId);
            if (!curation.mayCurate(user, document.projectId())) {
                throw new AccessDeniedException("Not a lead");
            }
        } catch (AccessDeniedException | UserError e) {
            event.rerouteToError(NotFoundException.class, getTranslation("document.error.missing"));
            return;
        }
        title = getTranslation("curation.title", UserText.isolate(document.title()));
        render(user, document);
    }

    private void render(UserAccount user, Document document) {
        removeAll();
        H2 heading = new H2(title);
        heading.getElement().setAttribute("dir", "auto");
        heading.addClassName("curation-heading");
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        add(header);
        Curation current = curation.curation(user, document.id());
        if (current == null) {
            add(startForm(user, document));
            return;
        }
        header.add(statusToggle(user, document, current.status()));
        if (current.annotatorsChanged()) {
            add(changedNotice(user, document));
        }

        AnnotationEditor editor = new AnnotationEditor(document, projects.labels(user, document.projectId()),
                curation.goldLayer(user, document.id()));
        editor.layerAt("/api/v1/curation");
        editor.collapseSidePanel(); // the text needs the room; the chains panel opens from the toolbar
        DecisionsPanel[] panel = new DecisionsPanel[1];
        DecisionsDrawer[] drawer = new DecisionsDrawer[1];
        panel[0] = new DecisionsPanel(document.text(), choice -> {
            try {
                Curation after = curation.decide(user, choice.decision().id(), choice.outcome(), choice.candidate());
                after.decisions().stream().filter(d -> d.id() == choice.decision().id() && !d.notApplied().isEmpty()).findFirst()
                        .ifPresent(d -> Feedback.warning(getTranslation("curation.not-applied")));
                editor.reload();
                panel[0].show(after.decisions());
                drawer[0].showOpenCount(openCount(after));
                panel[0].getElement().callJsFunction("focus");
            } catch (UserError e) {
                Feedback.error(e);
            }
        }, decision -> editor.mark(DecisionsPanel.marks(decision)));
        panel[0].show(current.decisions());
        drawer[0] = new DecisionsDrawer(panel[0]);
        drawer[0].showOpenCount(openCount(current));
        header.add(drawer[0].toggle());
        Div body = new Div(editor, drawer[0]);
        body.addClassName("curation-body");
        addAndExpand(body);
    }

    private static long openCount(Curation curation) {
        return curation.decisions().stream().filter(CurationDecision::open).count();
    }

    /** The page is about the text: the app's navigation closes while it is open (its toggle stays in the bar). */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        AppLayout layout = findAncestor(AppLayout.class);
        if (layout != null) {
            navigationWasOpen = layout.isDrawerOpened();
            layout.setDrawerOpened(false);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        AppLayout layout = findAncestor(AppLayout.class);
        if (navigationWasOpen && layout != null) {
            layout.setDrawerOpened(true);
        }
        super.onDetach(event);
    }

    /** The annotators' work is no longer what was merged: say so, and offer to merge again. */
    private HorizontalLayout changedNotice(UserAccount user, Document document) {
        Paragraph text = new Paragraph(getTranslation("curation.changed"));
        Button remerge = new Button(getTranslation("curation.remerge"), e -> {
            try {
                curation.remerge(user, document.id());
                render(user, document);
                Feedback.success(getTranslation("curation.remerged"));
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        remerge.setId("curation-remerge");
        remerge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout notice = new HorizontalLayout(text, remerge);
        notice.setId("curation-changed");
        notice.setAlignItems(Alignment.BASELINE);
        notice.getElement().setAttribute("role", "status");
        notice.getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))")
                .set("padding-inline", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
        notice.setWidthFull();
        return notice;
    }

    private VerticalLayout startForm(UserAccount user, Document document) {
        List<String> finished = curation.finishedAnnotators(user, document.id());
        Select<Rule> rule = new Select<>();
        rule.setId("curation-rule");
        rule.setLabel(getTranslation("curation.rule"));
        rule.setItems(Rule.values());
        rule.setItemLabelGenerator(r -> getTranslation("curation.rule." + r.name()));
        rule.setValue(Rule.MAJORITY);
        Button start = new Button(getTranslation("curation.start"), e -> {
            try {
                curation.start(user, document.id(), rule.getValue());
                render(user, document);
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        start.setId("curation-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(!finished.isEmpty());
        Paragraph who = new Paragraph(finished.isEmpty() ? getTranslation("curation.error.nobody-finished")
                : getTranslation("curation.finished", Plurals.count("annotators", finished.size()), String.join(", ", finished)));
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("curation.help")), who,
                new HorizontalLayout(rule, start));
        form.setPadding(false);
        return form;
    }

    private Button statusToggle(UserAccount user, Document document, CurationStatus initial) {
        Button button = new Button();
        button.setId("curation-curated");
        CurationStatus[] status = {initial};
        Runnable show = () -> {
            boolean curated = status[0] == CurationStatus.CURATED;
            button.setText(getTranslation(curated ? "curation.reopen" : "curation.mark-curated"));
            button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SUCCESS);
            button.addThemeVariants(curated ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_SUCCESS);
        };
        show.run();
        button.addClickListener(e -> {
            boolean curated = status[0] == CurationStatus.CURATED;
            curation.setCurated(user, document.id(), !curated);
            status[0] = curated ? CurationStatus.IN_PROGRESS : CurationStatus.CURATED;
            show.run();
            Feedback.success(getTranslation(curated ? "curation.reopened" : "curation.marked-curated"));
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.projects") : title;
    }
}
