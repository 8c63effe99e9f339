package org.tawsim.audit;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.annotation.layer.event.AssignmentEvent;
import org.tawsim.annotation.layer.event.ChainEvent;
import org.tawsim.annotation.layer.event.CurationEvent;
import org.tawsim.annotation.layer.event.DocumentEvent;
import org.tawsim.annotation.layer.event.Event;
import org.tawsim.annotation.layer.event.LabelEvent;
import org.tawsim.annotation.layer.event.LayerEvent;
import org.tawsim.annotation.layer.event.MemberEvent;
import org.tawsim.annotation.layer.event.ProjectEvent;
import org.tawsim.annotation.layer.event.SpanEvent;

/**
 * The untranslated one-line form of an event ({@link HistoryEntry#target()} and {@link HistoryEntry#details()},
 * e.g. "span 12" and "[18, 22) LOCATION → [18, 23) LOCATION"); the History dialog shows {@link HistoryTexts}.
 */
final class HistorySummary {

    private HistorySummary() {
    }

    static String target(Event event) {
        if (event instanceof SpanEvent span) {
            return "span " + span.id();
        } else if (event instanceof ChainEvent.Moved moved) {
            return moved.resultChain() == null ? "chains" : "chain " + moved.resultChain();
        } else if (event instanceof ChainEvent.Deleted deleted) {
            return "chain " + deleted.id();
        } else if (event instanceof LabelEvent.Renamed renamed && renamed.spans() != null) {
            return renamed.spans() + " spans";
        } else if (event instanceof LabelEvent.Relabelled relabelled) {
            return relabelled.spans() + " spans";
        } else if (event instanceof CurationEvent.Decided decided) {
            return "decision " + decided.decision();
        }
        return "";
    }

    static String details(Event event) {
        if (event instanceof SpanEvent.Created c) {
            return span(c.start(), c.end(), c.label());
        } else if (event instanceof SpanEvent.Updated u) {
            return span(u.before()) + " → " + span(u.after());
        } else if (event instanceof SpanEvent.Deleted d) {
            return span(d.span()) + (d.chain() == null ? "" : ", chain " + d.chain());
        } else if (event instanceof SpanEvent.Restored r) {
            return span(r.span()) + (r.chain() == null ? "" : ", chain " + r.chain());
        } else if (event instanceof ChainEvent.Moved moved) {
            return String.join(", ", moved.moves().stream().map(HistorySummary::move).toList());
        } else if (event instanceof LabelEvent.Renamed renamed) {
            return renamed.before() + " → " + renamed.after();
        } else if (event instanceof LabelEvent.Relabelled relabelled) {
            return relabelled.before() + " → " + relabelled.after();
        } else if (event instanceof LabelEvent.Added added) {
            return added.label();
        } else if (event instanceof LabelEvent.Changed changed) {
            return changed.label();
        } else if (event instanceof LabelEvent.Removed removed) {
            return removed.label() + (removed.relabelledTo() == null ? "" : " → " + removed.relabelledTo()
                    + " (" + removed.spans() + " spans)");
        } else if (event instanceof DocumentEvent.Imported imported) {
            return imported(imported);
        } else if (event instanceof DocumentEvent.Renamed renamed) {
            return renamed.before() + " → " + renamed.after();
        } else if (event instanceof AssignmentEvent.Added || event instanceof AssignmentEvent.Removed) {
            return ((AssignmentEvent) event).annotator();
        } else if (event instanceof MemberEvent member) {
            return member.member() + ": " + (member.before() == null ? "—" : member.before()) + " → "
                    + (member.after() == null ? "—" : member.after());
        } else if (event instanceof ProjectEvent.SharingChanged sharing) {
            return "annotators see each other: " + sharing.annotatorsSeeEachOther();
        } else if (event instanceof ProjectEvent.Seeded seeded) {
            return seeded.documents() + " documents";
        } else if (event instanceof CurationEvent.Started s) {
            return s.rule() + ": " + String.join(", ", s.annotators()) + "; " + s.spans() + " spans, " + s.chains()
                    + " chains, " + s.decisions() + " decisions";
        } else if (event instanceof CurationEvent.Decided d) {
            return d.outcome() + (d.candidate() == null ? "" : " candidate " + (d.candidate() + 1))
                    + (d.notApplied() == null || d.notApplied().isEmpty() ? "" : "; not applied: " + String.join(", ",
                    d.notApplied().stream().map(m -> span(m.start(), m.end(), m.label()) + " (" + m.reason() + ")").toList()));
        } else if (event instanceof CurationEvent.Remerged r) {
            return String.join(", ", r.annotators()) + "; " + r.spans() + " spans, " + r.decisions() + " decisions, "
                    + r.kept() + " kept";
        }
        return ""; // marked done or reopened, a removed chain, curation status, or a kind this version does not know
    }

    /** The layer's revision the change made, or 0 when it made none. */
    static long revision(Event event) {
        if (event instanceof LayerEvent layer) {
            return layer.revision();
        } else if (event instanceof LabelEvent.Renamed renamed && renamed.revision() != null) {
            return renamed.revision();
        } else if (event instanceof LabelEvent.Relabelled relabelled && relabelled.revision() != null) {
            return relabelled.revision();
        }
        return 0;
    }

    /** The file and what it brought, per annotator. */
    static ImportedFile importedFile(DocumentEvent.Imported file) {
        List<ImportedFile.Layer> layers = file.layers() == null ? List.of()
                : file.layers().stream().map(l -> new ImportedFile.Layer(l.annotator(), l.spans(), l.chains())).toList();
        return new ImportedFile(file.file(), file.format(), layers);
    }

    private static String imported(DocumentEvent.Imported imported) {
        ImportedFile file = importedFile(imported);
        List<String> parts = new ArrayList<>();
        parts.add(file.fileName() + " (" + file.format() + ")");
        file.layers().forEach(l -> parts.add(l.annotator() + ": " + l.spans() + " spans, " + l.chains() + " chains"));
        return String.join("; ", parts);
    }

    private static String move(ChainEvent.Move move) {
        String to = move.chainId() == null ? "no chain"
                : move.chainId() < 0 ? "new chain" : "chain " + move.chainId();
        return "span " + move.spanId() + " → " + to;
    }

    private static String span(SpanEvent.Value span) {
        return span(span.start(), span.end(), span.label());
    }

    private static String span(int start, int end, String label) {
        return "[" + start + ", " + end + ") " + (label == null ? "—" : label);
    }
}
