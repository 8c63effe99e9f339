package org.tawsim.project;

import static org.tawsim.db.Tables.LABEL;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The rows of a project's label set. Renaming a row renames its spans too (span_label_fk cascades updates). */
@Repository
class LabelRepository {

    private final DSLContext dsl;

    LabelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The label set in order, its rows locked until the transaction ends: two leads' edits queue up. */
    List<Label> lockAll(long projectId) {
        return dsl.selectFrom(LABEL).where(LABEL.PROJECT_ID.eq(projectId)).orderBy(LABEL.POSITION, LABEL.NAME).forUpdate()
                .fetch(r -> new Label(r.getName(), r.getColour(), r.getHotkey(), r.getPosition(), r.getDisplayEn(),
                        r.getDisplayAr(), r.getGuideline()));
    }

    void insert(long projectId, Label label) {
        dsl.insertInto(LABEL)
                .set(LABEL.PROJECT_ID, projectId)
                .set(LABEL.NAME, label.name())
                .set(LABEL.COLOUR, label.colour())
                .set(LABEL.HOTKEY, label.hotkey())
                .set(LABEL.POSITION, label.position())
                .set(LABEL.DISPLAY_EN, label.displayEn())
                .set(LABEL.DISPLAY_AR, label.displayAr())
                .set(LABEL.GUIDELINE, label.guideline())
                .execute();
    }

    /** Writes the label over the row named {@code name}; a new name renames the row and its spans. */
    void update(long projectId, String name, Label label) {
        dsl.update(LABEL)
                .set(LABEL.NAME, label.name())
                .set(LABEL.COLOUR, label.colour())
                .set(LABEL.HOTKEY, label.hotkey())
                .set(LABEL.POSITION, label.position())
                .set(LABEL.DISPLAY_EN, label.displayEn())
                .set(LABEL.DISPLAY_AR, label.displayAr())
                .set(LABEL.GUIDELINE, label.guideline())
                .where(LABEL.PROJECT_ID.eq(projectId).and(LABEL.NAME.eq(name)))
                .execute();
    }

    void rename(long projectId, String name, String newName) {
        dsl.update(LABEL).set(LABEL.NAME, newName).where(LABEL.PROJECT_ID.eq(projectId).and(LABEL.NAME.eq(name))).execute();
    }

    /** Hotkeys off for the whole set, before rows are rewritten one by one (the unique hotkey holds per row). */
    void clearHotkeys(long projectId) {
        dsl.update(LABEL).setNull(LABEL.HOTKEY).where(LABEL.PROJECT_ID.eq(projectId)).execute();
    }

    void delete(long projectId, String name) {
        dsl.deleteFrom(LABEL).where(LABEL.PROJECT_ID.eq(projectId).and(LABEL.NAME.eq(name))).execute();
    }
}
