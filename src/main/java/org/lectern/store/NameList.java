package org.lectern.store;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The paper.author_names column: a JSON array of names, NULL when none are known. */
final class NameList {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NameList() {
    }

    /** The column's text for {@code names}: null for an empty list, so "unknown" stays one value. */
    static String toColumn(List<String> names) {
        if (names == null || names.isEmpty()) return null;
        try {
            return MAPPER.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new StoreException("author names could not be written: " + e.getOriginalMessage(), e);
        }
    }

    /** The names a column holds; text that is not a JSON array of strings reads as no names, never as an error. */
    static List<String> fromColumn(String column) {
        if (column == null || column.isBlank()) return List.of();
        try {
            JsonNode array = MAPPER.readTree(column);
            if (!array.isArray()) return List.of();
            List<String> out = new ArrayList<>(array.size());
            for (JsonNode n : array) {
                if (n.isTextual() && !n.asText().isBlank()) out.add(n.asText());
            }
            return List.copyOf(out);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
