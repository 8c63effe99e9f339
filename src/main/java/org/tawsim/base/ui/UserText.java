package org.tawsim.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A string a person typed (display name, login, project name, document title, label name), shown so that its own
 * direction and bidi controls stay inside it: a name ending in U+202E or written in Arabic does not reorder the
 * text around it. On a page it is a {@code <bdi>} element (isolated, direction from its first strong letter);
 * where only a string fits (a select's item label, a dialog title, a message argument) it is wrapped in
 * U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, the same thing in plain text.
 */
@Tag("bdi")
public class UserText extends Component {

    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    public UserText(String text) {
        getElement().setText(text == null ? "" : text);
    }

    public static UserText of(String text) {
        return new UserText(text);
    }

    /** For plain-text places: the string between FSI and PDI (PDI also ends any embedding the string left open). */
    public static String isolate(String text) {
        return FIRST_STRONG_ISOLATE + (text == null ? "" : text) + POP_DIRECTIONAL_ISOLATE;
    }

    /** A grid column of user strings, each cell's text in a {@code <bdi>} (still sortable by the string). */
    public static <T> Grid.Column<T> column(Grid<T> grid, ValueProvider<T, String> text) {
        return grid.addColumn(LitRenderer.<T>of("<bdi>${item.text}</bdi>").withProperty("text", text))
                .setComparator(text);
    }

    /**
     * A grid column of document titles: as {@link #column}, and the whole title shows on hover; {@code dir=auto}
     * gives each title its own direction, so a long Arabic title in the English UI is cut at its logical end and
     * keeps its beginning (and a Latin title in the Arabic UI likewise).
     */
    public static <T> Grid.Column<T> titleColumn(Grid<T> grid, ValueProvider<T, String> title) {
        return grid.addColumn(LitRenderer.<T>of(
                        "<bdi class=\"tawsim-title\" dir=\"auto\" title=\"${item.text}\">${item.text}</bdi>")
                        .withProperty("text", title))
                .setComparator(title);
    }
}
