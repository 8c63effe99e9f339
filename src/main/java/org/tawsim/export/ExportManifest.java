package org.tawsim.export;

import java.util.List;
import java.util.Map;
import org.tawsim.project.Label;

/**
 * What an export holds, written as {@code manifest.json} next to its files: enough to check the files (sha256)
 * and to know what the flat formats had to leave out.
 *
 * @param counts per source: the writer's counts (written and dropped spans or mentions)
 * @param labels per source: label → number of spans exported (before any was dropped)
 * @param split  null without a split; otherwise the ratios, the seed and the document ids of every part
 * @param curatedDocuments for a gold export, how many documents are curated (only they are exported); else null
 * @param finishedOnly     whether only documents the annotator marked done were written (null in older manifests)
 * @param unfinishedLeftOut per source: documents left out because that annotator had not marked them done
 * @param labelSet         the project's label set when the export ran (colours, keys, display names, guidelines),
 *                         so that a corpus carries what its labels mean; null in older manifests
 */
public record ExportManifest(int schemaVersion, String exportId, String format, String scheme, long projectId,
                             String projectName, String createdAt, String createdBy, int documentCount,
                             List<String> sources, Map<String, Map<String, Integer>> labels,
                             Map<String, Map<String, Integer>> counts, SplitInfo split, List<FileEntry> files,
                             Integer curatedDocuments, Boolean finishedOnly, Map<String, Integer> unfinishedLeftOut,
                             List<Label> labelSet) {

    public static final int SCHEMA_VERSION = 1;

    public record SplitInfo(double train, double dev, double test, long seed, Map<String, List<String>> documents) {
    }

    /** One exported file; {@code part} is null without a split. */
    public record FileEntry(String name, String source, String part, int documents, long bytes, String sha256,
                            Map<String, Integer> counts) {
    }
}
