package org.tawsim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.io.IOException;
import java.nio.file.Files;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.AgreementFilter;
import org.tawsim.agreement.AgreementService;
import org.tawsim.agreement.AgreementSummary;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * Removing a member on the real database: they lose access to the project at once, their work stays read-only in
 * agreement, the matrix and exports, and adding them again gives it back.
 */
class MemberRemovalTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    AgreementService agreement;
    @Autowired
    ExportService exports;
    @Autowired
    DSLContext dsl;

    @Test
    void aRemovedMemberLosesAccessAndTheirWorkStillCounts() throws IOException {
        Scenario s = scenarios.project("Removal").annotators("a", "b")
                .document("jasim.txt", "اشتباكات في مدينة جاسم بدرعا").assign("a", "b")
                .span("a", "جاسم", "LOCATION").done("a").span("b", "جاسم", "LOCATION").done("b");
        Teams.Team team = s.team();
        long projectId = s.projectId();
        long doc = s.documentId();
        UserAccount a = s.user("a");
        UserAccount b = s.user("b");

        projects.removeMember(team.lead(), projectId, a.login());

        assertThatThrownBy(() -> projects.get(a, projectId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.get(a, doc)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.layer(a, doc)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.reopen(a, doc)).isInstanceOf(UserError.class);
        assertThat(projects.visibleTo(a)).extracting(Project::id).doesNotContain(projectId);
        assertThat(assignments.queue(a)).isEmpty();
        assertThat(projects.members(team.lead(), projectId)).extracting(Member::login).doesNotContain(a.login());
        assertThat(projects.removedMembers(team.lead(), projectId)).extracting(Member::login).containsExactly(a.login());

        // the work stays: in agreement, in the matrix (read-only column) and in exports
        AgreementSummary summary = agreement.report(team.lead(), projectId, AgreementFilter.all());
        assertThat(summary.annotators()).containsExactlyInAnyOrder(a.login(), b.login());
        assertThat(summary.documents()).isEqualTo(1);
        assertThat(assignments.matrix(team.lead(), projectId).removed()).extracting(Member::login).containsExactly(a.login());
        assertThat(assignments.matrix(team.lead(), projectId).documents().get(0).cells().get(a.login()).spans()).isEqualTo(1);
        ExportManifest manifest = exports.export(team.lead(), projectId, new ExportRequest(null, null, null, null, null, null));
        assertThat(manifest.sources()).contains(a.login());
        ExportManifest.FileEntry file = manifest.files().stream().filter(f -> f.source().equals(a.login())).findFirst().orElseThrow();
        assertThat(file.documents()).isEqualTo(1);
        assertThat(Files.readString(exports.file(team.lead(), projectId, manifest.exportId(), file.name()))).contains("LOCATION");

        assertThat(dsl.fetchCount(EVENT_LOG, EVENT_LOG.PROJECT_ID.eq(projectId).and(EVENT_LOG.KIND.eq("member.removed")))).isEqualTo(1);
        projects.removeMember(team.lead(), projectId, a.login()); // removed already: nothing changes

        projects.addMember(team.lead(), projectId, a.login(), ProjectRole.ANNOTATOR);
        assertThat(annotations.layer(a, doc).spans()).hasSize(1);
        assertThat(assignments.queue(a)).hasSize(1);
    }

    @Test
    void removalIsForLeadsAndKeepsTheProjectLed() {
        Scenario s = scenarios.project("Removal rules").annotators("a").outsider("out", SystemRole.ANNOTATOR);
        Teams.Team team = s.team();
        long projectId = s.projectId();
        UserAccount a = s.user("a");
        assertThatThrownBy(() -> projects.removeMember(a, projectId, team.lead().login())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.removeMember(team.lead(), projectId, team.lead().login()))
                .isInstanceOf(UserError.class).hasMessageContaining("project.member.error.last-lead");
        assertThatThrownBy(() -> projects.addMember(team.lead(), projectId, team.lead().login(), ProjectRole.ANNOTATOR))
                .isInstanceOf(UserError.class).hasMessageContaining("project.member.error.last-lead");
        assertThatThrownBy(() -> projects.removeMember(team.lead(), projectId, s.user("out").login()))
                .isInstanceOf(UserError.class).hasMessageContaining("project.member.error.not-member");
        assertThatThrownBy(() -> projects.removeMember(team.lead(), projectId, "no-such-login"))
                .isInstanceOf(UserError.class).hasMessageContaining("project.error.no-such-user");

        projects.addMember(team.lead(), projectId, a.login(), ProjectRole.LEAD);
        projects.removeMember(a, projectId, team.lead().login());
        assertThat(projects.canManage(team.lead(), projectId)).isFalse();
        assertThat(dsl.fetchCount(EVENT_LOG, EVENT_LOG.PROJECT_ID.eq(projectId).and(EVENT_LOG.KIND.eq("member.role.changed")))).isEqualTo(1);
    }
}
