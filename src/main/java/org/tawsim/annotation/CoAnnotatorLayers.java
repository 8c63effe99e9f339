package org.tawsim.annotation;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LayerContent;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectService;

/**
 * The exception to blind annotation: when a lead allows it for the project, an annotator assigned to a document
 * reads (never writes) the layers of the other annotators assigned to it. Gold is never among them: it has no
 * annotator, and only assigned annotators' layers are looked up.
 */
@Service
public class CoAnnotatorLayers {

    private final Layers layers;
    private final AssignmentRepository assignments;
    private final DocumentService documents;
    private final ProjectService projects;

    CoAnnotatorLayers(Layers layers, AssignmentRepository assignments, DocumentService documents,
                      ProjectService projects) {
        this.layers = layers;
        this.assignments = assignments;
        this.documents = documents;
        this.projects = projects;
    }

    /** Whether this annotator may read others' layers of the document: assigned to it, and sharing is on. */
    public boolean mayRead(UserAccount annotator, long documentId) {
        if (!assignments.isAssigned(documentId, annotator.id())) {
            return false;
        }
        long projectId = documents.summary(annotator, documentId).projectId();
        return projects.annotatorsSeeEachOther(annotator, projectId);
    }

    /** The other annotators assigned to the document, whose layers the annotator may read. */
    public List<CoAnnotator> coAnnotators(UserAccount annotator, long documentId) {
        requireMayRead(annotator, documentId);
        return assignments.assignedAnnotators(documentId).stream().filter(a -> a.id() != annotator.id()).toList();
    }

    /** The layer of another annotator assigned to the same document, by login. */
    public Layer layerOf(UserAccount annotator, long documentId, String coAnnotatorLogin) {
        requireMayRead(annotator, documentId);
        CoAnnotator other = assignments.assignedAnnotators(documentId).stream()
                .filter(a -> a.login().equals(coAnnotatorLogin) && a.id() != annotator.id())
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException(coAnnotatorLogin + " is not another annotator of document " + documentId));
        LayerContent layer = layers.read(LayerKey.annotator(documentId, other.id()));
        return new Layer(documentId, layer.revision(), layer.spans(), layer.chains());
    }

    private void requireMayRead(UserAccount annotator, long documentId) {
        if (!mayRead(annotator, documentId)) {
            throw new AccessDeniedException("Annotators of document " + documentId + " do not see each other's work");
        }
    }
}
