package org.tawsim.annotation.layer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The reads a {@link LayerSnapshots snapshot} offers; every call sees the same committed state. */
public final class LayerReads {

    private final ProjectLayersRepository repository;

    LayerReads(ProjectLayersRepository repository) {
        this.repository = repository;
    }

    /** The layers of these documents and owners, by document, gold first, then by annotator id. */
    public List<LayerContent> layers(Collection<Long> documentIds, Collection<LayerOwner> owners) {
        return documentIds.isEmpty() || owners.isEmpty() ? List.of() : repository.contents(documentIds, owners);
    }

    /** Every layer of every document of the project (gold and annotators'). */
    public List<LayerContent> project(long projectId) {
        return repository.contents(projectId);
    }

    /** The revision of every layer of the project (a layer not listed is at revision 0). */
    public Map<LayerKey, Long> revisions(long projectId) {
        return repository.revisions(projectId);
    }

    /** Who created and last changed each span of the project, by span id. */
    public Map<Long, SpanHistory> history(long projectId) {
        return repository.history(projectId);
    }
}
