package org.tawsim.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tawsim.export.ExportManifest.FileEntry;
import org.tawsim.export.ExportRepository.ChainMember;
import org.tawsim.export.ExportRepository.DocumentText;
import org.tawsim.export.ExportRepository.Source;
import org.tawsim.export.ExportRepository.SourceSpan;
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

    ExportWriting(ExportRepository repository, long projectId, ExportRequest request, List<Source> sources, Map<Long, String> parts,
                  int documentCount, ExportProgress progress) {
        this(repository, projectId, request, sources, parts, documentCount, progress, false);
    }

    /** With {@code curatedOnly}, only curated documents are read (gold exports). */
    ExportWriting(ExportRepository repository, long projectId, ExportRequest request, List<Source> sources, Map<Long, String> parts,
                  int documentCount, ExportProgress progress, boolean curatedOnly) {
        this.curatedOnly = curatedOnly;
        this.repository = repository;
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
        List<Long> annotatorIds = sources.stream().map(Source::annotatorId).toList();
        boolean shareBoundaries = sources.size() > 1;
        long after = 0;
        int read = 0;
        progress.documents(0, documentCount);
        while (true) {
            List<DocumentText> page = repository.documentsAfter(projectId, after, PAGE_SIZE, curatedOnly);
            if (page.isEmpty()) {
                break;
            }
            List<Long> ids = page.stream().map(DocumentText::id).toList();
            Map<Long, List<SourceSpan>> spans = new HashMap<>();
            repository.spans(ids, annotatorIds).forEach(s -> spans.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
            Map<Long, List<ChainMember>> chains = new HashMap<>();
            repository.chainMembers(ids, annotatorIds).forEach(c -> chains.computeIfAbsent(c.documentId(), d -> new ArrayList<>()).add(c));
            Map<Long, Map<Long, String>> statuses = curatedOnly ? Map.of() : repository.statuses(ids, annotatorIds);
            for (DocumentText doc : page) {
                List<SourceSpan> docSpans = spans.getOrDefault(doc.id(), List.of());
                List<TextRange> shared = shareBoundaries
                        ? docSpans.stream().map(s -> new TextRange(s.start(), s.end())).toList() : List.of();
                String part = parts.get(doc.id());
                if (request.split() != null && part == null) {
                    continue; // added after the split was drawn: it belongs to the next export
                }
                boolean any = false;
                for (Source source : sources) {
                    String status = curatedOnly ? CURATED : statuses.getOrDefault(doc.id(), Map.of())
                            .getOrDefault(source.annotatorId(), UNASSIGNED);
                    if (request.finishedOnly() && !DONE.equals(status)) {
                        unfinishedLeftOut.merge(source.login(), 1, Integer::sum);
                        continue;
                    }
                    CorpusDocument exported = document(doc, source, status, docSpans, chains.getOrDefault(doc.id(), List.of()));
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
            read += page.size();
            progress.documents(Math.min(read, documentCount), documentCount);
        }
        progress.documents(documentCount, documentCount);
    }

    private static CorpusDocument document(DocumentText doc, Source source, String status, List<SourceSpan> docSpans,
                                           List<ChainMember> docChains) {
        List<CorpusSpan> spans = docSpans.stream().filter(s -> s.annotatorId() == source.annotatorId())
                .map(s -> new CorpusSpan(s.id(), s.start(), s.end(), s.label())).toList();
        Map<Long, List<Long>> chains = new LinkedHashMap<>();
        for (ChainMember member : docChains) {
            if (member.annotatorId() == source.annotatorId()) {
                chains.computeIfAbsent(member.chainId(), c -> new ArrayList<>()).add(member.spanId());
            }
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
