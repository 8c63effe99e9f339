package org.tawsim.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tawsim.annotation.layer.event.AssignmentEvent;
import org.tawsim.annotation.layer.event.ChainEvent;
import org.tawsim.annotation.layer.event.CurationEvent;
import org.tawsim.annotation.layer.event.DocumentEvent;
import org.tawsim.annotation.layer.event.Event;
import org.tawsim.annotation.layer.event.EventKinds;
import org.tawsim.annotation.layer.event.LabelEvent;
import org.tawsim.annotation.layer.event.MemberEvent;
import org.tawsim.annotation.layer.event.ProjectEvent;
import org.tawsim.annotation.layer.event.SpanEvent;
import org.tawsim.annotation.layer.event.UnknownEvent;
import org.tawsim.audit.HistoryText.Count;

/**
 * What the History shows of each kind of event, as translatable texts: the change, what it touched (a span, a
 * chain, a decision) and its facts (offsets and labels, annotators, roles, outcomes). Every kind has all three, so
 * no row falls back to the stored JSON; a kind this version does not know shows as such.
 */
public final class HistoryTexts {

    private HistoryTexts() {
    }

    public static HistoryText kind(Event event) {
        return event instanceof UnknownEvent unknown ? HistoryText.of("history.kind.unknown", unknown.kind())
                : HistoryText.of("history.kind." + EventKinds.kindOf(event));
    }

    /** What changed, or null when it is the document (or project) itself. */
    public static HistoryText target(Event event) {
        if (event instanceof SpanEvent span) {
            return HistoryText.of("history.target.span", span.id());
        } else if (event instanceof ChainEvent.Moved moved) {
            return moved.resultChain() == null ? HistoryText.of("history.target.chains")
                    : HistoryText.of("history.target.chain", moved.resultChain());
        } else if (event instanceof ChainEvent.Deleted deleted) {
            return HistoryText.of("history.target.chain", deleted.id());
        } else if (event instanceof LabelEvent.Renamed renamed && renamed.spans() != null) {
            return HistoryText.of("history.target.spans", spans(renamed.spans()));
        } else if (event instanceof LabelEvent.Relabelled relabelled) {
            return HistoryText.of("history.target.spans", spans(relabelled.spans()));
        } else if (event instanceof CurationEvent.Decided decided) {
            return HistoryText.of("history.target.decision", decided.decision());
        }
        return null;
    }

    /** The change's facts, or null when its kind says it all. */
    public static HistoryText details(Event event) {
        if (event instanceof SpanEvent span) {
            return span(span);
        } else if (event instanceof ChainEvent.Moved moved) {
            return list(moved.moves().stream().map(HistoryTexts::move).toList());
        } else if (event instanceof LabelEvent label) {
            return label(label);
        } else if (event instanceof DocumentEvent.Imported imported) {
            return imported(imported);
        } else if (event instanceof DocumentEvent.Renamed renamed) {
            return change(renamed.before(), renamed.after());
        } else if (event instanceof AssignmentEvent assignment) {
            return HistoryText.of("history.details.annotator", assignment.annotator());
        } else if (event instanceof MemberEvent member) {
            return member(member);
        } else if (event instanceof ProjectEvent.SharingChanged sharing) {
            return HistoryText.of(sharing.annotatorsSeeEachOther() ? "history.details.sharing.on" : "history.details.sharing.off");
        } else if (event instanceof ProjectEvent.Seeded seeded) {
            return HistoryText.of("history.details.seeded", count("documents", seeded.documents()));
        } else if (event instanceof CurationEvent curation) {
            return curation(curation);
        }
        return null; // a removed chain, and an event of a kind this version does not know
    }

    private static HistoryText span(SpanEvent event) {
        if (event instanceof SpanEvent.Created c) {
            return span(c.start(), c.end(), c.label());
        } else if (event instanceof SpanEvent.Updated u) {
            return change(span(u.before()), span(u.after()));
        } else if (event instanceof SpanEvent.Deleted d) {
            return inChain(span(d.span()), d.chain());
        }
        SpanEvent.Restored r = (SpanEvent.Restored) event;
        return inChain(span(r.span()), r.chain());
    }

    private static HistoryText label(LabelEvent event) {
        if (event instanceof LabelEvent.Added added) {
            return HistoryText.of("history.details.label", added.label());
        } else if (event instanceof LabelEvent.Changed changed) {
            return HistoryText.of("history.details.label", changed.label());
        } else if (event instanceof LabelEvent.Renamed renamed) {
            return change(renamed.before(), renamed.after());
        } else if (event instanceof LabelEvent.Relabelled relabelled) {
            return change(relabelled.before(), relabelled.after());
        }
        LabelEvent.Removed removed = (LabelEvent.Removed) event;
        return removed.relabelledTo() == null ? HistoryText.of("history.details.label", removed.label())
                : HistoryText.of("history.details.label.relabelled", removed.label(), removed.relabelledTo(),
                spans(removed.spans()));
    }

