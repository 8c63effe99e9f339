package org.tawsim.annotation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.annotation.layer.event.LabelEvent;
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
    private final EventLog events;
    private final ProjectService projects;

    LabelChanges(LabelChangeRepository repository, EventLog events, ProjectService projects) {
        this.repository = repository;
        this.events = events;
        this.projects = projects;
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
        repository.layersUsing(projectId, after).forEach(layer -> events.append(lead.id(), projectId, layer.documentId(),
                LabelEvent.Renamed.inLayer(before, after, layer.spans(), raiseRevision(layer), layer.annotatorId())));
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
        layers.forEach(layer -> events.append(lead.id(), projectId, layer.documentId(),
                LabelEvent.Relabelled.inLayer(from, to, layer.spans(), raiseRevision(layer), layer.annotatorId())));
        return using;
    }

    private long raiseRevision(LabelChangeRepository.LayerUse layer) {
        return repository.raiseRevision(layer.documentId(), layer.annotatorId());
    }
}
