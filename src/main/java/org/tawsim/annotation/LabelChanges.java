package org.tawsim.annotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.project.ProjectService;

/**
 * What a change of the label set does to the spans of every layer (annotators' and gold): a rename is carried by
 * the database ({@code span_label_fk ... on update cascade}), a relabel moves the spans here. Either way each
 * touched layer gets a new revision, so an editor open on it reloads, and each document's history says what
 * happened. Runs inside the caller's label-set transaction.
 */
@Service
public class LabelChanges {

    private final LabelChangeRepository repository;
    private final AnnotationRepository annotations;
    private final ProjectService projects;
    private final ObjectMapper json;

    LabelChanges(LabelChangeRepository repository, AnnotationRepository annotations, ProjectService projects,
                 ObjectMapper json) {
        this.repository = repository;
        this.annotations = annotations;
        this.projects = projects;
        this.json = json;
    }

    /** How many spans of the project, in all layers, carry the label. */
    public int spansUsing(UserAccount user, long projectId, String label) {
        projects.requireMember(user, projectId);
        return repository.spansUsing(projectId, label);
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
        int using = repository.spansUsing(projectId, from);
        var layers = repository.layersUsing(projectId, from);
        repository.deleteDuplicates(projectId, from, to);
        repository.relabel(projectId, from, to, lead.id());
        layers.forEach(layer -> log(lead, projectId, layer, "label.relabelled", from, to));
        return using;
    }

    private void touch(UserAccount lead, long projectId, String label, String kind, String before, String after) {
        repository.layersUsing(projectId, label).forEach(layer -> log(lead, projectId, layer, kind, before, after));
    }

    private void log(UserAccount lead, long projectId, LabelChangeRepository.LayerUse layer, String kind,
                     String before, String after) {
        long revision = repository.raiseRevision(layer.documentId(), layer.annotatorId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("before", before);
        payload.put("after", after);
        payload.put("spans", layer.spans());
        payload.put("revision", revision);
        if (layer.annotatorId() == null) {
            payload.put("layer", AnnotationRepository.GOLD);
        } else {
            payload.put("annotator", layer.annotatorId());
        }
        try {
            annotations.log(lead.id(), projectId, layer.documentId(), kind, null, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
