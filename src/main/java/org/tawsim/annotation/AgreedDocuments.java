package org.tawsim.annotation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.annotation.layer.Span;
import org.tawsim.project.ProjectService;

/**
 * Documents all their annotators agree on: at least two assigned, every one of them done, and every layer holding
 * exactly the same spans (start, end and label; chains are not compared). For a lead only, who may read every
 * layer; what it returns is the agreed spans, never whose they were.
 */
@Service
public class AgreedDocuments {

    /** A place and label, as the layers are compared. */
    public record AgreedSpan(int start, int end, String label) {
    }

    private final AssignmentRepository assignments;
    private final Layers layers;
    private final ProjectService projects;

    AgreedDocuments(AssignmentRepository assignments, Layers layers, ProjectService projects) {
        this.assignments = assignments;
        this.layers = layers;
        this.projects = projects;
    }

    /** The agreed documents of the project with their spans in text order, by document id. */
    @Transactional(readOnly = true)
    public Map<Long, List<AgreedSpan>> of(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        Map<Long, List<AgreedSpan>> agreed = new LinkedHashMap<>();
        assignments.allDone(projectId).forEach((documentId, annotators) -> {
            Set<AgreedSpan> first = null;
            for (long annotator : annotators) {
                Set<AgreedSpan> spans = spans(layers.read(LayerKey.annotator(documentId, annotator)).spans());
                if (first == null) {
                    first = spans;
                } else if (!first.equals(spans)) {
                    return;
                }
            }
            agreed.put(documentId, first.stream().sorted(Comparator.comparingInt(AgreedSpan::start)
                    .thenComparingInt(AgreedSpan::end).thenComparing(AgreedSpan::label)).toList());
        });
        return agreed;
    }

    private static Set<AgreedSpan> spans(List<Span> spans) {
        Set<AgreedSpan> set = new HashSet<>();
        spans.forEach(s -> set.add(new AgreedSpan(s.start(), s.end(), s.label())));
        return set;
    }
}
