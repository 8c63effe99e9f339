package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of the sealed {@link Event} family and their JSON: a kind is its record's {@code @JsonTypeName}, the
 * payload the record's fields. Reading is lenient (a field added later or dropped since does not fail a row).
 */
public final class EventKinds {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final Map<String, Class<? extends Event>> BY_KIND = byKind();

    private EventKinds() {
    }

    /** Every record of the family that is written (not {@link UnknownEvent}), in declaration order. */
    public static List<Class<? extends Event>> all() {
        return List.copyOf(BY_KIND.values());
    }

    public static String kindOf(Class<? extends Event> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalArgumentException(type + " is not an event kind");
        }
        return name.value();
    }

    public static String kindOf(Event event) {
        return event instanceof UnknownEvent unknown ? unknown.kind() : kindOf(event.getClass());
    }

    static String json(Event event) {
        if (event instanceof UnknownEvent) {
            throw new IllegalArgumentException("An unknown event is read, never written: " + event);
        }
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an event", e);
        }
    }

    /** The typed event of a stored row; an unknown kind, or a payload that is not its kind's, as {@link UnknownEvent}. */
    static Event read(String kind, String json) {
        Class<? extends Event> type = BY_KIND.get(kind);
        if (type == null) {
            return new UnknownEvent(kind, json);
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            return new UnknownEvent(kind, json);
        }
    }

    private static Map<String, Class<? extends Event>> byKind() {
        List<Class<? extends Event>> records = new ArrayList<>();
        collect(Event.class, records);
        Map<String, Class<? extends Event>> byKind = new LinkedHashMap<>();
        for (Class<? extends Event> type : records) {
            if (type != UnknownEvent.class && byKind.put(kindOf(type), type) != null) {
                throw new IllegalStateException("Two event types of kind " + kindOf(type));
            }
        }
        return byKind;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, List<Class<? extends Event>> records) {
        if (type.isRecord()) {
            if (!records.contains(type)) {
                records.add((Class<? extends Event>) type);
            }
            return;
        }
        for (Class<?> sub : type.getPermittedSubclasses()) {
            collect(sub, records);
        }
    }
}
