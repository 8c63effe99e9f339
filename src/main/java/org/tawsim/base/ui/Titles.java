package org.tawsim.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * Document titles in grids: each title takes its own direction (dir=auto), so a long Arabic title in the English UI
 * is cut at its logical end (the left) and keeps its beginning, and a Latin title in the Arabic UI likewise.
 */
public final class Titles {

    private Titles() {
    }

    public static <T> Renderer<T> renderer(ValueProvider<T, String> title) {
        return LitRenderer.<T>of("<span class=\"tawsim-title\" dir=\"auto\" title=\"${item.title}\">${item.title}</span>")
                .withProperty("title", title);
    }
}
