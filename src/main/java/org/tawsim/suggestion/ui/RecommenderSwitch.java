package org.tawsim.suggestion.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.Feedback;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;

/**
 * A recommender's heading: its on/off switch (saved at once) and a line of help. The checkbox's id is
 * {@code recommender-<name>}, e.g. {@code recommender-opennlp}; the string matcher's is
 * {@code recommender-string-matcher}.
 */
public class RecommenderSwitch extends VerticalLayout {

    private final Checkbox box;

    public RecommenderSwitch(UserAccount lead, long projectId, RecommenderService recommenders, String recommender,
                             String titleKey, String helpKey) {
        setPadding(false);
        setSpacing(false);
        box = new Checkbox(getTranslation(titleKey));
        box.setId(RecommenderSettings.STRING_MATCHER.equals(recommender) ? "recommender-string-matcher" : "recommender-" + recommender);
        box.setValue(recommenders.settings(lead, projectId).enabled(recommender));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            recommenders.update(lead, projectId, RecommenderSettings.only(recommender, e.getValue()));
            Feedback.success(getTranslation("recommenders.saved"));
        });
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        add(box, help);
    }

    /** Whether the switch shows the recommender on. */
    public boolean on() {
        return box.getValue();
    }

    /** Hears each change the lead makes, after it is saved (e.g. a section showing what the switch started). */
    public Registration addSwitchListener(Consumer<Boolean> listener) {
        return box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.accept(e.getValue());
            }
        });
    }

    /** A small grey note under the switch, e.g. a status line. */
    public static Span note(String text) {
        Span note = new Span(text);
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return note;
    }
}
