package org.tawsim.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Predicate;
import org.tawsim.base.ui.UserText;
import org.tawsim.project.Label;

/**
 * Asks before a label goes. A label that spans use cannot simply go: the dialog says how many spans use it and
 * offers to give them another label of the set first.
 */
class LabelRemovalDialog extends Dialog {

    /** @param remove called with the label to give the spans (null when none use it); true when the removal succeeded */
    LabelRemovalDialog(Label label, int using, List<Label> others, Predicate<String> remove) {
        setId("label-removal");
        setHeaderTitle(getTranslation("labels.remove.title", UserText.isolate(label.name())));
        Button confirm = new Button();
        confirm.setId("label-removal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        if (using == 0) {
            add(new Paragraph(getTranslation("labels.remove.unused", UserText.isolate(label.name()))));
            confirm.setText(getTranslation("labels.remove"));
            confirm.addClickListener(e -> {
                if (remove.test(null)) {
                    close();
                }
            });
        } else {
            Paragraph used = new Paragraph(getTranslation("label.error.in-use", UserText.isolate(label.name()), using));
            used.setId("label-removal-count");
            Select<Label> target = new Select<>();
            target.setId("label-removal-target");
            target.setLabel(getTranslation("labels.remove.relabel-to"));
            target.setItems(others);
            target.setItemLabelGenerator(l -> UserText.isolate(l.name()));
            add(used, target);
            confirm.setText(getTranslation("labels.remove.relabel"));
            confirm.addClickListener(e -> {
                if (target.getValue() == null) {
                    target.setInvalid(true);
                    target.setErrorMessage(getTranslation("labels.remove.choose"));
                } else if (remove.test(target.getValue().name())) {
                    close();
                }
            });
        }
        Button cancel = new Button(getTranslation("labels.cancel"), e -> close());
        cancel.setId("label-removal-cancel");
        getFooter().add(cancel, confirm);
    }
}
