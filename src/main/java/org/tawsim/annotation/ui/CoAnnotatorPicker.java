package org.tawsim.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.CoAnnotator;
import org.tawsim.annotation.CoAnnotatorLayers;
import org.tawsim.corpus.Document;
import org.tawsim.project.Label;
import org.tawsim.base.ui.UserText;

/**
 * Opens another annotator's layer of this document, read-only, beside the annotator's own editor (which stays
 * as it is). Shown only when a lead lets the project's annotators see each other's work.
 */
class CoAnnotatorPicker extends Select<CoAnnotator> {

    CoAnnotatorPicker(UserAccount annotator, Document document, List<Label> labels, CoAnnotatorLayers layers) {
        setId("co-annotator-picker");
        setLabel(getTranslation("document.co-annotator.pick"));
        setPlaceholder(getTranslation("document.co-annotator.placeholder"));
        setWidth("18rem");
        List<CoAnnotator> others = layers.coAnnotators(annotator, document.id());
        setItems(others);
        setItemLabelGenerator(a -> UserText.isolate(a.displayName()) + " (" + UserText.isolate(a.login()) + ")");
        setEnabled(!others.isEmpty());
        if (others.isEmpty()) {
            setHelperText(getTranslation("document.co-annotator.none"));
        }
        addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            CoAnnotator other = e.getValue();
            clear();
            open(other, new ReadOnlyLayer(document, labels, layers.layerOf(annotator, document.id(), other.login())));
        });
    }

    private void open(CoAnnotator other, ReadOnlyLayer layer) {
        Dialog dialog = new Dialog();
        dialog.setId("co-annotator-dialog");
        dialog.setHeaderTitle(getTranslation("document.co-annotator.title", UserText.isolate(other.displayName())));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(layer);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
