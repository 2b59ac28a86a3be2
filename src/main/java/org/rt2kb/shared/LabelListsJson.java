package org.rt2kb.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores lists of names by language (a concept's alternative labels, an instrument's other names) as one JSON object
 * of lists keyed by language: {@code {"en": ["…"]}}.
 */
@Converter
public class LabelListsJson implements AttributeConverter<Map<String, List<String>>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> LISTS = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(Map<String, List<String>> lists) {
        Map<String, List<String>> present = new TreeMap<>();
        lists.forEach((language, labels) -> {
            if (!labels.isEmpty()) {
                present.put(language, labels);
            }
        });
        return JSON.writeValueAsString(present);
    }

    @Override
    public Map<String, List<String>> convertToEntityAttribute(String column) {
        return column == null ? Map.of() : JSON.readValue(column, LISTS);
    }
}
