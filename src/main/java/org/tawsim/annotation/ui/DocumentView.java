package org.tawsim.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.annotation.CoAnnotatorLayers;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.corpus.Document;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;
import org.tawsim.base.ui.UserText;

/**
 * One document. Its assigned annotator gets the span and coreference editor on their own layer (blind
 * annotation, unless a lead lets annotators read each other's layers); project staff read the text as stored.
 */
@Route("documents")
@PermitAll
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final DocumentService documents;
    private final AssignmentService assignments;
    private final AnnotationService annotations;
    private final ProjectService projects;
    private final CoAnnotatorLayers coAnnotators;
    private final Optional<EditorSuggestions> suggestions;
    private String title = "";

    public DocumentView(CurrentUser currentUser, DocumentService documents, AssignmentService assignments,
                        AnnotationService annotations, ProjectService projects, CoAnnotatorLayers coAnnotators,
                        Optional<EditorSuggestions> suggestions) {
        this.currentUser = currentUser;
        this.documents = documents;
        this.assignments = assignments;
        this.annotations = annotations;
        this.projects = projects;
        this.coAnnotators = coAnnotators;
        this.suggestions = suggestions;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long documentId) {
        UserAccount user = currentUser.require();
        Document document;
        try {
            document = documents.get(user, documentId);
        } catch (AccessDeniedException | UserError e) {
            event.rerouteToError(NotFoundException.class, getTranslation("document.error.missing"));
            return;
        }
        assignments.opened(user, documentId);
        title = UserText.isolate(document.title());
        render(user, document);
    }

    private void render(UserAccount user, Document document) {
        long documentId = document.id();
        removeAll();

        H2 heading = new H2(document.title());
        heading.getElement().setAttribute("dir", "auto");
        HorizontalLayout actions = new HorizontalLayout(heading);
        actions.setWidthFull();
        actions.setAlignItems(Alignment.BASELINE);
        Optional<AssignmentStatus> status = assignments.status(user, documentId);
        add(actions);
        if (status.isPresent()) {
            List<Label> labels = projects.labels(user, document.projectId());
            AnnotationEditor editor = new AnnotationEditor(document, labels, annotations.layer(user, documentId));
            // The annotator's own suggestions, on their own layer only (not on co-annotator, review or gold views).
            suggestions.ifPresent(s -> editor.suggestFrom(() -> s.suggestionsFor(user, documentId),
                    id -> s.reject(user, documentId, id), ids -> s.accepted(user, documentId, ids)));
            actions.add(statusToggle(user, document, status.get(), editor));
            if (coAnnotators.mayRead(user, documentId)) {
                actions.add(new CoAnnotatorPicker(user, document, labels, coAnnotators));
            }
            editor.setSizeFull();
            addAndExpand(editor);
            return;
        }
        add(new Paragraph(getTranslation("document.read-only")));
        Div text = new Div();
        text.setId("document-text");
        text.addClassName("document-text");
        text.setText(document.text());
        text.getElement().setAttribute("dir", document.direction());
        text.getElement().setAttribute("lang", document.language());
        add(text);
    }

    /**
     * Done / reopen in place, so the editor (and any change still being saved) stays as it is. A done document
     * is read-only in the editor (and refused by the API) until it is reopened.
     */
    private Button statusToggle(UserAccount user, Document document, AssignmentStatus initial, AnnotationEditor editor) {
        Button button = new Button();
        button.setId("status-toggle");
        AssignmentStatus[] current = {initial};
        Runnable show = () -> {
            boolean done = current[0] == AssignmentStatus.DONE;
            button.setText(getTranslation(done ? "document.reopen" : "document.mark-done"));
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            button.addThemeVariants(done ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_SUCCESS);
            editor.setDone(done);
        };
        show.run();
        button.addClickListener(e -> {
            boolean done = current[0] == AssignmentStatus.DONE;
            if (done) {
                assignments.reopen(user, document.id());
            } else {
                assignments.markDone(user, document.id());
            }
            current[0] = done ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.DONE;
            show.run();
            Feedback.success(getTranslation(done ? "document.reopened" : "document.marked-done"));
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return Optional.ofNullable(title).filter(t -> !t.isEmpty()).orElse(getTranslation("nav.my-documents"));
    }
}
