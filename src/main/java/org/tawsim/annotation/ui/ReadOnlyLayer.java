package org.tawsim.annotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.layer.Chain;
import org.tawsim.annotation.layer.Span;
import org.tawsim.base.ui.UserText;
import org.tawsim.corpus.Document;
import org.tawsim.project.Label;

/**
 * Someone else's layer, rendered on the server: the text with a {@code <mark>} per span (coloured by label, the
 * label as title) and the chains as lists of mentions. Text goes in as text nodes only, never as HTML. Marks get
 * no padding or border: either breaks the joining of Arabic letters across the mark's edge.
 */
class ReadOnlyLayer extends Div {

    ReadOnlyLayer(Document document, List<Label> labels, Layer layer) {
        setId("co-annotator-layer");
        Map<String, String> colours = labels.stream().collect(Collectors.toMap(Label::name, Label::colour));
        add(legend(labels, getLocale()));
        Div text = new Div();
        text.setId("co-annotator-text");
        text.addClassName("document-text");
        text.getElement().setAttribute("dir", document.direction());
        text.getElement().setAttribute("lang", document.language());
        render(text.getElement(), document.text(), layer.spans(), colours);
        add(text);
        if (layer.spans().isEmpty()) {
            add(new Paragraph(getTranslation("document.co-annotator.no-spans")));
        }
        add(new H4(getTranslation("document.co-annotator.chains")));
        if (layer.chains().isEmpty()) {
            add(new Paragraph(getTranslation("document.co-annotator.no-chains")));
        } else {
            add(chains(document.text(), layer));
        }
    }

    /**
     * Cuts the text at every span boundary; each piece is wrapped in one mark per span covering it, longest
     * outermost, so nested and overlapping spans both show (an overlapping span is marked piece by piece).
     */
    private static void render(Element parent, String text, List<Span> spans, Map<String, String> colours) {
        int length = text.codePointCount(0, text.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        spans.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            List<Span> covering = spans.stream().filter(s -> s.start() <= a && s.end() >= b)
                    .sorted(Comparator.comparingInt((Span s) -> s.end() - s.start()).reversed()).toList();
            Element piece = Element.createText(slice(text, a, b));
            for (int i = covering.size() - 1; i >= 0; i--) {
                piece = mark(covering.get(i), colours).appendChild(piece);
            }
            parent.appendChild(piece);
            from = to;
        }
    }

    /** Which colour is which label: the marks' titles alone reach neither the keyboard nor a glance. */
    private static Div legend(List<Label> labels, Locale locale) {
        Div legend = new Div();
        legend.setId("co-annotator-legend");
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        for (Label label : labels) {
            Element entry = new Element("span");
            Element swatch = new Element("mark");
            swatch.setText("\u00a0\u00a0\u00a0");
            swatch.setAttribute("aria-hidden", "true");
            swatch.getStyle().set("background-color", label.colour() + "66").set("margin-inline-end", "var(--lumo-space-xs)");
            entry.appendChild(swatch, UserText.of(label.displayName(locale)).getElement());
            if (!label.guideline().isEmpty()) {
                entry.setAttribute("title", label.guideline());
            }
            legend.getElement().appendChild(entry);
        }
        return legend;
    }

    private static Element mark(Span span, Map<String, String> colours) {
        Element mark = new Element("mark");
        mark.setAttribute("title", span.label());
        mark.setAttribute("aria-label", span.label());
        mark.setAttribute("data-label", span.label());
        // a translucent fill keeps nested spans and the text readable; 66 is the alpha of #rrggbbaa
        mark.getStyle().set("background-color", colours.getOrDefault(span.label(), "#cccccc") + "66")
                .set("color", "inherit").set("padding", "0").set("border", "0");
        return mark;
    }

    private static OrderedList chains(String text, Layer layer) {
        Map<Long, Span> byId = layer.spans().stream().collect(Collectors.toMap(Span::id, Function.identity()));
        OrderedList list = new OrderedList();
        list.setId("co-annotator-chains");
        for (Chain chain : layer.chains()) {
            List<String> mentions = new ArrayList<>();
            for (Long id : chain.spanIds()) {
                Span span = byId.get(id);
                if (span != null) {
                    mentions.add("«" + slice(text, span.start(), span.end()) + "» " + span.label());
                }
            }
            ListItem item = new ListItem(String.join(" · ", mentions));
            item.getElement().setAttribute("dir", "auto");
            item.addClassName("arabic-text");
            list.add(item);
        }
        return list;
    }

    /** Offsets are code points; Java strings index UTF-16 units. */
    private static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
