package org.tawsim.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tawsim.base.ui.UserText;
import org.tawsim.export.ExportManifest;

/** The export list's words for a manifest: date, format name and what was left out, from the manifest's counts. */
class ExportDescriptionsTest {

    /** Answers "key[args]", so the test sees which message was asked for and with what. */
    static final ExportDescriptions.Translations KEYS = (key, args) ->
            args.length == 0 ? key : key + Arrays.toString(args);

    @Test
    void saysWhatEachSourceLostAndNothingWhenNothingWasLost() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put("annotator1", ordered("written", 3, "droppedNested", 1, "droppedWithoutTokens", 0));
        counts.put("annotator2", ordered("written", 2, "droppedNested", 0, "droppedWithoutTokens", 0));
        ExportManifest manifest = manifest("CONLL_NER", "IOB2", counts, Map.of("annotator1", 0, "annotator2", 4));

        assertThat(ExportDescriptions.leftOut(manifest, KEYS)).isEqualTo(
                UserText.isolate("annotator1") + ": export.count.droppedNested[1] · "
                        + UserText.isolate("annotator2") + ": export.count.unfinished[4]");
        assertThat(ExportDescriptions.format(manifest, KEYS)).isEqualTo("export.format.conll_ner IOB2");

        ExportManifest clean = manifest("JSONL", null, Map.of("annotator1", ordered("written", 3, "chains", 1),
                "annotator2", ordered("written", 2, "chains", 0)), null);
        assertThat(ExportDescriptions.leftOut(clean, KEYS)).isEqualTo("export.list.nothing-left-out");
        assertThat(ExportDescriptions.format(clean, KEYS)).isEqualTo("export.format.jsonl");
    }

    @Test
    void theDateIsTheCreationTimeInUtcNotTheExportId() {
        ExportManifest manifest = manifest("JSONL", null, Map.of(), null);
        assertThat(ExportDescriptions.createdAt(manifest, Locale.ENGLISH, KEYS))
                .startsWith("export.list.created-at[").contains("Nov 25, 2026").contains("6:35:52").doesNotContain("20261125T");
    }

    private static ExportManifest manifest(String format, String scheme, Map<String, Map<String, Integer>> counts,
                                           Map<String, Integer> unfinished) {
        return new ExportManifest(1, "20261125T183552.360Z", format, scheme, 2, "Arabic news", "2026-11-25T18:35:52.360646901Z",
                "ml", 3, List.of("annotator1", "annotator2"), Map.of(), counts, null, List.of(), null,
                unfinished != null, unfinished, List.of());
    }

    private static Map<String, Integer> ordered(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }
}
