package org.tawsim.base;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON body a mapping failed, as a script author writes it: {@code operation.moves[2].spanId}. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
