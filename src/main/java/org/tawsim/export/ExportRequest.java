package org.tawsim.export;

import org.tawsim.format.TagScheme;

/**
 * What to export. Null fields take defaults: JSONL, IOB2, every annotator, no split, finished documents only.
 *
 * @param annotator    the annotator's login when {@code sources} is {@link ExportSources#ANNOTATOR}
 * @param split        null for one file per source, otherwise train/dev/test files
 * @param finishedOnly annotator sources: write a document for an annotator only when their assignment is done
 *                     (default); false writes every document, never-opened ones as documents without spans. A gold
 *                     export holds curated documents only, so it is always false there.
 */
public record ExportRequest(ExportFormat format, TagScheme scheme, ExportSources sources, String annotator,
                            ExportSplit split, Boolean finishedOnly) {

    public ExportRequest {
        format = format == null ? ExportFormat.JSONL : format;
        scheme = scheme == null ? TagScheme.IOB2 : scheme;
        sources = sources == null ? ExportSources.ALL_ANNOTATORS : sources;
        finishedOnly = sources != ExportSources.GOLD && (finishedOnly == null || finishedOnly);
    }

    /** Every document, finished or not: for exports of imported layers, which have no assignment to finish. */
    public ExportRequest(ExportFormat format, TagScheme scheme, ExportSources sources, String annotator, ExportSplit split) {
        this(format, scheme, sources, annotator, split, false);
    }
}
