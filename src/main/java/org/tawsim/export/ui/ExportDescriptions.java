package org.tawsim.export.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tawsim.base.ui.UserText;
import org.tawsim.export.ExportManifest;

/** An export's manifest in the reader's words: its date, its format's name and what it left out. */
final class ExportDescriptions {

    /** The page's translations, {@code getTranslation(key, args)}. */
    interface Translations {
        String get(String key, Object... args);
    }

    /** Counts that say what was written rather than left out. */
    private static final List<String> WRITTEN = List.of("written", "chains");

    private ExportDescriptions() {
    }

    /** The creation time in the reader's locale, in UTC (the export id's clock). */
    static String createdAt(ExportManifest manifest, Locale locale, Translations t) {
        try {
            return t.get("export.list.created-at", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                    .withZone(ZoneOffset.UTC).format(Instant.parse(manifest.createdAt())));
        } catch (DateTimeParseException | NullPointerException e) {
            return manifest.exportId();
        }
    }

    static String format(ExportManifest manifest, Translations t) {
        String name = t.get("export.format." + manifest.format().toLowerCase(Locale.ROOT));
        return manifest.scheme() == null ? name : name + " " + manifest.scheme();
    }

    /** Per source, every non-zero dropped count and the unfinished documents left out; "nothing" when none. */
    static String leftOut(ExportManifest manifest, Translations t) {
        List<String> perSource = new ArrayList<>();
        for (String source : manifest.sources()) {
            List<String> parts = new ArrayList<>();
            Map<String, Integer> unfinished = manifest.unfinishedLeftOut() == null ? Map.of() : manifest.unfinishedLeftOut();
            if (unfinished.getOrDefault(source, 0) > 0) {
                parts.add(t.get("export.count.unfinished", unfinished.get(source)));
            }
            manifest.counts().getOrDefault(source, Map.of()).forEach((key, n) -> {
                if (!WRITTEN.contains(key) && n > 0) {
                    parts.add(t.get("export.count." + key, n));
                }
            });
            if (!parts.isEmpty()) {
                perSource.add(UserText.isolate(source) + ": " + String.join(t.get("export.list.separator"), parts));
            }
        }
        return perSource.isEmpty() ? t.get("export.list.nothing-left-out") : String.join(" · ", perSource);
    }
}
