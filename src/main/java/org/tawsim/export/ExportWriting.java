package org.tawsim.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tawsim.annotation.layer.Chain;
import org.tawsim.annotation.layer.LayerContent;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.annotation.layer.LayerSnapshots;
import org.tawsim.annotation.layer.Span;
import org.tawsim.export.ExportManifest.FileEntry;
import org.tawsim.export.ExportRepository.DocumentText;
import org.tawsim.export.ExportRepository.Source;
import org.tawsim.format.CorpusDocument;
import org.tawsim.format.CorpusSpan;
import org.tawsim.format.WriteOptions;
import org.tawsim.text.TextRange;

/**
 * One export being written: documents are read a page at a time and every (document, source) goes to the
 * file of that source and split part as soon as it is read.
 */
class ExportWriting {

    static final int PAGE_SIZE = 50;
    /** {@code meta.status} of a document: the assignment status, or these when there is no assignment. */
    static final String DONE = "done";
    static final String UNASSIGNED = "unassigned";
    static final String CURATED = "curated";

    private final ExportRepository repository;
    private final LayerSnapshots layers;
    private final long projectId;
    private final ExportRequest request;
    private final List<Source> sources;
    private final Map<Long, String> parts;
    private final int documentCount;
    private final ExportProgress progress;
    private final boolean curatedOnly;
    private final Map<String, Map<String, Integer>> labels = new LinkedHashMap<>();
    private final Map<String, List<String>> documentsByPart = new LinkedHashMap<>();
    private final Map<String, Integer> unfinishedLeftOut = new LinkedHashMap<>();
    private int written;

    ExportWriting(ExportRepository repository, LayerSnapshots layers, long projectId, ExportRequest request, List<Source> sources,
                  Map<Long, String> parts, int documentCount, ExportProgress progress) {
        this(repository, layers, projectId, request, sources, parts, documentCount, progress, false);
    }

    /** With {@code curatedOnly}, only curated documents are read (gold exports). */
    ExportWriting(ExportRepository repository, LayerSnapshots layers, long projectId, ExportRequest request, List<Source> sources,
                  Map<Long, String> parts, int documentCount, ExportProgress progress, boolean curatedOnly) {
        this.curatedOnly = curatedOnly;
        this.repository = repository;
        this.layers = layers;
        this.projectId = projectId;
        this.request = request;
        this.sources = sources;
        this.parts = parts;
        this.documentCount = documentCount;
        this.progress = progress;
        sources.forEach(s -> labels.put(s.login(), new TreeMap<>()));
        sources.forEach(s -> unfinishedLeftOut.put(s.login(), 0));
    }

