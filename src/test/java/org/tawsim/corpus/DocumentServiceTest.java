package org.tawsim.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.audit.AuditService;
import org.tawsim.audit.HistoryEntry;
import org.tawsim.base.UserError;
import org.tawsim.project.Project;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

class DocumentServiceTest extends DatabaseTest {

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AuditService audit;

    UserAccount lead;
    UserAccount annotator;
    UserAccount outsider;
    Project project;

    @BeforeEach
    void project() {
        Teams.Team team = teams.create("Corpus", "ann");
        lead = team.lead();
        annotator = team.annotator(0);
        outsider = teams.outsider();
        project = team.project();
    }

    @Test
    void storesAnUploadedArticleExactly() {
        String text = "اشتباكات في جاسم بدرعا\n\n<script>alert(1)</script> =cmd|' /C calc'!A0\n";
        DocumentSummary stored = documents.importTextFile(lead, project.id(), "جاسم.txt", text.getBytes(StandardCharsets.UTF_8), null);

        assertThat(stored.externalId()).isEqualTo("جاسم");
        assertThat(stored.title()).isEqualTo("اشتباكات في جاسم بدرعا");
        assertThat(stored.length()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(documents.get(lead, stored.id()).text()).isEqualTo(text);
    }

    @Test
    void refusesADuplicateAndKeepsTheFirst() {
        documents.importTextFile(lead, project.id(), "a.txt", "الأول".getBytes(StandardCharsets.UTF_8), null);
        assertThatThrownBy(() -> documents.importTextFile(lead, project.id(), "a.txt", "الثاني".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.duplicate"));
        List<DocumentSummary> all = documents.summaries(lead, project.id());
        assertThat(all).extracting(DocumentSummary::title).containsExactly("الأول");
    }

    @Test
    void refusesBadEncodingAndStoresNothing() {
        byte[] legacy = "محافظة درعا".getBytes(PlainTextDecoder.WINDOWS_1256);
        assertThatThrownBy(() -> documents.importTextFile(lead, project.id(), "legacy.txt", legacy, null))
                .isInstanceOf(UserError.class);
        assertThat(documents.summaries(lead, project.id())).isEmpty();
    }

    @Test
    void onlyLeadsImport() {
        byte[] bytes = "نص".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> documents.importTextFile(annotator, project.id(), "x.txt", bytes, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.importTextFile(outsider, project.id(), "x.txt", bytes, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void annotatorsReadOnlyWhatIsAssignedToThem() {
        long assigned = documents.importTextFile(lead, project.id(), "one.txt", "الأول".getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, project.id(), 1, List.of(assigned));
        long notAssigned = documents.importTextFile(lead, project.id(), "two.txt", "الثاني".getBytes(StandardCharsets.UTF_8), null).id();

        assertThat(documents.get(annotator, assigned).text()).isEqualTo("الأول");
        assertThatThrownBy(() -> documents.get(annotator, notAssigned)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.get(outsider, assigned)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTitleIsTheHeadlineNotThePageFurniture() {
        String text = "icon\nالتغطية الحية\n\nمن وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟\n\nنص المقال\n";
        assertThat(documents.importTextFile(lead, project.id(), "a.txt", text.getBytes(StandardCharsets.UTF_8), null).title())
                .isEqualTo("من وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟");
    }

    @Test
    void aLeadRenamesADocumentAndTheHistorySaysSo() {
        long id = documents.importTextFile(lead, project.id(), "a.txt", "icon\nنص".getBytes(StandardCharsets.UTF_8), null).id();
        assertThat(documents.rename(lead, id, "  اشتباكات جاسم  ").title()).isEqualTo("اشتباكات جاسم");
        assertThat(documents.summary(lead, id).title()).isEqualTo("اشتباكات جاسم");
        assertThat(audit.history(lead, id, null)).extracting(HistoryEntry::kind, HistoryEntry::details)
                .containsExactly(tuple("document.imported", "a.txt (text)"), tuple("document.renamed", "icon → اشتباكات جاسم"));

        assertThatThrownBy(() -> documents.rename(lead, id, " "))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("document.rename.error.empty"));
        assertThatThrownBy(() -> documents.rename(lead, id, "x".repeat(501)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("document.rename.error.long"));
        assertThatThrownBy(() -> documents.rename(annotator, id, "مختلف")).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.summary(lead, id).title()).isEqualTo("اشتباكات جاسم");
    }
}