    private static HistoryText member(MemberEvent event) {
        if (event instanceof MemberEvent.Added added) {
            return HistoryText.of("history.details.member.added", added.member(), role(added.after()));
        } else if (event instanceof MemberEvent.RoleChanged changed) {
            return HistoryText.of("history.details.member.role", changed.member(), role(changed.before()),
                    role(changed.after()));
        }
        return HistoryText.of("history.details.member.removed", event.member(), role(event.before()));
    }

    private static HistoryText curation(CurationEvent event) {
        if (event instanceof CurationEvent.Started started) {
            return HistoryText.of("history.details.curation.started", HistoryText.of("curation.rule." + started.rule()),
                    String.join(", ", started.annotators()), spans(started.spans()), count("chains", started.chains()),
                    count("decisions", started.decisions()));
        } else if (event instanceof CurationEvent.Decided decided) {
            return decided(decided);
        } else if (event instanceof CurationEvent.Remerged remerged) {
            return HistoryText.of("history.details.curation.remerged", String.join(", ", remerged.annotators()),
                    spans(remerged.spans()), count("decisions", remerged.decisions()), remerged.kept());
        }
        return null; // marked curated, taken back into curation: the kind says it all
    }

    private static HistoryText imported(DocumentEvent.Imported file) {
        boolean text = file.format().equals("text");
        HistoryText format = HistoryText.of(text ? "history.import.plain-text" : "corpus-import.format." + file.format());
        List<HistoryText> parts = new ArrayList<>();
        parts.add(HistoryText.of("history.import.file", file.file(), format));
        List<DocumentEvent.ImportedLayer> layers = file.layers() == null ? List.of() : file.layers();
        layers.forEach(l -> parts.add(HistoryText.of("history.import.layer", l.annotator(), spans(l.spans()),
                count("chains", l.chains()))));
        if (layers.isEmpty() && !text) {
            parts.add(HistoryText.of("history.import.no-annotations"));
        }
        return join("history.details.parts", parts);
    }

    private static HistoryText decided(CurationEvent.Decided decided) {
        String outcome = decided.outcome().toLowerCase(Locale.ROOT);
        HistoryText text = HistoryText.of("curation.outcome." + outcome,
                decided.candidate() == null ? "" : decided.candidate() + 1);
        if (decided.notApplied() == null || decided.notApplied().isEmpty()) {
            return text;
        }
        HistoryText missing = list(decided.notApplied().stream().map(m -> span(m.start(), m.end(), m.label())).toList());
        return HistoryText.of("history.details.parts", text, HistoryText.of("history.details.curation.not-applied", missing));
    }

    private static HistoryText move(ChainEvent.Move move) {
        if (move.chainId() == null) {
            return HistoryText.of("history.details.move.no-chain", move.spanId());
        }
        return move.chainId() < 0 ? HistoryText.of("history.details.move.new-chain", move.spanId())
                : HistoryText.of("history.details.move.chain", move.spanId(), move.chainId());
    }

    private static HistoryText role(String role) {
        return HistoryText.of("project.role." + role);
    }

    private static HistoryText inChain(HistoryText span, Long chain) {
        return chain == null ? span : HistoryText.of("history.details.span.in-chain", span, chain);
    }

    private static HistoryText span(SpanEvent.Value span) {
        return span(span.start(), span.end(), span.label());
    }

    private static HistoryText span(int start, int end, String label) {
        return HistoryText.of("history.details.span", start, end, label);
    }

    private static HistoryText change(Object before, Object after) {
        return HistoryText.of("history.details.change", before, after);
    }

    private static Count spans(int spans) {
        return new Count("spans", spans);
    }

    private static Count count(String noun, int count) {
        return new Count(noun, count);
    }

    private static HistoryText list(List<HistoryText> items) {
        return join("history.details.and", items);
    }

    /** Items joined pairwise by a two-argument message ("{0}, {1}"), so each language chooses its separator. */
    private static HistoryText join(String key, List<HistoryText> items) {
        if (items.isEmpty()) {
            return null;
        }
        HistoryText joined = items.get(0);
        for (HistoryText next : items.subList(1, items.size())) {
            joined = HistoryText.of(key, joined, next);
        }
        return joined;
    }
}
