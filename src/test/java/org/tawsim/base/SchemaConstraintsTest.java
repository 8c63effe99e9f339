package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.EVENT_LOG;
import static org.tawsim.db.Tables.LABEL;
import static org.tawsim.db.Tables.PROJECT;
import static org.tawsim.db.Tables.SPAN;

import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.DatabaseTest;

/** The database itself refuses impossible annotations, whatever code writes them. */
class SchemaConstraintsTest extends DatabaseTest {

    @Autowired
    DSLContext dsl;

    long projectId;
    long documentId;
    long annotatorId;

    @BeforeEach
    void oneDocument() {
        annotatorId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.LOGIN.eq("annotator1")).fetchOne(APP_USER.ID);
        projectId = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.NAME.eq("Arabic news (demo)")).fetchOne(PROJECT.ID);
        documentId = dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.PROJECT_ID, projectId)
                .set(DOCUMENT.EXTERNAL_ID, "constraints-" + System.nanoTime())
                .set(DOCUMENT.TITLE, "اختبار")
                .set(DOCUMENT.TEXT, "من وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟")
                .set(DOCUMENT.SHA256, "0".repeat(64))
                .returning(DOCUMENT.ID).fetchOne(DOCUMENT.ID);
    }

    @Test
    void labelNamesAndColoursCannotCarryMarkupOrCss() {
        // Label names and colours reach the editor's CSS and every export column: the schema keeps them plain.
        assertThatThrownBy(() -> insertLabel("<SCRIPT>", "#123456"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("label_name_ck");
        assertThatThrownBy(() -> insertLabel("X\tY", "#123456"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("label_name_ck");
        assertThatThrownBy(() -> insertLabel("SAFE", "red;x:y"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("label_colour_ck");
    }

    private void insertLabel(String name, String colour) {
        dsl.insertInto(LABEL).set(LABEL.PROJECT_ID, projectId).set(LABEL.NAME, name).set(LABEL.COLOUR, colour)
                .set(LABEL.POSITION, 99).execute();
    }

    @Test
    void acceptsAValidSpanOnAClitic() {
        // "بدرعا" starts at 40; the span leaves out the clitic ب: درعا = [41, 45)
        long id = insertSpan(41, 45, "LOCATION");
        assertThat(id).isPositive();
    }

    @Test
    void rejectsAnInvertedSpan() {
        assertThatThrownBy(() -> insertSpan(10, 5, "PERSON"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("span_range_ck");
    }

    @Test
    void rejectsAnEmptySpan() {
        assertThatThrownBy(() -> insertSpan(7, 7, "PERSON"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("span_range_ck");
    }

    @Test
    void rejectsANegativeStart() {
        assertThatThrownBy(() -> insertSpan(-1, 3, "PERSON"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("span_range_ck");
    }

    @Test
    void rejectsASpanBeyondTheText() {
        // The text has 46 code points: end 46 is allowed, 47 is not.
        assertThat(insertSpan(45, 46, "EVENT")).isPositive();
        assertThatThrownBy(() -> insertSpan(40, 47, "LOCATION"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("beyond the text length 46");
    }

    @Test
    void rejectsALabelOutsideTheProjectsSet() {
        assertThatThrownBy(() -> insertSpan(0, 2, "WEAPON"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("span_label_fk");
    }

    @Test
    void rejectsTheSameSpanTwiceForOneSource() {
        insertSpan(35, 39, "LOCATION");
        assertThatThrownBy(() -> insertSpan(35, 39, "LOCATION"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("span_annotator_uk");
    }

    @Test
    void refusesToRewriteTheEventLog() {
        long eventId = dsl.insertInto(EVENT_LOG).set(EVENT_LOG.KIND, "test.event").returning(EVENT_LOG.ID).fetchOne(EVENT_LOG.ID);
        assertThatThrownBy(() -> dsl.update(EVENT_LOG).set(EVENT_LOG.KIND, "changed").where(EVENT_LOG.ID.eq(eventId)).execute())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("event_log is append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(EVENT_LOG).where(EVENT_LOG.ID.eq(eventId)).execute())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("event_log is append-only");
    }

    @Test
    void refusesToChangeAStoredText() {
        assertThatThrownBy(() -> dsl.update(DOCUMENT).set(DOCUMENT.TEXT, "نص آخر").where(DOCUMENT.ID.eq(documentId)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("document_text_immutable");
    }

    private long insertSpan(int start, int end, String label) {
        return dsl.insertInto(SPAN)
                .set(SPAN.DOCUMENT_ID, documentId)
                .set(SPAN.PROJECT_ID, projectId)
                .set(SPAN.ANNOTATOR_ID, annotatorId)
                .set(SPAN.START_OFFSET, start)
                .set(SPAN.END_OFFSET, end)
                .set(SPAN.LABEL, label)
                .set(SPAN.CREATED_BY, annotatorId)
                .set(SPAN.UPDATED_BY, annotatorId)
                .returning(SPAN.ID).fetchOne(SPAN.ID);
    }
}
