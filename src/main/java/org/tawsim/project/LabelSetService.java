package org.tawsim.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.annotation.layer.event.LabelEvent;
import org.tawsim.base.UserError;

/**
 * A lead's edits of the project's label set: add, change (a new name renames every span that uses the label),
 * reorder, remove. Each edit checks the whole resulting set ({@link LabelRules}) and is one transaction, logged in
 * the project's event log. Leads of the project and admins only.
 */
@Service
public class LabelSetService {

    private final ProjectService projects;
    private final LabelRepository labels;
    private final EventLog events;
    private final LabelledSpans spans;

    LabelSetService(ProjectService projects, LabelRepository labels, EventLog events, LabelledSpans spans) {
        this.projects = projects;
        this.labels = labels;
        this.events = events;
        this.spans = spans;
    }

    /**
     * Adds a label ({@code originalName} null: at the end of the set) or changes the one named {@code originalName}.
     * Returns the label as stored (name in capitals, colour in lower case).
     */
    @Transactional
    public Label save(UserAccount lead, long projectId, String originalName, Label edited) {
        projects.requireLead(lead, projectId);
        List<Label> current = labels.lockAll(projectId);
        List<Label> proposed = new ArrayList<>(current);
        Label label = LabelRules.tidy(edited);
        if (originalName == null) {
            label = label.at(current.size());
            proposed.add(label);
        } else {
            int index = indexOf(current, originalName);
            label = label.at(current.get(index).position());
            proposed.set(index, label);
        }
        LabelRules.check(proposed);
        if (originalName == null) {
            labels.insert(projectId, label);
            log(lead, projectId, new LabelEvent.Added(label.name()));
        } else {
            labels.update(projectId, originalName, label);
            if (originalName.equals(label.name())) {
                log(lead, projectId, new LabelEvent.Changed(label.name()));
            } else {
                spans.renamed(lead, projectId, originalName, label.name());
                log(lead, projectId, LabelEvent.Renamed.inProject(originalName, label.name()));
            }
        }
        return label;
    }

    /** Moves the label one place up ({@code step} -1) or down (+1) in the toolbar order. */
    @Transactional
    public void move(UserAccount lead, long projectId, String name, int step) {
        projects.requireLead(lead, projectId);
        List<Label> current = new ArrayList<>(labels.lockAll(projectId));
        int from = indexOf(current, name);
        int to = Math.max(0, Math.min(current.size() - 1, from + Integer.signum(step)));
        current.add(to, current.remove(from));
        renumber(projectId, current);
    }

    /**
     * Removes a label. While spans use it the removal is refused with their count, unless {@code relabelTo} names
     * another label of the set: then those spans get that label first. Returns how many spans were relabelled.
     */
    @Transactional
    public int remove(UserAccount lead, long projectId, String name, String relabelTo) {
        projects.requireLead(lead, projectId);
        List<Label> current = new ArrayList<>(labels.lockAll(projectId));
        current.remove(indexOf(current, name));
        if (current.isEmpty()) {
            throw new UserError("label.error.empty");
        }
        int using = spans.spansUsing(lead, projectId, name);
        int relabelled = 0;
        if (using > 0) {
            if (relabelTo == null) {
                throw new UserError("label.error.in-use", name, using);
            }
            if (relabelTo.equals(name)) {
                throw new UserError("label.error.relabel-self", name);
            }
            indexOf(current, relabelTo);
            relabelled = spans.relabel(lead, projectId, name, relabelTo);
        }
        labels.delete(projectId, name);
        renumber(projectId, current);
        log(lead, projectId, new LabelEvent.Removed(name, relabelled > 0 ? relabelTo : null, relabelled));
        return relabelled;
    }

    /**
     * Replaces the whole set in one transaction (the HTTP API's PUT): renames, then relabels and removals, then the
     * labels in their new order. A new name may not be one that another current label still has (no swaps).
     */
    @Transactional
    public List<Label> replace(UserAccount lead, long projectId, LabelSetEdit edit) {
        projects.requireLead(lead, projectId);
        if (edit == null || edit.labels() == null || edit.labels().contains(null)) {
            throw new UserError("label.error.empty");
        }
        List<Label> current = labels.lockAll(projectId);
        List<Label> proposed = new ArrayList<>();
        Map<String, String> renames = new LinkedHashMap<>();
        for (LabelSetEdit.Entry entry : edit.labels()) {
            Label label = LabelRules.tidy(entry.label(proposed.size()));
            proposed.add(label);
            String previous = entry.previousName() == null ? label.name() : entry.previousName().strip();
            if (current.stream().anyMatch(l -> l.name().equals(previous))) {
                if (renames.containsValue(previous) || renames.containsKey(previous)) {
                    throw new UserError("label.error.duplicate", previous);
                }
                renames.put(previous, label.name());
            } else if (entry.previousName() != null) {
                throw new UserError("label.error.missing", previous);
            }
        }
        LabelRules.check(proposed);
        labels.clearHotkeys(projectId);
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            if (!rename.getKey().equals(rename.getValue())) {
                if (current.stream().anyMatch(l -> l.name().equals(rename.getValue()))) {
                    throw new UserError("label.error.duplicate", rename.getValue());
                }
                labels.rename(projectId, rename.getKey(), rename.getValue());
                spans.renamed(lead, projectId, rename.getKey(), rename.getValue());
                log(lead, projectId, LabelEvent.Renamed.inProject(rename.getKey(), rename.getValue()));
            }
        }
        for (Label label : proposed) {
            if (!renames.containsValue(label.name())) { // new: there before any span is relabelled to it
                labels.insert(projectId, label);
                log(lead, projectId, new LabelEvent.Added(label.name()));
            }
        }
        Map<String, String> relabel = edit.relabel() == null ? Map.of() : edit.relabel();
        for (Label gone : current.stream().filter(l -> !renames.containsKey(l.name())).toList()) {
            int using = spans.spansUsing(lead, projectId, gone.name());
            String target = relabel.get(gone.name());
            if (using > 0 && target == null) {
                throw new UserError("label.error.in-use", gone.name(), using);
            }
            if (using > 0) {
                indexOf(proposed, target);
                spans.relabel(lead, projectId, gone.name(), target);
            }
            labels.delete(projectId, gone.name());
            log(lead, projectId, new LabelEvent.Removed(gone.name(), null, using));
        }
        for (Label label : proposed) {
            if (renames.containsValue(label.name())) {
                labels.update(projectId, label.name(), label);
            }
        }
        return proposed;
    }

    /** How many spans, in every layer of the project, carry the label (what a removal would touch). */
    public int spansUsing(UserAccount lead, long projectId, String name) {
        projects.requireLead(lead, projectId);
        return spans.spansUsing(lead, projectId, name);
    }

    private void renumber(long projectId, List<Label> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position() != i) {
                labels.update(projectId, ordered.get(i).name(), ordered.get(i).at(i));
            }
        }
    }

    private static int indexOf(List<Label> set, String name) {
        for (int i = 0; i < set.size(); i++) {
            if (set.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new UserError("label.error.missing", name);
    }

    private void log(UserAccount lead, long projectId, LabelEvent event) {
        events.appendToProject(lead.id(), projectId, event);
    }
}
