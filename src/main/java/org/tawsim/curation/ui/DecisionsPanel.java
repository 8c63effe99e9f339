package org.tawsim.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tawsim.base.ui.Plurals;
import org.tawsim.curation.CurationDecision;
import org.tawsim.curation.NotApplied;
import org.tawsim.curation.Outcome;
import org.tawsim.curation.merge.Decision;
import org.tawsim.curation.merge.Mention;

/**
 * The decisions of a curation, in text order, each with its candidates and their support. Keys while the
 * panel has focus: N / P next and previous decision, 1–9 accept a candidate, R reject, E edited in gold.
 */
class DecisionsPanel extends VerticalLayout {

    /** What the lead chose for a decision; candidate is an index for ACCEPTED, otherwise null. */
    record Choice(CurationDecision decision, Outcome outcome, Integer candidate) {
    }

    /** A chain candidate quotes this many mentions, then says how many more it has. */
    private static final int MENTIONS_SHOWN = 4;

    private final int[] codePoints;
    private final Consumer<Choice> onChoice;
    private final Consumer<CurationDecision> onCurrent;
    private List<CurationDecision> decisions = List.of();
    private int current = -1;

    DecisionsPanel(String text, Consumer<Choice> onChoice, Consumer<CurationDecision> onCurrent) {
        this.codePoints = text.codePoints().toArray();
        this.onChoice = onChoice;
        this.onCurrent = onCurrent;
        setId("curation-decisions");
        addClassName("curation-decisions");
        setPadding(false);
        setSpacing(false);
        getElement().setAttribute("tabindex", "0");
        getElement().addEventListener("keydown", e -> key(e.getEventData().getString("event.key")))
                .addEventData("event.key")
                .setFilter("!event.ctrlKey && !event.altKey && !event.metaKey && /^[1-9nNpPrReE]$/.test(event.key)");
    }

    /** Shows the decisions; the current one becomes the first open decision at or after the previous one. */
    void show(List<CurationDecision> all) {
        decisions = all;
        int from = Math.max(current, 0);
        current = nextOpen(from);
        render();
    }

    private int nextOpen(int from) {
        for (int i = 0; i < decisions.size(); i++) {
            int at = (from + i) % decisions.size();
            if (decisions.get(at).open()) {
                return at;
            }
        }
        return decisions.isEmpty() ? -1 : Math.min(from, decisions.size() - 1);
    }

    private void key(String key) {
        if (current < 0) {
            return;
        }
        CurationDecision decision = decisions.get(current);
        switch (key.toLowerCase()) {
            case "n" -> select(Math.min(current + 1, decisions.size() - 1));
            case "p" -> select(Math.max(current - 1, 0));
            case "r" -> onChoice.accept(new Choice(decision, Outcome.REJECTED, null));
            case "e" -> onChoice.accept(new Choice(decision, Outcome.EDITED, null));
            default -> {
                int index = Integer.parseInt(key) - 1;
                if (index < decision.candidates().size()) {
                    onChoice.accept(new Choice(decision, Outcome.ACCEPTED, index));
                }
            }
        }
    }

    private void select(int index) {
        current = index;
        render();
    }

    private void render() {
        removeAll();
        long open = decisions.stream().filter(CurationDecision::open).count();
        Paragraph summary = new Paragraph(getTranslation("curation.decisions.summary", open, Plurals.count("decisions", decisions.size())));
        summary.setId("curation-open-count");
        add(summary, new Paragraph(getTranslation("curation.decisions.keys")));
        for (int i = 0; i < decisions.size(); i++) {
            add(card(i, decisions.get(i)));
        }
        if (current >= 0) {
            onCurrent.accept(decisions.get(current));
        }
    }

