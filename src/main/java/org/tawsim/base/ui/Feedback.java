package org.tawsim.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.tawsim.base.UserError;

/** Short messages to the user, translated, at the same corner for every page. */
public final class Feedback {

    private Feedback() {
    }

    public static void error(UserError error) {
        show(UI.getCurrent().getTranslation(error.messageKey(), error.args()), NotificationVariant.LUMO_ERROR, 8000);
    }

    public static void warning(String message) {
        show(message, NotificationVariant.LUMO_WARNING, 8000);
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    private static void show(String message, NotificationVariant variant, int millis) {
        Notification n = Notification.show(message, millis, Notification.Position.BOTTOM_END);
        n.addThemeVariants(variant);
        n.addClassName("tawsim-feedback");
    }
}
