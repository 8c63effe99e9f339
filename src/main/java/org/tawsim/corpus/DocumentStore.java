package org.tawsim.corpus;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores documents for features that bring many at once and have already checked that the caller may write the
 * project (annotated corpus import, project restore). Runs inside their transaction, so a refused file or backup
 * leaves no document behind. The {@code document} table is written only here and by {@link DocumentService}.
 */
@Service
public class DocumentStore {

    private final DocumentRepository documents;

    DocumentStore(DocumentRepository documents) {
        this.documents = documents;
    }

    /** The project's documents among these external ids (an import refuses to store them twice). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> existingExternalIds(long projectId, Collection<String> externalIds) {
        return documents.existingExternalIds(projectId, externalIds);
    }

    /** A new document in the project's default language and direction; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long projectId, NewDocument doc) {
        return documents.insert(projectId, doc, null, null);
    }

    /** A restored document with the language and direction it was saved with; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long projectId, NewDocument doc, String language, String direction) {
        return documents.insert(projectId, doc, language, direction);
    }
}