    private Div card(int index, CurationDecision decision) {
        Div card = new Div();
        card.addClassName("curation-decision");
        card.setId("decision-" + index);
        card.getElement().setAttribute("data-kind", decision.kind().name());
        card.getElement().setAttribute("data-open", String.valueOf(decision.open()));
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("margin-block", "var(--lumo-space-xs)").set("width", "100%")
                .set("box-sizing", "border-box");
        if (index == current) {
            card.addClassName("current");
            card.getStyle().set("border", "2px solid var(--lumo-primary-color)");
        }
        if (!decision.open()) {
            card.getStyle().set("opacity", "0.7");
        }
        card.addClickListener(e -> {
            if (current != index) {
                select(index);
            }
        });
        H4 head = new H4((index + 1) + ". " + getTranslation("curation.kind." + decision.kind().name()));
        card.add(head);
        if (decision.kind() != Decision.Kind.CHAIN_MISMATCH) { // a chain's region is its mentions, quoted below
            Span region = new Span();
            region.addClassName("curation-region");
            region.getElement().appendChild(MentionQuote.of(codePoints, decision.start(), decision.end()));
            card.add(region);
        }
        if (!decision.open()) {
            Span outcome = new Span(getTranslation(decision.byRule() ? "curation.outcome.rule" : "curation.outcome." + decision.outcome().dbValue(),
                    decision.chosen() == null ? "" : decision.chosen() + 1));
            outcome.addClassName("curation-outcome");
            outcome.getStyle().set("display", "block").set("font-weight", "600");
            card.add(outcome);
        }
        for (NotApplied missing : decision.notApplied()) {
            Span warning = new Span(getTranslation("curation.not-applied." + missing.reason(), quote(missing.start(), missing.end()),
                    missing.label() == null ? "" : missing.label()));
            warning.addClassName("curation-not-applied");
            warning.getElement().setAttribute("dir", "auto");
            warning.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)");
            card.add(warning);
        }
        for (int c = 0; c < decision.candidates().size(); c++) {
            Decision.Candidate candidate = decision.candidates().get(c);
            int chosen = c;
            Button accept = new Button();
            accept.addClickListener(e -> onChoice.accept(new Choice(decision, Outcome.ACCEPTED, chosen)));
            accept.getElement().appendChild(Element.createText((c + 1) + " · "));
            describe(candidate).forEach(accept.getElement()::appendChild);
            accept.getElement().appendChild(Element.createText(" · "), isolate(candidate.support(decision.annotators())
                    + " (" + String.join(", ", candidate.supporters()) + ")"));
            accept.setId("decision-" + index + "-candidate-" + (c + 1));
            accept.addClassName("curation-candidate");
            // Long candidates (text, label, supporters) wrap inside the panel instead of widening it.
            accept.getStyle().set("white-space", "normal").set("height", "auto").set("max-width", "100%")
                    .set("min-height", "var(--lumo-button-size)").set("text-align", "start")
                    .set("padding-block", "var(--lumo-space-xs)");
            if (Integer.valueOf(c).equals(decision.chosen())) {
                accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            }
            card.add(accept);
        }
        Button reject = new Button(getTranslation("curation.reject"), e -> onChoice.accept(new Choice(decision, Outcome.REJECTED, null)));
        reject.setId("decision-" + index + "-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button edited = new Button(getTranslation("curation.edited"), e -> onChoice.accept(new Choice(decision, Outcome.EDITED, null)));
        edited.setId("decision-" + index + "-edited");
        edited.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(reject, edited);
        return card;
    }

    /** The candidate as a line: a span's label and its quote, or each chain's first mentions in context. */
    private List<Element> describe(Decision.Candidate candidate) {
        List<Element> parts = new ArrayList<>();
        if (candidate.span() != null) {
            parts.add(isolate(candidate.span().label()));
            parts.add(Element.createText(" "));
            parts.add(MentionQuote.of(codePoints, candidate.span().start(), candidate.span().end()));
            return parts;
        }
        if (candidate.chains().isEmpty()) {
            parts.add(Element.createText(getTranslation("curation.no-chain")));
            return parts;
        }
        for (List<Mention> chain : candidate.chains()) {
            parts.add(Element.createText((parts.isEmpty() ? "" : " | ") + getTranslation("curation.chain") + " "));
            for (int m = 0; m < Math.min(chain.size(), MENTIONS_SHOWN); m++) {
                if (m > 0) {
                    parts.add(Element.createText(" · "));
                }
                parts.add(MentionQuote.of(codePoints, chain.get(m).start(), chain.get(m).end()));
            }
            if (chain.size() > MENTIONS_SHOWN) {
                parts.add(Element.createText(" " + getTranslation("curation.more-mentions", chain.size() - MENTIONS_SHOWN)));
            }
        }
        return parts;
    }

    /** Each part of a candidate's line in its own isolate: Latin labels and logins keep their place in Arabic. */
    private static Element isolate(String text) {
        Element bdi = new Element("bdi");
        bdi.setText(text);
        return bdi;
    }

    private String quote(int start, int end) {
        int from = Math.min(start, codePoints.length);
        int to = Math.min(end, codePoints.length);
        // First-strong isolate: Arabic quoted inside a Latin line keeps its own direction and its place.
        return "\u2068«" + new String(codePoints, from, to - from) + "»\u2069";
    }

    static String marks(CurationDecision decision) {
        if (decision.kind() != Decision.Kind.CHAIN_MISMATCH) {
            return "[[" + decision.start() + "," + decision.end() + "]]";
        }
        return decision.candidates().stream().flatMap(c -> c.chains().stream()).flatMap(List::stream).distinct()
                .map((Mention m) -> "[" + m.start() + "," + m.end() + "]").collect(Collectors.joining(",", "[", "]"));
    }
}
