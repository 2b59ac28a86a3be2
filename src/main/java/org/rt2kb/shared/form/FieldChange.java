package org.rt2kb.shared.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A field whose value differs between two versions of an entry, with both values written out for reading. */
public record FieldChange(String field, String before, String after) {

    /** The fields that differ, in the order of the newer version's fields. */
    public static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = text(before.get(field));
            String is = text(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** Every field, changed or not, for showing two versions side by side. */
    public static List<FieldChange> sideBySide(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        return fields.stream()
                .map(f -> new FieldChange(f, text(before.get(f)), text(after.get(f))))
                .toList();
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }

    private static String text(Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value).strip();
    }
}
