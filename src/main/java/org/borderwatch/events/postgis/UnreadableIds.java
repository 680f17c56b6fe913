package org.borderwatch.events.postgis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;

/** The row id for a feature that is no usable event: its own id when it has a free one, else a made-up one. */
final class UnreadableIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnreadableIds() {}

    static String idOf(String feature, Set<String> taken, int index) {
        try {
            JsonNode id = JSON.readTree(feature).path("properties").path("id");
            if (id.isTextual() && !id.asText().isEmpty() && !taken.contains(id.asText())) return id.asText();
        } catch (JsonProcessingException e) {
            // not JSON at all: it gets a made-up id like any feature without one
        }
        return "unreadable-" + index;
    }
}
