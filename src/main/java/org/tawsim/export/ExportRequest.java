package org.tawsim.export;

import org.tawsim.export.format.TagScheme;

/**
 * What to export. Null fields take defaults: JSONL, IOB2, every annotator, no split.
 *
 * @param annotator the annotator's login when {@code sources} is {@link ExportSources#ANNOTATOR}
 * @param split     null for one file per source, otherwise train/dev/test files
 */
public record ExportRequest(ExportFormat format, TagScheme scheme, ExportSources sources, String annotator,
                            ExportSplit split) {

    public ExportRequest {
        format = format == null ? ExportFormat.JSONL : format;
        scheme = scheme == null ? TagScheme.IOB2 : scheme;
        sources = sources == null ? ExportSources.ALL_ANNOTATORS : sources;
    }
}
