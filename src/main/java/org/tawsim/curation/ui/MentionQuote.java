package org.tawsim.curation.ui;

import com.vaadin.flow.dom.Element;
import org.tawsim.text.MentionInContext;

/**
 * A mention quoted with two words of context on each side, in a bidi isolate of its own ({@code <bdi dir=auto>}),
 * so Arabic quoted in an English line (or offsets next to Arabic) keeps its order and its place.
 */
final class MentionQuote {

    static final int CONTEXT_WORDS = 2;

    private MentionQuote() {
    }

    static Element of(int[] codePoints, int start, int end) {
        MentionInContext context = MentionInContext.of(codePoints, start, end, CONTEXT_WORDS);
        Element bdi = new Element("bdi");
        bdi.setAttribute("dir", "auto");
        bdi.getClassList().add("mention-quote");
        Element mark = new Element("mark");
        mark.setText(context.mention());
        bdi.appendChild(Element.createText((context.cutBefore() ? "…" : "") + context.before()), mark,
                Element.createText(context.after() + (context.cutAfter() ? "…" : "")));
        return bdi;
    }
}
