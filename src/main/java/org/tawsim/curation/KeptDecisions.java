package org.tawsim.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tawsim.curation.CurationRepository.NewDecision;
import org.tawsim.curation.CurationRepository.StoredDecision;
import org.tawsim.curation.merge.Decision;
import org.tawsim.curation.merge.Mention;
import org.tawsim.curation.merge.Span;

/**
 * The decisions of a re-merge: the new merge's, where a decision a lead took stays taken. When the new merge
 * offers the same candidates at the same place (whoever supports them now) the taken one keeps its outcome with
 * the new candidates; a taken decision the new merge does not offer again is kept as it was, since gold holds
 * its outcome. Decisions offered again keep their ids.
 */
final class KeptDecisions {

    private final Function<StoredDecision, List<Decision.Candidate>> candidatesOf;
    private final Function<Decision, NewDecision> fresh;
    private final Function<Object, String> json;

    KeptDecisions(Function<StoredDecision, List<Decision.Candidate>> candidatesOf, Function<Decision, NewDecision> fresh,
                  Function<Object, String> json) {
        this.candidatesOf = candidatesOf;
        this.fresh = fresh;
        this.json = json;
    }

    /**
     * The decisions to write, in text order. A new decision with the same choices as an earlier one keeps that
     * row (its id); it keeps the earlier outcome too when a lead took it. Earlier rows that are in no answer
     * (open ones the new merge does not offer) are to be deleted.
     */
    List<NewDecision> merge(List<Decision> merged, List<StoredDecision> earlier) {
        List<StoredDecision> left = new ArrayList<>(earlier);
        List<NewDecision> decisions = new ArrayList<>();
        for (Decision d : merged) {
            StoredDecision same = left.stream().filter(t -> takenByLead(t) && sameChoices(t, d)).findFirst()
                    .or(() -> left.stream().filter(t -> sameChoices(t, d)).findFirst()).orElse(null);
            if (same == null) {
                decisions.add(fresh.apply(d));
            } else if (takenByLead(same)) {
                left.remove(same);
                decisions.add(new NewDecision(same.id(), same.kind(), d.start(), d.end(), d.annotators(), json.apply(d.candidates()),
                        same.outcome(), chosenAmong(same, d.candidates()), same.decidedBy(), same.decidedAt(), same.notAppliedJson()));
            } else {
                left.remove(same);
                decisions.add(fresh.apply(d).in(same.id()));
            }
        }
        left.stream().filter(KeptDecisions::takenByLead).forEach(t -> decisions.add(new NewDecision(t.id(), t.kind(), t.start(), t.end(),
                t.annotators(), t.candidatesJson(), t.outcome(), t.chosen(), t.decidedBy(), t.decidedAt(), t.notAppliedJson())));
        decisions.sort(Comparator.comparingInt(NewDecision::start).thenComparing(Comparator.comparingInt(NewDecision::end).reversed()));
        return decisions;
    }

    static boolean takenByLead(StoredDecision d) {
        return d.outcome() != null && d.decidedBy() != null;
    }

    private boolean sameChoices(StoredDecision taken, Decision d) {
        return taken.kind().equals(d.kind().name()) && taken.start() == d.start() && taken.end() == d.end()
                && choices(candidatesOf.apply(taken)).equals(choices(d.candidates()));
    }

    private static Set<Choice> choices(List<Decision.Candidate> candidates) {
        return candidates.stream().map(Choice::of).collect(Collectors.toSet());
    }

    /** Where the candidate the lead chose is among the new candidates. */
    private Integer chosenAmong(StoredDecision taken, List<Decision.Candidate> candidates) {
        if (taken.chosen() == null) {
            return null;
        }
        Choice chosen = Choice.of(candidatesOf.apply(taken).get(taken.chosen()));
        for (int i = 0; i < candidates.size(); i++) {
            if (Choice.of(candidates.get(i)).equals(chosen)) {
                return i;
            }
        }
        throw new IllegalStateException("Same choices without the chosen one");
    }

    /** What a candidate offers, whoever supports it. */
    private record Choice(Span span, List<List<Mention>> chains) {
        static Choice of(Decision.Candidate candidate) {
            return new Choice(candidate.span(), candidate.chains());
        }
    }
}
