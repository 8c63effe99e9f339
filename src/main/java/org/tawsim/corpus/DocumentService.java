package org.tawsim.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.event.DocumentEvent;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.base.AlreadyExists;
import org.tawsim.base.UserError;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/** The documents of a project: import, list and read, each checked against project membership. */
@Service
public class DocumentService {

    /** The title column's size (UTF-16 units, as Java counts). */
    static final int MAX_TITLE = 500;

    private final DocumentRepository documents;
    private final ProjectService projects;
    private final List<DocumentReadPermission> readPermissions;
    private final UploadLimit limit;
    private final EventLog events;

    DocumentService(DocumentRepository documents, ProjectService projects, List<DocumentReadPermission> readPermissions,
                    UploadLimit limit, EventLog events) {
        this.documents = documents;
        this.projects = projects;
        this.readPermissions = readPermissions;
        this.limit = limit;
        this.events = events;
    }

    /** How large an uploaded file may be. */
    public UploadLimit uploadLimit() {
        return limit;
    }

    /** Stores one uploaded .txt file as a document, or throws a {@link UserError} and stores nothing. */
    @Transactional
    public DocumentSummary importTextFile(UserAccount lead, long projectId, String fileName, byte[] bytes, Charset chosen) {
        return importTextFile(lead, projectId, fileName, new ByteArrayInputStream(bytes), chosen);
    }

    /** As above, reading at most the {@link UploadLimit} from {@code in} (the caller closes it). */
    @Transactional
    public DocumentSummary importTextFile(UserAccount lead, long projectId, String fileName, InputStream in, Charset chosen) {
        projects.requireLead(lead, projectId);
        return documents.summary(store(lead, projectId, fileName, in, chosen).id()).orElseThrow();
    }

    /**
     * Stores every file as a document, or none: the first bad file (encoding, size, a document id the project
     * or the upload has already) throws its {@link UserError} and the transaction stores nothing. Each file is
     * read from its source one at a time, at most the {@link UploadLimit}.
     */
    @Transactional
    public List<StoredDocument> importTextFiles(UserAccount lead, long projectId, List<UploadedFile> files, Charset chosen) {
        projects.requireLead(lead, projectId);
        List<StoredDocument> stored = new ArrayList<>(files.size());
        for (UploadedFile file : files) {
            try (InputStream in = file.content().getInputStream()) {
                stored.add(store(lead, projectId, file.fileName(), in, chosen));
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the upload " + file.fileName() + " failed", e);
            }
        }
        return stored;
    }

    private StoredDocument store(UserAccount lead, long projectId, String fileName, InputStream in, Charset chosen) {
        byte[] bytes = limit.read(fileName, in);
        String text = PlainTextDecoder.decode(fileName, bytes, chosen);
        NewDocument doc = NewDocument.fromFile(fileName, text);
        long id = documents.insertIfAbsent(projectId, doc)
                .orElseThrow(() -> new AlreadyExists("import.error.duplicate", fileName, doc.externalId()));
        recordImport(lead, projectId, id, DocumentEvent.Imported.plainText(fileName));
        return new StoredDocument(id, doc.externalId(), doc.title(), text.codePointCount(0, text.length()), doc.sha256());
    }

    /** For start-up seeding: inserts what is missing, never duplicates. Returns the ids of new documents. */
    @Transactional
    public List<Long> seed(long projectId, List<NewDocument> docs) {
        return docs.stream().map(d -> documents.insertIfAbsent(projectId, d)).flatMap(Optional::stream).toList();
    }

    public List<DocumentSummary> summaries(UserAccount user, long projectId) {
        projects.requireMember(user, projectId);
        return documents.summaries(projectId);
    }

    public Document get(UserAccount user, long documentId) {
        requireReader(user, documentId);
        return documents.findById(documentId).orElseThrow(() -> new UserError("document.error.missing"));
    }

    /** The document without its text; length in code points. */
    public DocumentSummary summary(UserAccount user, long documentId) {
        requireReader(user, documentId);
        return documents.summary(documentId).orElseThrow(() -> new UserError("document.error.missing"));
    }

    /** A document that does not exist is refused like one of another project: the answer tells no one which ids exist. */
    private void requireReader(UserAccount user, long documentId) {
        long projectId = documents.projectOf(documentId).orElseThrow(() -> new AccessDeniedException("No access to document " + documentId));
        boolean staff = projects.canManage(user, projectId)
                || projects.role(user, projectId).filter(r -> r == ProjectRole.VIEWER).isPresent();
        boolean granted = staff || readPermissions.stream().anyMatch(p -> p.mayRead(user, projectId, documentId));
        if (!granted) {
            throw new AccessDeniedException("No access to document " + documentId);
        }
    }

    /**
     * A lead gives a document another title (the text stays as stored); the change is in the document's History.
     * Renamed documents keep their title when titles are recomputed ({@link HeadlineTitles}).
     */
    @Transactional
    public DocumentSummary rename(UserAccount lead, long documentId, String title) {
        long projectId = documents.projectOf(documentId).orElseThrow(() -> new UserError("document.error.missing"));
        projects.requireLead(lead, projectId);
        String after = title == null ? "" : title.strip();
        if (after.isEmpty()) {
            throw new UserError("document.rename.error.empty");
        }
        if (after.length() > MAX_TITLE) {
            throw new UserError("document.rename.error.long", MAX_TITLE);
        }
        String before = documents.summary(documentId).orElseThrow().title();
        if (!after.equals(before)) {
            documents.rename(documentId, after);
            events.append(lead.id(), projectId, documentId, new DocumentEvent.Renamed(before, after));
        }
        return documents.summary(documentId).orElseThrow();
    }

    /**
     * The document's first history entry: who imported it and from what, written in the caller's transaction.
     * Importers call it after their own lead check (once per file, not once per document).
     */
    public void recordImport(UserAccount lead, long projectId, long documentId, DocumentEvent.Imported file) {
        events.append(lead.id(), projectId, documentId, file);
    }
}
