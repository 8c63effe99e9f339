package org.tawsim.export;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
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
public record ExportRequest(@Schema(type = "string", example = "CONLL_NER",
                                    description = "JSONL, CONLL_NER (also CONLL_BIO) or CONLL_2012, in any case")
                            CorpusFormat format, TagScheme scheme, ExportSources sources, String annotator,
                            ExportSplit split, Boolean finishedOnly) {

    public ExportRequest {
        format = format == null ? CorpusFormats.JSONL : format;
        scheme = scheme == null ? TagScheme.IOB2 : scheme;
        sources = sources == null ? ExportSources.ALL_ANNOTATORS : sources;
        finishedOnly = sources != ExportSources.GOLD && (finishedOnly == null || finishedOnly);
    }

    /** Every document, finished or not: for exports of imported layers, which have no assignment to finish. */
    public ExportRequest(CorpusFormat format, TagScheme scheme, ExportSources sources, String annotator, ExportSplit split) {
        this(format, scheme, sources, annotator, split, false);
    }
}
