package org.tawsim.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tawsim.annotation.AnnotationService.GoldBatch;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.layer.Chain;
import org.tawsim.curation.merge.Decision;
import org.tawsim.curation.merge.Mention;
import org.tawsim.curation.merge.Span;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;

/** The changes curation makes to a gold layer: gold operations of one batch (one revision per pre-merge or decision). */
@Component
class GoldEdits {

    private final ProjectService projects;

    GoldEdits(ProjectService projects) {
        this.projects = projects;
    }

    /** Adds the spans gold lacks (same boundaries and label). */
    int addSpans(GoldBatch batch, List<Span> spans) {
        Set<Span> present = new HashSet<>();
        batch.layer().spans().forEach(s -> present.add(new Span(s.start(), s.end(), s.label())));
        int added = 0;
        for (Span span : spans) {
            if (present.add(span)) {
                batch.apply(new Operation.CreateSpan(span.start(), span.end(), span.label()));
                added++;
            }
        }
        return added;
    }

    /** Puts the chosen span into gold in place of the decision's other candidates; null removes them all. */
    void replaceSpan(GoldBatch batch, CurationDecision decision, Span chosen) {
        Layer gold = batch.layer();
        boolean present = false;
        for (org.tawsim.annotation.layer.Span span : gold.spans()) {
            Span mine = new Span(span.start(), span.end(), span.label());
            if (mine.equals(chosen)) {
                present = true;
            } else if (decision.candidates().stream().anyMatch(c -> mine.equals(c.span()))) {
                batch.apply(new Operation.DeleteSpan(span.id()));
            }
        }
        if (chosen != null && !present) {
            batch.apply(new Operation.CreateSpan(chosen.start(), chosen.end(), chosen.label()));
        }
    }

    /**
     * Makes gold group the region's mentions as the candidate does: creates the mentions gold lacks with the
     * label the candidate's annotator gave them, takes the region's gold mentions out of their chains and links
     * them as the candidate does. Answers the mentions it could not create, with the reason.
     */
    List<NotApplied> regroup(GoldBatch batch, long projectId, CurationDecision decision, Decision.Candidate chosen) {
        Map<Mention, Long> gold = mentionIds(batch.layer());
        Set<String> labels = projects.labels(batch.lead(), projectId).stream().map(Label::name).collect(Collectors.toSet());
        List<NotApplied> notApplied = new ArrayList<>();
        chosen.chains().stream().flatMap(List::stream).distinct().sorted().filter(m -> !gold.containsKey(m)).forEach(m -> {
            String label = chosen.labelOf(m);
            if (label == null) {
                notApplied.add(new NotApplied(m.start(), m.end(), null, "label-unknown"));
            } else if (!labels.contains(label)) {
                notApplied.add(new NotApplied(m.start(), m.end(), label, "label-removed"));
            } else {
                gold.put(m, batch.apply(new Operation.CreateSpan(m.start(), m.end(), label)).spanId());
            }
        });
        List<Operation.MoveMentions.Move> out = new ArrayList<>();
        decision.candidates().stream().flatMap(c -> c.chains().stream()).flatMap(List::stream).distinct()
                .filter(gold::containsKey).forEach(m -> out.add(new Operation.MoveMentions.Move(gold.get(m), null)));
        if (!out.isEmpty()) {
            batch.apply(new Operation.MoveMentions(out));
        }
        for (List<Mention> chain : chosen.chains()) {
            List<Operation.MoveMentions.Move> in = chain.stream().filter(gold::containsKey)
                    .map(m -> new Operation.MoveMentions.Move(gold.get(m), Operation.MoveMentions.NEW_CHAIN)).toList();
            if (in.size() > 1) {
                batch.apply(new Operation.MoveMentions(in));
            }
        }
        return notApplied;
    }

    /** Puts the chain's gold mentions into one chain: the chain one of them is in already, or a new one. */
    void link(GoldBatch batch, List<Mention> chain) {
        Layer gold = batch.layer();
        Map<Mention, Long> ids = mentionIds(gold);
        Map<Long, Long> chainOf = new HashMap<>();
        for (Chain c : gold.chains()) {
            c.spanIds().forEach(id -> chainOf.put(id, c.id()));
        }
        List<Long> spanIds = chain.stream().map(ids::get).filter(Objects::nonNull).toList();
        if (spanIds.size() < 2) {
            return;
        }
        Long target = spanIds.stream().map(chainOf::get).filter(Objects::nonNull).findFirst().orElse(Operation.MoveMentions.NEW_CHAIN);
        List<Operation.MoveMentions.Move> moves = spanIds.stream().filter(id -> !target.equals(chainOf.get(id)))
                .map(id -> new Operation.MoveMentions.Move(id, target)).toList();
        if (!moves.isEmpty()) {
            batch.apply(new Operation.MoveMentions(moves));
        }
    }

    /** Gold span id by mention boundaries (the first span when two labels share boundaries). */
    static Map<Mention, Long> mentionIds(Layer gold) {
        Map<Mention, Long> ids = new LinkedHashMap<>();
        gold.spans().forEach(s -> ids.putIfAbsent(new Mention(s.start(), s.end()), s.id()));
        return ids;
    }
}
