package org.tawsim.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LayerSnapshots;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.base.UserError;
import org.tawsim.export.ExportManifest.FileEntry;
import org.tawsim.export.ExportManifest.SplitInfo;
import org.tawsim.export.ExportRepository.Source;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/**
 * Corpus exports of a project for leads, admins and viewers (ML engineers): files under the exports folder
 * with a {@code manifest.json}, written document by document so memory does not grow with the corpus.
 */
@Service
public class ExportService {

    private final ExportRepository repository;
    private final ExportStore store;
    private final ProjectService projects;
    private final Layers layers;
    private final LayerSnapshots snapshots;

    ExportService(ExportRepository repository, ExportStore store, ProjectService projects, Layers layers, LayerSnapshots snapshots) {
        this.repository = repository;
        this.store = store;
        this.projects = projects;
        this.layers = layers;
        this.snapshots = snapshots;
    }

    /** Leads, admins and viewers of the project may export; annotators may not (they would see others' work). */
    public boolean mayExport(UserAccount user, long projectId) {
        return projects.canManage(user, projectId)
                || projects.role(user, projectId).filter(r -> r == ProjectRole.VIEWER).isPresent();
    }

    public void requireExporter(UserAccount user, long projectId) {
        if (!mayExport(user, projectId)) {
            throw new AccessDeniedException("Not allowed to export project " + projectId);
        }
    }

    /** The exports page opens for those who may export some project: leads and viewers by project role, admins. */
    public boolean mayOpenExports(UserAccount user) {
        return projects.holdsRoleInAnyProject(user, ProjectRole.LEAD, ProjectRole.VIEWER);
    }

    /** Projects the user may export, for the exports page. */
    public List<Project> exportableProjects(UserAccount user) {
        return projects.visibleTo(user).stream().filter(p -> mayExport(user, p.id())).toList();
    }

    /** Logins of the annotators whose layers can be exported, for choosing one. */
    public List<String> annotators(UserAccount user, long projectId) {
        requireExporter(user, projectId);
        return repository.annotators(projectId, layers.annotatorsWithSpans(projectId)).stream().map(Source::login).toList();
    }

    public ExportManifest export(UserAccount user, long projectId, ExportRequest request) {
        return export(user, projectId, request, ExportProgress.NONE);
    }

    /**
     * Writes a new export and returns its manifest; a failed export leaves no folder behind.
     *
     * @param progress told the documents read so far and how many there are
     */
    public ExportManifest export(UserAccount user, long projectId, ExportRequest request, ExportProgress progress) {
        requireExporter(user, projectId);
        requireWritable(request.format());
        Project project = projects.get(user, projectId);
        List<Source> sources = sources(projectId, request);
        boolean gold = request.sources() == ExportSources.GOLD;
        List<Long> documentIds = repository.documentIds(projectId, gold);
        Map<Long, String> parts = request.split() == null ? Map.of() : request.split().assign(documentIds);
        Instant createdAt = Instant.now();
        Path dir = store.create(projectId, createdAt);
        try {
            ExportWriting writing = new ExportWriting(repository, snapshots, projectId, request, sources, parts, documentIds.size(), progress, gold);
            List<FileEntry> files = writing.writeInto(dir);
            ExportManifest manifest = new ExportManifest(ExportManifest.SCHEMA_VERSION, dir.getFileName().toString(),
                    request.format().name(), request.format().takesTagScheme() ? request.scheme().name() : null,
                    projectId, project.name(), createdAt.toString(), user.login(), writing.documentsWritten(),
                    sources.stream().map(Source::login).toList(), writing.labels(), totals(files),
                    splitInfo(request.split(), writing.documentsByPart()), files, gold ? documentIds.size() : null,
                    request.finishedOnly(), writing.unfinishedLeftOut(), projects.labels(user, projectId));
            store.writeManifest(dir, manifest);
            return manifest;
        } catch (IOException | RuntimeException e) {
            store.delete(dir);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** How many documents an export of this request reads: its progress counts up to this. */
    public int documentsToRead(UserAccount user, long projectId, ExportRequest request) {
        requireExporter(user, projectId);
        requireWritable(request.format());
        return repository.documentIds(projectId, request.sources() == ExportSources.GOLD).size();
    }

    /** A format that can only be read (doccano) names no writer: say which formats an export writes. */
    private static void requireWritable(CorpusFormat format) {
        if (!format.canWrite()) {
            throw new UserError("export.error.format", format.name(), String.join(", ", CorpusFormats.exportNames()));
        }
    }

    public List<ExportManifest> list(UserAccount user, long projectId) {
        requireExporter(user, projectId);
        return store.list(projectId);
    }

    public ExportManifest manifest(UserAccount user, long projectId, String exportId) {
        requireExporter(user, projectId);
        return store.manifest(projectId, exportId).orElseThrow(() -> new UserError("export.error.missing", exportId));
    }

    /** A file the export's manifest lists (or the manifest itself); anything else is missing. */
    public Path file(UserAccount user, long projectId, String exportId, String name) {
        requireExporter(user, projectId);
        return store.file(projectId, exportId, name).filter(Files::isRegularFile)
                .orElseThrow(() -> new UserError("export.error.no-file", name));
    }

    private List<Source> sources(long projectId, ExportRequest request) {
        return switch (request.sources()) {
            case GOLD -> {
                if (repository.curatedCount(projectId) == 0) {
                    throw new UserError("export.error.gold");
                }
                yield List.of(Source.GOLD);
            }
            case ALL_ANNOTATORS -> {
                List<Source> all = repository.annotators(projectId, layers.annotatorsWithSpans(projectId));
                if (all.isEmpty()) {
                    throw new UserError("export.error.no-annotators");
                }
                yield all;
            }
            case ANNOTATOR -> {
                String login = request.annotator() == null ? "" : request.annotator().strip();
                Optional<Source> one = repository.annotators(projectId, layers.annotatorsWithSpans(projectId)).stream()
                        .filter(s -> s.login().equals(login)).findFirst();
                yield List.of(one.orElseThrow(() -> new UserError("export.error.no-such-annotator", login)));
            }
        };
    }

    private static Map<String, Map<String, Integer>> totals(List<FileEntry> files) {
        Map<String, Map<String, Integer>> totals = new LinkedHashMap<>();
        for (FileEntry file : files) {
            Map<String, Integer> sum = totals.computeIfAbsent(file.source(), s -> new LinkedHashMap<>());
            file.counts().forEach((key, n) -> sum.merge(key, n, Integer::sum));
        }
        return totals;
    }

    private static SplitInfo splitInfo(ExportSplit split, Map<String, List<String>> documentsByPart) {
        if (split == null) {
            return null;
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String part : ExportSplit.PARTS) {
            parts.put(part, documentsByPart.getOrDefault(part, new ArrayList<>()));
        }
        return new SplitInfo(split.train(), split.dev(), split.test(), split.seed(), parts);
    }
}
