package org.lectern.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the commands print for {@code --json}: indented JSON, a list as an array of one object an item. */
final class JsonOut {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOut() {
    }

    /** Prints {@code value} (a map, a record, a node) as one indented JSON document. */
    static void print(PrintWriter out, Object value) throws JsonProcessingException {
        out.println(JSON.writeValueAsString(value));
    }

    /** Prints {@code items} as an array, each item an object that {@code fill} writes its keys into. */
    static <T> void printList(PrintWriter out, List<T> items, BiConsumer<T, ObjectNode> fill) throws JsonProcessingException {
        ArrayNode list = JSON.createArrayNode();
        for (T item : items) fill.accept(item, list.addObject());
        print(out, list);
    }

    /** Adds {@code values} under {@code key} as an array of strings. */
    static void putStrings(ObjectNode o, String key, Iterable<String> values) {
        ArrayNode array = o.putArray(key);
        values.forEach(array::add);
    }
}
