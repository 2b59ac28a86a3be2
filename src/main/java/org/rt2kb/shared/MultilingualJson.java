package org.rt2kb.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores a {@link Multilingual} text as one JSON object keyed by language, each language's text with its flag:
 * {@code {"en": {"text": "…"}, "fr": {"text": "…", "unofficial": true}}}. A new language is a new key, not a new
 * column; {@code docs/data-model.md} says why.
 */
@Converter
public class MultilingualJson implements AttributeConverter<Multilingual, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Multilingual value) {
        if (value == null || value.texts().isEmpty()) {
            return null;
        }
        ObjectNode object = JSON.createObjectNode();
        value.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(text -> {
            ObjectNode language = object.putObject(text.getKey()).put("text", text.getValue());
            if (value.unofficial().contains(text.getKey())) {
                language.put("unofficial", true);
            }
        });
        return JSON.writeValueAsString(object);
    }

    @Override
    public Multilingual convertToEntityAttribute(String column) {
        return read(column);
    }

    /** Reads a column of this format fetched by plain SQL; null for null. */
    public static Multilingual read(String column) {
        if (column == null) {
            return null;
        }
        Map<String, String> texts = new HashMap<>();
        Set<String> unofficial = new HashSet<>();
        for (Map.Entry<String, JsonNode> language : JSON.readTree(column).properties()) {
            texts.put(language.getKey(), language.getValue().path("text").asString(null));
            if (language.getValue().path("unofficial").asBoolean(false)) {
                unofficial.add(language.getKey());
            }
        }
        return new Multilingual(texts, unofficial);
    }
}
