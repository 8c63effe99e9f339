package org.tawsim.corpusimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.annotation.layer.NewSpan;
import org.tawsim.annotation.layer.event.DocumentEvent;
import org.tawsim.base.AlreadyExists;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentStore;
import org.tawsim.corpus.NewDocument;
import org.tawsim.corpus.PlainTextDecoder;
import org.tawsim.corpus.UploadLimit;
import org.tawsim.format.CorpusDocument;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusSpan;
import org.tawsim.format.FormatException;
import org.tawsim.format.TextRules;
import org.tawsim.project.Label;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.text.Headline;

/**
 * Imports annotated corpus files into a project, for leads. A file is stored whole or not at all: the file is
 * read and checked completely before anything is inserted, and the inserts share one transaction. Each
 * imported document gets one event in its history (who imported which file, and how many spans and chains
 * went into each annotator's layer): one row per document, not per span, however big the import.
 */
@Service
public class CorpusImportService {

    private static final int MAX_ID = 200;
    private static final int MAX_TITLE = 500;

    private final DocumentStore store;
    private final ProjectService projects;
    private final UploadLimit limit;
    private final DocumentService documents;
    private final Layers layers;

    CorpusImportService(DocumentStore store, ProjectService projects, UploadLimit limit, DocumentService documents,
                        Layers layers) {
        this.store = store;
        this.layers = layers;
        this.projects = projects;
        this.limit = limit;
        this.documents = documents;
    }

    /** How large an uploaded file may be. */
    public UploadLimit uploadLimit() {
        return limit;
    }

    /** Logins of the project's annotators, who can receive imported spans. */
    public List<String> annotators(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        return projects.members(lead, projectId).stream().filter(m -> m.role() == ProjectRole.ANNOTATOR)
                .map(Member::login).sorted().toList();
    }

    /** The project's labels, for choosing the label of unlabelled coreference mentions. */
    public List<String> labels(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        return projects.labels(lead, projectId).stream().map(Label::name).toList();
    }

    /**
     * @param annotator login whose layer receives the spans of records that name no source (doccano, CoNLL);
     *                  may be null when the file has no such spans
     */
    @Transactional // a call inside the class does not pass the proxy: both entries need it
    public ImportResult importFile(UserAccount lead, long projectId, CorpusFormat format, String fileName, byte[] bytes,
                                   String annotator) {
        return importFile(lead, projectId, format, fileName, new ByteArrayInputStream(bytes), annotator, null);
    }

    /** As {@link #importFile(UserAccount, long, CorpusFormat, String, InputStream, String, String)} over bytes. */
    @Transactional
    public ImportResult importFile(UserAccount lead, long projectId, CorpusFormat format, String fileName, byte[] bytes,
                                   String annotator, String unlabelledMention) {
        return importFile(lead, projectId, format, fileName, new ByteArrayInputStream(bytes), annotator,
                unlabelledMention);
    }

    /** As above, reading at most the {@link UploadLimit} from {@code in} (the caller closes it). */
    @Transactional
    public ImportResult importFile(UserAccount lead, long projectId, CorpusFormat format, String fileName, InputStream in,
                                   String annotator) {
        return importFile(lead, projectId, format, fileName, in, annotator, null);
    }

