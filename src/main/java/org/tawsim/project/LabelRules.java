package org.tawsim.project;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tawsim.base.UserError;

/**
 * What a label set must satisfy, checked before anything is written so that a lead gets a message instead of a
 * database error: the same rules as the {@code label} table's constraints, plus the editor's own command keys.
 */
public final class LabelRules {

    static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");
    static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    static final Pattern HOTKEY = Pattern.compile("[0-9a-z]");
    /** Letters the editor keeps for its commands (keymap.ts: exact, link, unlink, split, chips). */
    public static final Set<String> RESERVED_KEYS = Set.of("x", "l", "u", "s", "t");
    static final int DISPLAY_MAX = 64;
    static final int GUIDELINE_MAX = 500;

    private LabelRules() {
    }

    /** The label as a lead typed it, tidied: name in capitals, colour in lower case, blanks as absent. */
    public static Label tidy(Label label) {
        return new Label(strip(label.name()).toUpperCase(Locale.ROOT), strip(label.colour()).toLowerCase(Locale.ROOT),
                blankToNull(strip(label.hotkey()).toLowerCase(Locale.ROOT)), label.position(),
                blankToNull(strip(label.displayEn())), blankToNull(strip(label.displayAr())), strip(label.guideline()));
    }

    /** Throws a {@link UserError} naming the first broken rule of the whole set. */
    public static void check(List<Label> labels) {
        if (labels.isEmpty()) {
            throw new UserError("label.error.empty");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> keys = new HashMap<>();
        for (Label label : labels) {
            check(label);
            if (!names.add(label.name())) {
                throw new UserError("label.error.duplicate", label.name());
            }
            if (label.hotkey() != null) {
                String holder = keys.putIfAbsent(label.hotkey(), label.name());
                if (holder != null) {
                    throw new UserError("label.error.hotkey-taken", label.hotkey(), holder);
                }
            }
        }
    }

    static void check(Label label) {
        if (!NAME.matcher(label.name()).matches()) {
            throw new UserError("label.error.name", label.name());
        }
        if (!COLOUR.matcher(label.colour()).matches()) {
            throw new UserError("label.error.colour", label.colour());
        }
        if (label.hotkey() != null) {
            if (!HOTKEY.matcher(label.hotkey()).matches()) {
                throw new UserError("label.error.hotkey", label.hotkey());
            }
            if (RESERVED_KEYS.contains(label.hotkey())) {
                throw new UserError("label.error.hotkey-reserved", label.hotkey());
            }
        }
        if (length(label.displayEn()) > DISPLAY_MAX || length(label.displayAr()) > DISPLAY_MAX) {
            throw new UserError("label.error.display", DISPLAY_MAX);
        }
        if (length(label.guideline()) > GUIDELINE_MAX) {
            throw new UserError("label.error.guideline", GUIDELINE_MAX);
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
