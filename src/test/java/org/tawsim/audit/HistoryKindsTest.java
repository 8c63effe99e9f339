package org.tawsim.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.annotation.layer.event.AssignmentEvent;
import org.tawsim.annotation.layer.event.ChainEvent;
import org.tawsim.annotation.layer.event.CurationEvent;
import org.tawsim.annotation.layer.event.DocumentEvent;
import org.tawsim.annotation.layer.event.Event;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.annotation.layer.event.LabelEvent;
import org.tawsim.annotation.layer.event.MemberEvent;
import org.tawsim.annotation.layer.event.ProjectEvent;
import org.tawsim.annotation.layer.event.SpanEvent;
import org.tawsim.annotation.layer.event.UnknownEvent;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/**
 * Every kind of event reads in the History in English and in Arabic, with its facts and never as stored JSON. The
 * kinds are taken from the sealed family itself: a new kind without a sample here, or without its translations,
 * fails this test.
 */
class HistoryKindsTest extends DatabaseTest {

    /** One event of a kind, and a fact of it the History must show (null: the kind says it all). */
    record Sample(Event event, String fact) {
    }

    static final SpanEvent.Value JASIM = new SpanEvent.Value(101, 18, 22, "LOCATION");
    static final SpanEvent.Value JASIM_PERSON = new SpanEvent.Value(101, 18, 23, "PERSON");

    static final Map<Class<?>, Sample> SAMPLES = samples(
            new Sample(new SpanEvent.Created(101, 18, 22, "LOCATION", 1, 101L, null, null), "[18, 22) LOCATION"),
            new Sample(new SpanEvent.Updated(101, JASIM, JASIM_PERSON, 2, null, null, null), "[18, 23) PERSON"),
            new Sample(new SpanEvent.Deleted(101, JASIM_PERSON, 77L, 3, null, null, null), "77"),
            new Sample(new SpanEvent.Restored(101, JASIM_PERSON, null, 4, 101L, null, "gold"), "[18, 23) PERSON"),
            new Sample(new ChainEvent.Moved(List.of(new ChainEvent.Move(101, -1L), new ChainEvent.Move(102, null)), 5, null,
                    77L, null), "102"),
            new Sample(new ChainEvent.Deleted(77, 6, null, null, null), "77"),
            new Sample(new LabelEvent.Added("EVENT"), "EVENT"),
            new Sample(new LabelEvent.Changed("WEAPON"), "WEAPON"),
            new Sample(LabelEvent.Renamed.inLayer("PLACE", "LOCATION", 3, 7, new LayerOwner.Gold()), "PLACE"),
            new Sample(LabelEvent.Relabelled.inLayer("MISC", "ORG", 2, 8, new LayerOwner.Annotator(42)), "MISC"),
            new Sample(new LabelEvent.Removed("FACILITY", "ORG", 2), "FACILITY"),
            new Sample(new DocumentEvent.Imported("gold.jsonl", "jsonl", List.of(new DocumentEvent.ImportedLayer("amal", 12, 3))),
                    "gold.jsonl"),
            new Sample(new DocumentEvent.Renamed("icon", "اشتباكات جاسم"), "اشتباكات جاسم"),
            new Sample(new AssignmentEvent.Added("amal"), "amal"),
            new Sample(new AssignmentEvent.Removed("bilal"), "bilal"),
            new Sample(new AssignmentEvent.Done("dalia"), "dalia"),
            new Sample(new AssignmentEvent.Reopened("fadi"), "fadi"),
            new Sample(new MemberEvent.Added("ghada", null, "annotator"), "ghada"),
            new Sample(new MemberEvent.RoleChanged("hadi", "annotator", "lead"), "hadi"),
            new Sample(new MemberEvent.Removed("iman", "lead", null), "iman"),
            new Sample(new ProjectEvent.SharingChanged(true), null),
            new Sample(new ProjectEvent.Seeded(5), null),
            new Sample(new CurationEvent.Started("MAJORITY", List.of("amal", "karim"), 10, 2, 3), "karim"),
            new Sample(new CurationEvent.Decided(17, "accepted", 1,
                    List.of(new CurationEvent.Mention(30, 36, "PERSON", "label-removed"))), "[30, 36) PERSON"),
            new Sample(new CurationEvent.Remerged(List.of("laila"), 2, 3, 1), "laila"),
            new Sample(new CurationEvent.Curated(), null),
            new Sample(new CurationEvent.Reopened(), null),
            new Sample(new UnknownEvent("span.merged", "{\"ids\": [1, 2]}"), "span.merged")); // as jsonb gives it back

