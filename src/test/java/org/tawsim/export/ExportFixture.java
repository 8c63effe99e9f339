package org.tawsim.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.Operation.MoveMentions;
import org.tawsim.annotation.Operation.MoveMentions.Move;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/**
 * A project with three documents annotated by two annotators, who marked all three done, for export tests. The first text has an emoji
 * and a mathematical letter (both outside the BMP: one code point, two UTF-16 units) before its entities.
 */
class ExportFixture {

    // Code points: مدينة جاسم starts at 16, جاسم at 22, بدرعا at 27 and درعا (without the clitic ب) at 28.
    static final String TEXT = "😀 اشتباكات 𝐀 في مدينة جاسم بدرعا.";
    static final String SECOND = "وصل الوفد إلى دمشق.";
    static final String THIRD = "قال أحمد إن الوضع هادئ.";

    final UserAccount lead;
    final UserAccount first;
    final UserAccount second;
    final UserAccount viewer;
    final UserAccount outsider;
    final Project project;
    final long documentId;
    /** jasim, delegation, ahmad */
    final List<Long> documentIds;

    ExportFixture(AccountService accounts, ProjectService projects, DocumentService documents,
                  AssignmentService assignments, AnnotationService annotations) {
        String tag = Long.toString(System.nanoTime(), 36);
        lead = accounts.create("lead-" + tag, "password-1", "Lead", SystemRole.LEAD);
        first = accounts.create("ann1-" + tag, "password-1", "Ann 1", SystemRole.ANNOTATOR);
        second = accounts.create("ann2-" + tag, "password-1", "Ann 2", SystemRole.ANNOTATOR);
        viewer = accounts.create("ml-" + tag, "password-1", "ML engineer", SystemRole.VIEWER);
        outsider = accounts.create("out-" + tag, "password-1", "Other", SystemRole.VIEWER);
        project = projects.create(lead, "Exports " + tag, "");
        projects.addMember(lead, project.id(), first.login(), ProjectRole.ANNOTATOR);
        projects.addMember(lead, project.id(), second.login(), ProjectRole.ANNOTATOR);
        projects.addMember(lead, project.id(), viewer.login(), ProjectRole.VIEWER);
        documentId = documents.importTextFile(lead, project.id(), "jasim.txt", TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        long delegation = documents.importTextFile(lead, project.id(), "delegation.txt", SECOND.getBytes(StandardCharsets.UTF_8), null).id();
        long ahmad = documents.importTextFile(lead, project.id(), "ahmad.txt", THIRD.getBytes(StandardCharsets.UTF_8), null).id();
        documentIds = List.of(documentId, delegation, ahmad);
        assignments.assignBalanced(lead, project.id(), 2, List.of());

        // first: the city, the town nested in it, درعا without its clitic, and a chain of city and درعا
        long city = annotations.apply(first, documentId, 0, null, new CreateSpan(16, 26, "LOCATION")).spanId();
        annotations.apply(first, documentId, 1, null, new CreateSpan(22, 26, "LOCATION"));
        long daraa = annotations.apply(first, documentId, 2, null, new CreateSpan(28, 32, "LOCATION")).spanId();
        annotations.apply(first, documentId, 3, null, new MoveMentions(List.of(
                new Move(city, MoveMentions.NEW_CHAIN), new Move(daraa, MoveMentions.NEW_CHAIN))));
        annotations.apply(first, delegation, 0, null, new CreateSpan(14, 18, "LOCATION"));
        // second: the town alone and the whole word بدرعا, so the two layers have different boundaries
        annotations.apply(second, documentId, 0, null, new CreateSpan(22, 26, "LOCATION"));
        apply(annotations, second, documentId, 1, new CreateSpan(27, 32, "LOCATION"));
        // both finished every document (exports hold finished documents by default)
        for (UserAccount annotator : List.of(first, second)) {
            documentIds.forEach(id -> assignments.markDone(annotator, id));
        }
    }

    private static void apply(AnnotationService annotations, UserAccount who, long doc, long revision, Operation op) {
        annotations.apply(who, doc, revision, null, op);
    }
}
