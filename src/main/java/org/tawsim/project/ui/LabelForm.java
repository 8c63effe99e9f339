package org.tawsim.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import org.tawsim.project.Label;
import org.tawsim.project.LabelRules;

/** The fields of one label, to add a new one or change one picked in the list (then its name may change too). */
class LabelForm extends VerticalLayout {

    private static final String DEFAULT_COLOUR = "#e9c46a";

    private final H4 heading = new H4();
    private final TextField name = new TextField();
    private final TextField colour = new TextField();
    private final Span swatch = new Span();
    private final TextField hotkey = new TextField();
    private final TextField displayEn = new TextField();
    private final TextField displayAr = new TextField();
    private final TextArea guideline = new TextArea();
    private final Button cancel = new Button();
    private String originalName;

    /** @param save called with the name of the label being changed (null: a new label) and the fields' label */
    LabelForm(BiConsumer<String, Label> save) {
        setPadding(false);
        name.setLabel(getTranslation("labels.name"));
        name.setId("label-name");
        name.setHelperText(getTranslation("labels.name.hint"));
        name.setMaxLength(32);
        colour.setLabel(getTranslation("labels.colour"));
        colour.setId("label-colour");
        colour.setPlaceholder("#rrggbb");
        colour.setMaxLength(7);
        colour.setPrefixComponent(swatch);
        colour.addValueChangeListener(e -> paintSwatch());
        swatch.getElement().setAttribute("aria-hidden", "true");
        swatch.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                .set("border-radius", "2px");
        hotkey.setLabel(getTranslation("labels.hotkey"));
        hotkey.setId("label-hotkey");
        hotkey.setMaxLength(1);
        hotkey.setHelperText(getTranslation("labels.hotkey.hint", String.join(" ", LabelRules.RESERVED_KEYS.stream()
                .sorted().map(k -> k.toUpperCase(java.util.Locale.ROOT)).toList())));
        displayEn.setLabel(getTranslation("labels.display-en"));
        displayEn.setId("label-display-en");
        displayEn.setMaxLength(64);
        displayEn.getElement().setAttribute("dir", "ltr");
        displayAr.setLabel(getTranslation("labels.display-ar"));
        displayAr.setId("label-display-ar");
        displayAr.setMaxLength(64);
        displayAr.getElement().setAttribute("dir", "rtl");
        guideline.setLabel(getTranslation("labels.guideline"));
        guideline.setId("label-guideline");
        guideline.setMaxLength(500);
        guideline.getElement().setAttribute("dir", "auto");
        FormLayout fields = new FormLayout(name, colour, hotkey, displayEn, displayAr, guideline);
        fields.setColspan(guideline, 2);
        Button submit = new Button(getTranslation("labels.save"), e -> save.accept(originalName, value()));
        submit.setId("label-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("labels.cancel"));
        cancel.setId("label-cancel");
        cancel.addClickListener(e -> startNew());
        add(heading, fields, new HorizontalLayout(submit, cancel));
        startNew();
    }

    /** Empty fields for a new label. */
    void startNew() {
        fill(null, new Label("", DEFAULT_COLOUR, null, 0));
        heading.setText(getTranslation("labels.add"));
        cancel.setVisible(false);
    }

    /** The label's fields, to change it. */
    void edit(Label label) {
        fill(label.name(), label);
        heading.setText(getTranslation("labels.edit", label.name()));
        cancel.setVisible(true);
        name.focus();
    }

    private void fill(String original, Label label) {
        originalName = original;
        name.setValue(label.name());
        colour.setValue(label.colour());
        hotkey.setValue(label.hotkey() == null ? "" : label.hotkey());
        displayEn.setValue(label.displayEn() == null ? "" : label.displayEn());
        displayAr.setValue(label.displayAr() == null ? "" : label.displayAr());
        guideline.setValue(label.guideline());
        paintSwatch();
    }

    private Label value() {
        return new Label(name.getValue(), colour.getValue(), hotkey.getValue(), 0, displayEn.getValue(),
                displayAr.getValue(), guideline.getValue());
    }

    private void paintSwatch() {
        swatch.getStyle().set("background-color", colour.getValue().matches("#[0-9a-fA-F]{6}") ? colour.getValue() : "transparent");
    }
}
