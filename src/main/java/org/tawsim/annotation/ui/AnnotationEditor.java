package org.tawsim.annotation.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.server.VaadinServletRequest;
import elemental.json.JsonArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.tawsim.annotation.Layer;
import org.tawsim.corpus.Document;
import org.tawsim.project.Label;

/** Java side of the &lt;tawsim-editor&gt; web component; the component talks to the HTTP API itself. */
@Tag("tawsim-editor")
@JsModule("./src/editor/tawsim-editor.ts")
@NpmPackage(value = "@fontsource/noto-naskh-arabic", version = "5.3.0")
public class AnnotationEditor extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Runnable refreshSuggestions = () -> { };

    /** A label as the toolbar shows it: its display name in the UI language, its guideline on hover. */
    record EditorLabel(String name, String colour, String hotkey, String display, String guideline) {
    }

    public AnnotationEditor(Document document, List<Label> labels, Layer layer) {
        setId("editor");
        getElement().setProperty("documentId", document.id());
        getElement().setProperty("direction", document.direction());
        getElement().setProperty("text", document.text());
        getElement().setProperty("labelsJson", json(labels.stream().map(l -> new EditorLabel(l.name(), l.colour(),
                l.hotkey(), l.displayName(getLocale()), l.guideline())).toList()));
        getElement().setProperty("messagesJson", json(messages()));
        csrf();
        getElement().setProperty("layerJson", json(layer));
    }

    /** A read-only view of one layer, e.g. one annotator in a side-by-side review; marks are pointed out. */
    public static AnnotationEditor review(Document document, List<Label> labels, Layer layer, List<int[]> marks) {
        AnnotationEditor viewer = new AnnotationEditor(document, labels, layer);
        viewer.getElement().removeAttribute("id");
        viewer.getElement().setProperty("readonly", true);
        viewer.getElement().setProperty("marksJson", json(marks));
        return viewer;
    }

    /**
     * Points the editor at another layer API with the same {@code documents/{id}/layer|operations} shape, e.g.
     * the gold layer under {@code /api/v1/curation}.
     */
    public void layerAt(String apiBase) {
        getElement().setProperty("apiBase", apiBase);
    }

    /** A document its annotator marked done: the editor says so and changes nothing until it is reopened. */
    public void setDone(boolean done) {
        boolean changed = done != getElement().getProperty("done", false);
        getElement().setProperty("done", done);
        if (changed) {
            refreshSuggestions.run(); // a done layer is offered none; reopened, it is again
        }
    }

    /** Starts with the side panel (selection, chains, keys) closed; a toolbar button opens it. */
    public void collapseSidePanel() {
        getElement().setProperty("sideCollapsed", true);
    }

    /** Scrolls [start, end) into view and highlights it as the range being looked at (code points). */
    public void reveal(int start, int end) {
        getElement().callJsFunction("reveal", start, end);
    }

    /** Editors of the same group on a page scroll together: scrolling one scrolls the others to the same place. */
    public void scrollTogether(String group) {
        getElement().setProperty("scrollGroup", group);
    }

    /** Fetches the layer again from the server (after the server changed it). */
    public void reload() {
        getElement().callJsFunction("reload");
    }

    /**
     * Shows the annotator's own suggestions on their editable layer (never on another layer): asks {@code source}
     * now, after every change the editor saved (accepting one is such a change) and after a rejection, which goes to
     * {@code reject} with the suggestion's id. The ids of accepted suggestions go to {@code accepted} once the server
     * acknowledged the spans the editor made of them. Offsets are code points, as for spans.
     */
    public void suggestFrom(Supplier<? extends List<?>> source, Consumer<String> reject, Consumer<List<String>> accepted) {
        Runnable refresh = () -> getElement().setProperty("suggestionsJson", json(source.get()));
        refreshSuggestions = refresh;
        refresh.run();
        getElement().addEventListener("tw-suggestions-stale", e -> refresh.run()).debounce(150);
        getElement().addEventListener("tw-suggestion-reject", e -> {
            reject.accept(e.getEventData().get("event.detail.id").asString());
            refresh.run();
        }).addEventData("event.detail.id");
        getElement().addEventListener("tw-suggestion-accepted", e -> {
            JsonArray ids = e.getEventData().getArray("event.detail.ids");
            List<String> acceptedIds = new java.util.ArrayList<>();
            for (int i = 0; ids != null && i < ids.length(); i++) {
                acceptedIds.add(ids.getString(i));
            }
            if (!acceptedIds.isEmpty()) {
                accepted.accept(acceptedIds); // an "accept all" is one call, not one per suggestion
            }
        }).addEventData("event.detail.ids");
    }

    /** Points out ranges, as a JSON list of [start, end) pairs in code points. */
    public void mark(String marksJson) {
        getElement().setProperty("marksJson", marksJson);
    }

    private void csrf() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Object token = request == null ? null : request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            getElement().setProperty("csrfHeader", csrf.getHeaderName());
            getElement().setProperty("csrfToken", csrf.getToken());
        }
    }

    /** Every editor.* text in the UI language, for the component's own labels and messages. */
    private Map<String, String> messages() {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", getLocale());
        Map<String, String> messages = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("editor.")) {
                messages.put(key, bundle.getString(key));
            }
        }
        return messages;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
