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
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.corpus.Document;
import org.tawsim.corpus.DocumentService;

/**
 * One document as stored, right-to-left with its line breaks. The span and coreference editor will live
 * here; until then annotators read the text and mark the document done or reopen it.
 */
@Route("documents")
@PermitAll
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final DocumentService documents;
    private final AssignmentService assignments;
    private String title = "";

    public DocumentView(CurrentUser currentUser, DocumentService documents, AssignmentService assignments) {
        this.currentUser = currentUser;
        this.documents = documents;
        this.assignments = assignments;
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
        title = document.title();
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
        assignments.status(user, documentId).ifPresent(status -> actions.add(statusToggle(user, document, status)));
        add(actions, new Paragraph(getTranslation("document.editor-coming")));

        Div text = new Div();
        text.setId("document-text");
        text.addClassName("document-text");
        text.setText(document.text());
        text.getElement().setAttribute("dir", document.direction());
        text.getElement().setAttribute("lang", document.language());
        add(text);
    }

    private Button statusToggle(UserAccount user, Document document, AssignmentStatus status) {
        long documentId = document.id();
        boolean done = status == AssignmentStatus.DONE;
        Button button = new Button(getTranslation(done ? "document.reopen" : "document.mark-done"));
        button.setId("status-toggle");
        button.addThemeVariants(done ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_SUCCESS);
        button.addClickListener(e -> {
            if (done) {
                assignments.reopen(user, documentId);
            } else {
                assignments.markDone(user, documentId);
            }
            Feedback.success(getTranslation(done ? "document.reopened" : "document.marked-done"));
            render(user, document);
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return Optional.ofNullable(title).filter(t -> !t.isEmpty()).orElse(getTranslation("nav.my-documents"));
    }
}
