package org.tawsim.project;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.LABEL;
import static org.tawsim.db.Tables.PROJECT;
import static org.tawsim.db.Tables.PROJECT_MEMBER;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

    private final DSLContext dsl;

    ProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(String name, String description, long createdBy) {
        return dsl.insertInto(PROJECT)
                .set(PROJECT.NAME, name)
                .set(PROJECT.DESCRIPTION, description)
                .set(PROJECT.CREATED_BY, createdBy)
                .returning(PROJECT.ID)
                .fetchOne(PROJECT.ID);
    }

    Optional<Project> findById(long id) {
        return dsl.selectFrom(PROJECT).where(PROJECT.ID.eq(id))
                .fetchOptional(r -> new Project(r.getId(), r.getName(), r.getDescription(), r.getCreatedAt()));
    }

    Optional<Project> findByName(String name) {
        return dsl.selectFrom(PROJECT).where(PROJECT.NAME.eq(name))
                .fetchOptional(r -> new Project(r.getId(), r.getName(), r.getDescription(), r.getCreatedAt()));
    }

    boolean nameTaken(String name) {
        return dsl.fetchExists(PROJECT, PROJECT.NAME.equalIgnoreCase(name));
    }

    boolean nameTakenByAnother(String name, long projectId) {
        return dsl.fetchExists(PROJECT, PROJECT.NAME.equalIgnoreCase(name).and(PROJECT.ID.ne(projectId)));
    }

    void update(long projectId, String name, String description) {
        dsl.update(PROJECT).set(PROJECT.NAME, name).set(PROJECT.DESCRIPTION, description)
                .where(PROJECT.ID.eq(projectId)).execute();
    }

    /** How many documents each of these projects holds (one grouped query; projects without any are absent). */
    Map<Long, Integer> documentCounts(Collection<Long> projectIds) {
        return dsl.select(DOCUMENT.PROJECT_ID, DSL.count()).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.in(projectIds))
                .groupBy(DOCUMENT.PROJECT_ID)
                .fetchMap(DOCUMENT.PROJECT_ID, DSL.count());
    }

    /** The caller's role in each of these projects (absent where they are no member). */
    Map<Long, ProjectRole> roles(long userId, Collection<Long> projectIds) {
        return dsl.select(PROJECT_MEMBER.PROJECT_ID, PROJECT_MEMBER.ROLE).from(PROJECT_MEMBER)
                .where(PROJECT_MEMBER.USER_ID.eq(userId).and(PROJECT_MEMBER.PROJECT_ID.in(projectIds)))
                .fetchMap(r -> r.value1(), r -> ProjectRole.fromDb(r.value2()));
    }

    Map<Long, Boolean> sharing(Collection<Long> projectIds) {
        return dsl.select(PROJECT.ID, PROJECT.ANNOTATORS_SEE_EACH_OTHER).from(PROJECT).where(PROJECT.ID.in(projectIds))
                .fetchMap(PROJECT.ID, PROJECT.ANNOTATORS_SEE_EACH_OTHER);
    }

    List<Project> findAll() {
        return dsl.selectFrom(PROJECT).orderBy(PROJECT.NAME)
                .fetch(r -> new Project(r.getId(), r.getName(), r.getDescription(), r.getCreatedAt()));
    }

    List<Project> findForMember(long userId) {
        return dsl.select(PROJECT.fields()).from(PROJECT)
                .join(PROJECT_MEMBER).on(PROJECT_MEMBER.PROJECT_ID.eq(PROJECT.ID))
                .where(PROJECT_MEMBER.USER_ID.eq(userId)).and(PROJECT_MEMBER.REMOVED_AT.isNull())
                .orderBy(PROJECT.NAME)
                .fetch(r -> new Project(r.get(PROJECT.ID), r.get(PROJECT.NAME), r.get(PROJECT.DESCRIPTION), r.get(PROJECT.CREATED_AT)));
    }

    boolean annotatorsSeeEachOther(long projectId) {
        return dsl.select(PROJECT.ANNOTATORS_SEE_EACH_OTHER).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .fetchOptional(PROJECT.ANNOTATORS_SEE_EACH_OTHER).orElse(false);
    }

    void setAnnotatorsSeeEachOther(long projectId, boolean allowed) {
        dsl.update(PROJECT).set(PROJECT.ANNOTATORS_SEE_EACH_OTHER, allowed).where(PROJECT.ID.eq(projectId)).execute();
    }

    List<Label> labels(long projectId) {
        return dsl.selectFrom(LABEL).where(LABEL.PROJECT_ID.eq(projectId)).orderBy(LABEL.POSITION)
                .fetch(r -> new Label(r.getName(), r.getColour(), r.getHotkey(), r.getPosition(), r.getDisplayEn(),
                        r.getDisplayAr(), r.getGuideline()));
    }

    /** Adds the member, changes their role, or takes a removed member back (with their work). */
    /** A member as a restore brings them back, with the role as stored. */
    void insertMember(long projectId, long userId, String role) {
        dsl.insertInto(PROJECT_MEMBER).set(PROJECT_MEMBER.PROJECT_ID, projectId).set(PROJECT_MEMBER.USER_ID, userId)
                .set(PROJECT_MEMBER.ROLE, role).execute();
    }

    void upsertMember(long projectId, long userId, ProjectRole role) {
        dsl.insertInto(PROJECT_MEMBER)
                .set(PROJECT_MEMBER.PROJECT_ID, projectId)
                .set(PROJECT_MEMBER.USER_ID, userId)
                .set(PROJECT_MEMBER.ROLE, role.dbValue())
                .onConflict(PROJECT_MEMBER.PROJECT_ID, PROJECT_MEMBER.USER_ID)
                .doUpdate().set(PROJECT_MEMBER.ROLE, role.dbValue())
                .setNull(PROJECT_MEMBER.REMOVED_AT).setNull(PROJECT_MEMBER.REMOVED_BY)
                .execute();
    }

    /** The row stays, so the member's assignments and layers stay too; only their access ends. */
    void markRemoved(long projectId, long userId, long removedBy) {
        dsl.update(PROJECT_MEMBER)
                .set(PROJECT_MEMBER.REMOVED_AT, OffsetDateTime.now())
                .set(PROJECT_MEMBER.REMOVED_BY, removedBy)
                .where(PROJECT_MEMBER.PROJECT_ID.eq(projectId).and(PROJECT_MEMBER.USER_ID.eq(userId)))
                .and(PROJECT_MEMBER.REMOVED_AT.isNull())
                .execute();
    }

    /** Whether the person was a member once and was removed. */
    boolean wasRemoved(long projectId, long userId) {
        return dsl.fetchExists(PROJECT_MEMBER, PROJECT_MEMBER.PROJECT_ID.eq(projectId)
                .and(PROJECT_MEMBER.USER_ID.eq(userId)).and(PROJECT_MEMBER.REMOVED_AT.isNotNull()));
    }

    boolean holdsAnyRole(long userId, Collection<ProjectRole> roles) {
        return dsl.fetchExists(PROJECT_MEMBER, PROJECT_MEMBER.USER_ID.eq(userId).and(PROJECT_MEMBER.REMOVED_AT.isNull())
                .and(PROJECT_MEMBER.ROLE.in(roles.stream().map(ProjectRole::dbValue).toList())));
    }

    Optional<ProjectRole> role(long projectId, long userId) {
        return dsl.select(PROJECT_MEMBER.ROLE).from(PROJECT_MEMBER)
                .where(PROJECT_MEMBER.PROJECT_ID.eq(projectId).and(PROJECT_MEMBER.USER_ID.eq(userId)))
                .and(PROJECT_MEMBER.REMOVED_AT.isNull())
                .fetchOptional(r -> ProjectRole.fromDb(r.value1()));
    }

    /** Members who may open the project ({@code removed} false), or those removed from it ({@code removed} true). */
    List<Member> members(long projectId, boolean removed) {
        return dsl.select(APP_USER.ID, APP_USER.LOGIN, APP_USER.DISPLAY_NAME, PROJECT_MEMBER.ROLE)
                .from(PROJECT_MEMBER).join(APP_USER).on(APP_USER.ID.eq(PROJECT_MEMBER.USER_ID))
                .where(PROJECT_MEMBER.PROJECT_ID.eq(projectId))
                .and(removed ? PROJECT_MEMBER.REMOVED_AT.isNotNull() : PROJECT_MEMBER.REMOVED_AT.isNull())
                .orderBy(PROJECT_MEMBER.ROLE, APP_USER.LOGIN)
                .fetch(ProjectRepository::toMember);
    }

    private static Member toMember(Record r) {
        return new Member(r.get(APP_USER.ID), r.get(APP_USER.LOGIN), r.get(APP_USER.DISPLAY_NAME),
                ProjectRole.fromDb(r.get(PROJECT_MEMBER.ROLE)));
    }
}
