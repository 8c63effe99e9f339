package org.tawsim.annotation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LabelUse;
import org.tawsim.annotation.layer.Layers;
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

    private final Layers layers;
    private final EventLog events;
    private final ProjectService projects;

    LabelChanges(Layers layers, EventLog events, ProjectService projects) {
        this.layers = layers;
        this.events = events;
        this.projects = projects;
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
        layers.layersUsing(projectId, after).forEach(layer -> events.append(lead.id(), projectId, layer.key().documentId(),
                LabelEvent.Renamed.inLayer(before, after, layer.spans(), layers.touch(layer.key()), layer.key().owner())));
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
        touched.forEach(layer -> events.append(lead.id(), projectId, layer.key().documentId(),
                LabelEvent.Relabelled.inLayer(from, to, layer.spans(), layers.touch(layer.key()), layer.key().owner())));
        return using;
    }
}