    /** Writes every file into {@code dir} and returns them in order, with sizes and hashes. */
    List<FileEntry> writeInto(Path dir) throws IOException {
        List<String> partNames = request.split() == null ? Collections.singletonList(null) : ExportSplit.PARTS;
        Map<String, SourceFile> files = new LinkedHashMap<>();
        try {
            for (Source source : sources) {
                for (String part : partNames) {
                    String name = source.login() + (part == null ? "" : "." + part) + "." + request.format().extension();
                    files.put(key(source.login(), part), SourceFile.open(request.format(), new WriteOptions(request.scheme()), name,
                            source.login(), part, new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)))));
                }
            }
            writeDocuments(files);
        } finally {
            for (SourceFile file : files.values()) {
                file.close();
            }
        }
        List<FileEntry> entries = new ArrayList<>();
        for (SourceFile file : files.values()) {
            Path path = dir.resolve(file.name);
            entries.add(new FileEntry(file.name, file.source, file.part, file.documents, Files.size(path),
                    ExportStore.sha256(path), file.counts()));
        }
        return entries;
    }

    /** Documents written (each once, whatever the number of sources). */
    int documentsWritten() {
        return written;
    }

    Map<String, Map<String, Integer>> labels() {
        return labels;
    }

    Map<String, List<String>> documentsByPart() {
        return documentsByPart;
    }

    /** Per source, the documents left out because the annotator had not marked them done. */
    Map<String, Integer> unfinishedLeftOut() {
        return unfinishedLeftOut;
    }

    private void writeDocuments(Map<String, SourceFile> files) throws IOException {
        List<LayerOwner> owners = sources.stream().map(Source::owner).toList();
        List<Long> annotatorIds = owners.stream().filter(o -> o instanceof LayerOwner.Annotator)
                .map(o -> ((LayerOwner.Annotator) o).id()).toList();
        boolean shareBoundaries = sources.size() > 1;
        long after = 0;
        int read = 0;
        progress.documents(0, documentCount);
        while (true) {
            long from = after;
            Page page = layers.read(reads -> {
                List<DocumentText> documents = repository.documentsAfter(projectId, from, PAGE_SIZE, curatedOnly);
                List<Long> ids = documents.stream().map(DocumentText::id).toList();
                Map<LayerKey, LayerContent> byKey = new HashMap<>();
                reads.layers(ids, owners).forEach(layer -> byKey.put(layer.key(), layer));
                return new Page(documents, byKey, curatedOnly || ids.isEmpty() ? Map.of() : repository.statuses(ids, annotatorIds));
            });
            if (page.documents().isEmpty()) {
                break;
            }
            List<Long> ids = page.documents().stream().map(DocumentText::id).toList();
            Map<Long, Map<Long, String>> statuses = page.statuses();
            for (DocumentText doc : page.documents()) {
                List<TextRange> shared = shareBoundaries ? boundaries(doc.id(), page.layers()) : List.of();
                String part = parts.get(doc.id());
                if (request.split() != null && part == null) {
                    continue; // added after the split was drawn: it belongs to the next export
                }
                boolean any = false;
                for (Source source : sources) {
                    String status = curatedOnly || !(source.owner() instanceof LayerOwner.Annotator annotator) ? CURATED
                            : statuses.getOrDefault(doc.id(), Map.of()).getOrDefault(annotator.id(), UNASSIGNED);
                    if (request.finishedOnly() && !DONE.equals(status)) {
                        unfinishedLeftOut.merge(source.login(), 1, Integer::sum);
                        continue;
                    }
                    CorpusDocument exported = document(doc, source, status, page.layers().get(new LayerKey(doc.id(), source.owner())));
                    exported.spans().forEach(s -> labels.get(source.login()).merge(s.label(), 1, Integer::sum));
                    files.get(key(source.login(), part)).write(exported, shared);
                    any = true;
                }
                if (any) {
                    written++;
                    if (part != null) {
                        documentsByPart.computeIfAbsent(part, p -> new ArrayList<>()).add(doc.externalId());
                    }
                }
            }
            after = ids.get(ids.size() - 1);
            read += page.documents().size();
            progress.documents(Math.min(read, documentCount), documentCount);
        }
        progress.documents(documentCount, documentCount);
    }

    /** One page of documents with their layers and assignment statuses, read in one snapshot. */
    private record Page(List<DocumentText> documents, Map<LayerKey, LayerContent> layers, Map<Long, Map<Long, String>> statuses) {
    }

    /** Every exported layer's span boundaries in the document, so that all sources are cut into the same tokens. */
    private static List<TextRange> boundaries(long documentId, Map<LayerKey, LayerContent> layers) {
        return layers.values().stream().filter(l -> l.key().documentId() == documentId).flatMap(l -> l.spans().stream())
                .sorted(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                        .thenComparingLong(Span::id))
                .map(s -> new TextRange(s.start(), s.end())).toList();
    }

    /** A layer (null: empty) as written: spans in text order, chain mentions by start then id. */
    private static CorpusDocument document(DocumentText doc, Source source, String status, LayerContent layer) {
        List<Span> stored = layer == null ? List.of() : layer.spans();
        List<CorpusSpan> spans = stored.stream().map(s -> new CorpusSpan(s.id(), s.start(), s.end(), s.label())).toList();
        Map<Long, Span> byId = new HashMap<>();
        stored.forEach(s -> byId.put(s.id(), s));
        Map<Long, List<Long>> chains = new LinkedHashMap<>();
        for (Chain chain : layer == null ? List.<Chain>of() : layer.chains()) {
            chains.put(chain.id(), chain.spanIds().stream()
                    .sorted(Comparator.comparingInt((Long id) -> byId.get(id).start()).thenComparingLong(id -> id)).toList());
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", doc.title());
        meta.put("status", status);
        return new CorpusDocument(doc.externalId(), doc.text(), source.login(), meta, spans, List.copyOf(chains.values()));
    }

    private static String key(String login, String part) {
        return login + "\u0000" + part;
    }
}
