package org.tawsim.suggestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.base.UserError;

/**
 * Which recommenders run in a project, e.g. {@code {"stringMatcher": {"enabled": true}, "opennlp": {"enabled":
 * false}, "external": {"enabled": false}, "predictions": {"enabled": true}}}. A change names the switches it sets;
 * the others stay as they are.
 */
public record RecommenderSettings(Switch stringMatcher, Switch opennlp, Switch external, Switch predictions) {

    public static final String STRING_MATCHER = "string";
    public static final String OPENNLP = "opennlp";
    public static final String EXTERNAL = "external";
    public static final String PREDICTIONS = "predictions";
    /** Every recommender's name, in the order of the settings' fields. */
    public static final List<String> NAMES = List.of(STRING_MATCHER, OPENNLP, EXTERNAL, PREDICTIONS);
    private static final List<String> FIELDS = List.of("stringMatcher", "opennlp", "external", "predictions");

    /** One recommender's switch; {@code enabled} must be given in a change. */
    public record Switch(Boolean enabled) {

        public static Switch of(boolean enabled) {
            return new Switch(enabled);
        }
    }

    /**
     * A project nobody changed: the string matcher is on; imported predictions are on (nothing shows until a lead
     * imports some); the trained model and the external service wait for a lead to switch them on.
     */
    public static RecommenderSettings defaults() {
        return new RecommenderSettings(Switch.of(true), Switch.of(false), Switch.of(false), Switch.of(true));
    }

    /** A change that sets one recommender's switch and leaves the others as they are. */
    public static RecommenderSettings only(String recommender, boolean enabled) {
        Switch s = Switch.of(enabled);
        return new RecommenderSettings(STRING_MATCHER.equals(recommender) ? s : null, OPENNLP.equals(recommender) ? s : null,
                EXTERNAL.equals(recommender) ? s : null, PREDICTIONS.equals(recommender) ? s : null);
    }

    /** Settings from each recommender's state, by name. */
    static RecommenderSettings of(Map<String, Boolean> enabled) {
        return new RecommenderSettings(Switch.of(enabled.get(STRING_MATCHER)), Switch.of(enabled.get(OPENNLP)),
                Switch.of(enabled.get(EXTERNAL)), Switch.of(enabled.get(PREDICTIONS)));
    }

    /** Whether the named recommender is on; a setting read from the project always names every one. */
    public boolean enabled(String recommender) {
        Switch s = switches().get(recommender);
        return s != null && Boolean.TRUE.equals(s.enabled());
    }

    /** The switches a change sets, by recommender name; a clear error when it sets none or one without a value. */
    Map<String, Boolean> requested() {
        Map<String, Boolean> requested = new LinkedHashMap<>();
        switches().forEach((name, s) -> {
            if (s != null) {
                if (s.enabled() == null) {
                    throw new UserError("request.field.invalid", FIELDS.get(NAMES.indexOf(name)) + ".enabled");
                }
                requested.put(name, s.enabled());
            }
        });
        if (requested.isEmpty()) {
            throw new UserError("request.field.invalid", String.join(" | ", FIELDS));
        }
        return requested;
    }

    private Map<String, Switch> switches() {
        Map<String, Switch> switches = new LinkedHashMap<>();
        switches.put(STRING_MATCHER, stringMatcher);
        switches.put(OPENNLP, opennlp);
        switches.put(EXTERNAL, external);
        switches.put(PREDICTIONS, predictions);
        return switches;
    }
}
