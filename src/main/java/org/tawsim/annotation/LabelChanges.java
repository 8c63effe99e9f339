package org.tawsim.annotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LabelUse;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.project.ProjectService;

/**
 * What a change of the label set does to the spans of every layer (annotators' and gold): a rename is carried by
 * the database ({@code span_label_fk ... on update cascade}), a relabel moves the spans here. Either way each
 * touched layer gets a new revision, so an editor open on it reloads, and each document's history says what
 * happened. Runs inside the caller's label-set transaction.
 */
@Service
public class LabelChanges {

    private final Layers layers;
    private final AnnotationRepository annotations;
    private final ProjectService projects;
    private final ObjectMapper json;

    LabelChanges(Layers layers, AnnotationRepository annotations, ProjectService projects,
                 ObjectMapper json) {
        this.layers = layers;
        this.annotations = annotations;
        this.projects = projects;
        this.json = json;
    }

    /** How many spans of the project, in all layers, carry the label. */
    public int spansUsing(UserAccount user, long projectId, String label) {
        projects.requireMember(user, projectId);
        return layers.spansUsing(projectId, label);
    }

    /** After the label row was renamed (its spans followed it): touch their layers and log the rename. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void renamed(UserAccount lead, long projectId, String before, String after) {
        projects.requireLead(lead, projectId);
        touch(lead, projectId, after, "label.renamed", before, after);
    }

    /**
     * Moves every span of {@code from} to {@code to}; a span the layer already has with {@code to} over the same
     * text is not doubled. Returns how many spans carried {@code from}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int relabel(UserAccount lead, long projectId, String from, String to) {
        projects.requireLead(lead, projectId);
        int using = layers.spansUsing(projectId, from);
        List<LabelUse> touched = layers.layersUsing(projectId, from);
        layers.relabel(projectId, from, to, lead.id());
        touched.forEach(layer -> log(lead, projectId, layer, "label.relabelled", from, to));
        return using;
    }

    private void touch(UserAccount lead, long projectId, String label, String kind, String before, String after) {
        layers.layersUsing(projectId, label).forEach(layer -> log(lead, projectId, layer, kind, before, after));
    }

    private void log(UserAccount lead, long projectId, LabelUse layer, String kind,
                     String before, String after) {
        long revision = layers.touch(layer.key());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("before", before);
        payload.put("after", after);
        payload.put("spans", layer.spans());
        payload.put("revision", revision);
        if (layer.key().owner() instanceof LayerOwner.Annotator annotator) {
            payload.put("annotator", annotator.id());
        } else {
            payload.put("layer", AnnotationRepository.GOLD);
        }
        try {
            annotations.log(lead.id(), projectId, layer.key().documentId(), kind, null, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
