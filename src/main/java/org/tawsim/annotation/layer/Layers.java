package org.tawsim.annotation.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The only way to the stored layers (spans, chains, revisions). Writes run in the caller's transaction; checks of
 * who may do what stay with the callers. Several layers read together: {@link LayerSnapshots}.
 */
@Service
public class Layers {

    private final LayerRepository layers;
    private final ProjectLayersRepository projectLayers;

    Layers(LayerRepository layers, ProjectLayersRepository projectLayers) {
        this.layers = layers;
        this.projectLayers = projectLayers;
    }

    /** The layer's current revision (0 before it exists), spans in text order and chains. */
    public LayerContent read(LayerKey key) {
        return new LayerContent(key, layers.revision(key), layers.spans(key), layers.chains(key));
    }

    public long revision(LayerKey key) {
        return layers.revision(key);
    }

    public void ensure(LayerKey key) {
        layers.ensureLayer(key);
    }

    /** The layer's row id (operation ids are kept per layer), if the layer exists. */
    public Optional<Long> id(LayerKey key) {
        return layers.layerId(key);
    }

    /** Raises the revision if it still is {@code expected}; empty if another change came first. */
    public Optional<Long> advance(LayerKey key, long expected) {
        return layers.advanceRevision(key, expected);
    }

    /** Creates the layer if needed and holds its row until the transaction ends; returns its revision. */
    public long hold(LayerKey key) {
        layers.ensureLayer(key);
        return layers.lockRevision(key);
    }

    /** A new revision for a change made outside the editor (a label change), so open editors reload. */
    public long touch(LayerKey key) {
        layers.ensureLayer(key);
        return layers.raiseRevision(key);
    }

    public Optional<Span> span(LayerKey key, long spanId) {
        return layers.span(key, spanId);
    }

    public boolean hasSpan(LayerKey key, int start, int end, String label) {
        return layers.spanExists(key, start, end, label);
    }

    public int spanCount(LayerKey key) {
        return layers.spanCount(key);
    }

    /** Adds a span; {@code id} brings back a deleted one under its old id, null gives a new id. */
    public long addSpan(LayerKey key, Long id, long projectId, long actorId, int start, int end, String label) {
        return layers.insertSpan(key, id, projectId, NewSpan.by(actorId, start, end, label));
    }

    public void updateSpan(LayerKey key, long spanId, long actorId, int start, int end, String label) {
        layers.updateSpan(key, spanId, actorId, start, end, label);
    }

    public void deleteSpan(LayerKey key, long spanId) {
        layers.deleteSpan(key, spanId);
    }

    public Optional<Long> chainOf(long spanId) {
        return layers.chainOf(spanId);
    }

    public boolean hasChain(LayerKey key, long chainId) {
        return layers.chainExists(key, chainId);
    }

    /** Adds an empty chain; {@code id} brings back a deleted one under its old id. */
    public long addChain(LayerKey key, Long id, long actorId) {
        return layers.insertChain(key, id, actorId);
    }

    /** Puts the span into the chain, or out of any chain when {@code chainId} is null. */
    public void setChain(LayerKey key, long spanId, Long chainId) {
        layers.setChain(spanId, key.documentId(), chainId);
    }

    /** Removes the chains left without mentions; returns their ids. */
    public List<Long> deleteEmptyChains(LayerKey key) {
        return layers.deleteEmptyChains(key);
    }

    /**
     * Stores a whole layer at once (an import or a restore): spans, then chains given as indexes into
     * {@code spans}. A layer that already exists gets the spans added; {@code revision} (if not null) is the new
     * layer's revision. Returns the new span ids, in the order given.
     */
    public List<Long> load(LayerKey key, long projectId, Long revision, List<NewSpan> spans, List<List<Integer>> chains,
                           long chainCreator) {
        if (revision == null) {
            layers.ensureLayer(key);
        } else {
            layers.insertLayer(key, revision);
        }
        List<Long> ids = new ArrayList<>(spans.size());
        for (NewSpan span : spans) {
            ids.add(layers.insertSpan(key, null, projectId, span));
        }
        for (List<Integer> chain : chains) {
            long chainId = layers.insertChain(key, null, chainCreator);
            for (int index : chain) {
                if (index < 0 || index >= ids.size()) {
                    throw new IllegalArgumentException("A chain names span " + index + " of " + ids.size());
                }
                layers.addMember(chainId, ids.get(index), key.documentId());
            }
        }
        return ids;
    }

    /** Annotators' layers of these documents (every annotator's, or one's), with span counts and last change. */
    public List<LayerWork> work(Collection<Long> documentIds, Long onlyAnnotator) {
        return documentIds.isEmpty() ? List.of() : projectLayers.work(documentIds, onlyAnnotator);
    }

    /** Every annotator's layer in the project, with span counts and last change. */
    public List<LayerWork> workInProject(long projectId) {
        return projectLayers.workInProject(projectId);
    }

    /** One annotator's layers in every project. */
    public List<LayerWork> workOf(long annotatorId) {
        return projectLayers.workOf(annotatorId);
    }

    /** Annotators with spans in the project (whether or not still members). */
    public Collection<Long> annotatorsWithSpans(long projectId) {
        return projectLayers.annotatorsWithSpans(projectId);
    }

    /** The surface forms of the project's gold and of this annotator's own layers (never another annotator's). */
    public List<SurfaceForm> surfaceForms(long projectId, long annotatorId) {
        return projectLayers.surfaceForms(projectId, annotatorId);
    }

    /** Changes whenever {@link #surfaceForms} may: cheap enough to ask before every suggestion request. */
    public SurfaceFormsVersion surfaceFormsVersion(long projectId, long annotatorId) {
        return projectLayers.surfaceFormsVersion(projectId, annotatorId);
    }

    /** How many spans of the project, in all layers, carry the label. */
    public int spansUsing(long projectId, String label) {
        return projectLayers.spansUsing(projectId, label);
    }

    /** The layers holding spans of the label, by document, gold first. */
    public List<LabelUse> layersUsing(long projectId, String label) {
        return projectLayers.layersUsing(projectId, label);
    }

    /** Moves every span of {@code from} to {@code to}; a layer's span already carrying {@code to} is not doubled. */
    public void relabel(long projectId, String from, String to, long actorId) {
        projectLayers.deleteDuplicates(projectId, from, to);
        projectLayers.relabel(projectId, from, to, actorId);
    }
}