    @Autowired
    EventLog events;
    @Autowired
    DSLContext dsl;
    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AuditService audit;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyKindOfTheFamilyHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(records(Event.class));
    }

    @Test
    void everyKindReadsInEnglishAndArabicWithItsFactsNeverAsJson() throws IOException {
        Teams.Team team = teams.create("Kinds");
        long projectId = team.project().id();
        long documentId = documents.importTextFile(team.lead(), projectId, "k.txt",
                "اشتباكات في مدينة جاسم بدرعا".getBytes(StandardCharsets.UTF_8), null).id();
        new TransactionTemplate(transactions).executeWithoutResult(status -> SAMPLES.values().forEach(s -> {
            if (s.event() instanceof UnknownEvent unknown) { // never written by the app: stored as a newer version would
                dsl.insertInto(EVENT_LOG).set(EVENT_LOG.ACTOR_ID, team.lead().id()).set(EVENT_LOG.PROJECT_ID, projectId)
                        .set(EVENT_LOG.DOCUMENT_ID, documentId).set(EVENT_LOG.KIND, unknown.kind())
                        .set(EVENT_LOG.PAYLOAD, JSONB.valueOf(unknown.json())).execute();
            } else {
                events.append(team.lead().id(), projectId, documentId, s.event());
            }
        }));

        List<HistoryEntry> history = audit.history(team.lead(), documentId, null);
        List<Sample> samples = List.copyOf(SAMPLES.values());
        assertThat(history).hasSize(samples.size() + 1); // after the import of k.txt
        for (String language : List.of("en", "ar")) {
            Locale locale = Locale.forLanguageTag(language);
            BiFunction<String, Object[], String> translate = translations(language, locale);
            for (int i = 0; i < samples.size(); i++) {
                HistoryEntry entry = history.get(i + 1);
                Sample sample = samples.get(i);
                assertThat(entry.event()).isEqualTo(sample.event());
                String kind = HistoryTexts.kind(entry.event()).render(locale, translate);
                String line = render(HistoryTexts.target(entry.event()), locale, translate) + " | "
                        + render(HistoryTexts.details(entry.event()), locale, translate);
                String as = language + " " + entry.kind() + ": " + kind + " | " + line;
                assertThat(kind).as(as).isNotBlank().doesNotContain("history.", "{");
                assertThat(line).as(as).doesNotContain("{", "\":");
                if (sample.fact() != null) {
                    assertThat(kind + " " + line).as(as).contains(sample.fact());
                }
                assertThat(entry.target() + entry.details()).as(entry.kind()).doesNotContain("{", "\":");
            }
        }
    }

    private static String render(HistoryText text, Locale locale, BiFunction<String, Object[], String> translate) {
        return text == null ? "" : text.render(locale, translate);
    }

    /** Messages as the UI formats them; a key missing from the language's file fails. */
    private static BiFunction<String, Object[], String> translations(String language, Locale locale) throws IOException {
        Properties properties = new Properties();
        String file = language.equals("en") ? "translations.properties" : "translations_" + language + ".properties";
        try (Reader in = new InputStreamReader(HistoryKindsTest.class.getResourceAsStream("/vaadin-i18n/" + file),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return (key, args) -> {
            String pattern = properties.getProperty(key);
            assertThat(pattern).as(language + " " + key).isNotNull();
            return new MessageFormat(pattern, locale).format(args);
        };
    }

    private static List<Class<?>> records(Class<?> type) {
        if (type.isRecord()) {
            return List.of(type);
        }
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> sub : type.getPermittedSubclasses()) {
            records(sub).stream().filter(r -> !records.contains(r)).forEach(records::add);
        }
        return records;
    }

    private static Map<Class<?>, Sample> samples(Sample... samples) {
        Map<Class<?>, Sample> byType = new LinkedHashMap<>();
        for (Sample sample : samples) {
            byType.put(sample.event().getClass(), sample);
        }
        return byType;
    }
}