    /**
     * @param annotator         login whose layer receives the spans of records that name no source (doccano,
     *                          CoNLL); may be null when the file has no such spans
     * @param unlabelledMention label of mentions that have none and whose chain gives none (CoNLL-2012 mentions
     *                          nested in a named entity, pronouns); null to refuse such a file
     */
    @Transactional
    public ImportResult importFile(UserAccount lead, long projectId, CorpusFormat format, String fileName, InputStream in,
                                   String annotator, String unlabelledMention) {
        projects.requireLead(lead, projectId);
        byte[] bytes = limit.read(fileName, in);
        if (PlainTextDecoder.looksLikeUtf16WithoutBom(bytes)) {
            throw new UserError("import.error.utf16", fileName);
        }
        Set<String> labels = projects.labels(lead, projectId).stream().map(Label::name).collect(Collectors.toSet());
        List<CorpusDocument> records;
        try {
            records = format.reader(labels).readAll(new ByteArrayInputStream(bytes), fileName);
        } catch (FormatException e) {
            throw new UserError("corpus-import.error.line", e.fileName(), e.line(), e.problem());
        } catch (IOException e) {
            throw new UserError("corpus-import.error.unreadable", fileName);
        }
        if (unlabelledMention != null && !labels.contains(unlabelledMention)) {
            throw new UserError("corpus-import.error.unknown-label", unlabelledMention);
        }
        List<String> skippedEmpty = records.stream().filter(r -> r.text().isEmpty()).map(CorpusDocument::id)
                .distinct().toList();
        records = records.stream().filter(r -> !r.text().isEmpty())
                .map(r -> MentionLabels.label(fileName, r, unlabelledMention)).toList();
        if (records.isEmpty()) {
            throw new UserError("corpus-import.error.empty", fileName);
        }
        records.forEach(r -> refuseDuplicateSpans(fileName, r));
        Map<String, Long> annotators = projects.members(lead, projectId).stream()
                .filter(m -> m.role() == ProjectRole.ANNOTATOR)
                .collect(Collectors.toMap(Member::login, Member::userId));
        Map<String, List<CorpusDocument>> byId = groupById(fileName, records);
        List<String> taken = store.existingExternalIds(projectId, byId.keySet());
        if (!taken.isEmpty()) {
            throw new AlreadyExists("corpus-import.error.duplicate", fileName, String.join(", ", taken));
        }
        int spans = 0;
        int chains = 0;
        List<Long> storedIds = new ArrayList<>(byId.size());
        Map<String, ImportResult.LayerCount> perAnnotator = new TreeMap<>();
        for (List<CorpusDocument> sameDocument : byId.values()) {
            CorpusDocument first = sameDocument.get(0);
            long documentId = store.insert(projectId,
                    new NewDocument(first.id(), title(first), first.text(), fileName));
            storedIds.add(documentId);
            List<DocumentEvent.ImportedLayer> layers = new ArrayList<>();
            for (CorpusDocument record : sameDocument) {
                if (record.spans().isEmpty() && record.chains().isEmpty()) {
                    continue;
                }
                long annotatorId = annotatorOf(fileName, record, annotator, annotators);
                String login = loginOf(annotatorId, annotators);
                layers.add(new DocumentEvent.ImportedLayer(login, record.spans().size(), record.chains().size()));
                perAnnotator.merge(login, new ImportResult.LayerCount(record.spans().size(), record.chains().size()),
                        (a, b) -> new ImportResult.LayerCount(a.spans() + b.spans(), a.chains() + b.chains()));
                Map<Long, Integer> index = new HashMap<>();
                List<NewSpan> newSpans = new ArrayList<>();
                for (CorpusSpan span : record.spans()) {
                    index.put(span.id(), newSpans.size());
                    newSpans.add(NewSpan.by(lead.id(), span.start(), span.end(), span.label()));
                }
                List<List<Integer>> chainIndexes = record.chains().stream()
                        .map(chain -> chain.stream().map(index::get).toList()).toList();
                this.layers.load(LayerKey.annotator(documentId, annotatorId), projectId, null, newSpans, chainIndexes, lead.id());
                spans += record.spans().size();
                chains += record.chains().size();
            }
            documents.recordImport(lead, projectId, documentId,
                    new DocumentEvent.Imported(fileName, format.importName().toLowerCase(Locale.ROOT), List.copyOf(layers)));
        }
        return new ImportResult(fileName, List.copyOf(byId.keySet()), spans, chains, skippedEmpty, storedIds, perAnnotator);
    }

    /** A layer holds one span per range and label (as the editor makes them); a second one is a slip in the file. */
    private static void refuseDuplicateSpans(String fileName, CorpusDocument record) {
        Set<List<Object>> seen = new HashSet<>();
        for (CorpusSpan span : record.spans()) {
            if (!seen.add(List.of(span.start(), span.end(), span.label()))) {
                throw new UserError("corpus-import.error.duplicate-span", fileName, record.id(), span.label(),
                        span.start(), span.end());
            }
        }
    }

    /** Records of one document (one per source) share its id and text; the same source twice is a mistake. */
    private static Map<String, List<CorpusDocument>> groupById(String fileName, List<CorpusDocument> records) {
        Map<String, List<CorpusDocument>> byId = new LinkedHashMap<>();
        for (CorpusDocument record : records) {
            if (record.id().length() > MAX_ID) {
                throw new UserError("corpus-import.error.id-too-long", fileName, record.id().substring(0, 40) + "…");
            }
            List<CorpusDocument> same = byId.computeIfAbsent(record.id(), id -> new ArrayList<>());
            boolean clash = same.stream().anyMatch(other -> !other.text().equals(record.text())
                    || Objects.equals(other.source(), record.source()));
            if (clash) {
                throw new UserError("corpus-import.error.duplicate-in-file", fileName, record.id());
            }
            same.add(record);
        }
        return byId;
    }

    private static long annotatorOf(String fileName, CorpusDocument record, String chosen, Map<String, Long> annotators) {
        String login = record.source() != null ? record.source() : chosen;
        if (login == null || login.isBlank()) {
            throw new UserError("corpus-import.error.no-source", fileName, record.id());
        }
        if (login.equals("gold")) {
            throw new UserError("corpus-import.error.gold", fileName);
        }
        Long id = annotators.get(login.strip());
        if (id == null) {
            throw new UserError("corpus-import.error.no-such-annotator", fileName, login);
        }
        return id;
    }

    private static String loginOf(long annotatorId, Map<String, Long> annotators) {
        return annotators.entrySet().stream().filter(e -> e.getValue() == annotatorId).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static String title(CorpusDocument document) {
        Object title = document.meta().get("title");
        String candidate = title instanceof String s && !s.isBlank() && TextRules.problem(s) == null ? s.strip()
                : Headline.of(document.text(), document.id());
        if (candidate.isEmpty()) {
            candidate = document.id();
        }
        return candidate.codePointCount(0, candidate.length()) <= MAX_TITLE / 2 ? candidate
                : candidate.substring(0, candidate.offsetByCodePoints(0, MAX_TITLE / 2));
    }
}
