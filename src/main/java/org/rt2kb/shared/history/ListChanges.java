package org.rt2kb.shared.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rt2kb.shared.form.FieldChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of changes to the thesaurus and the reference lists (table {@code list_change}): who changed which item,
 * when, and its fields before and after, compared field by field on the history page.
 */
@Component
public class ListChanges {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ListChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A recorded change, with the fields that differ. */
    public record Change(
            String list, String item, String action, String author, Instant recordedAt, List<FieldChange> changes) {}

    /**
     * Records a change; {@code before} is null for a new item. The fields are the form's, without its version.
     */
    public void record(String list, String item, String action, String author, Object before, Object after) {
        jdbc.sql("""
                        insert into list_change (list, item, action, author, before, after)
                        values (:list, :item, :action, :author, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("list", list)
                .param("item", item)
                .param("action", action)
                .param("author", author)
                .param("before", before == null ? null : json.writeValueAsString(fields(before)))
                .param("after", json.writeValueAsString(fields(after)))
                .update();
    }

    /** The latest changes, newest first. */
    public List<Change> recent(int limit) {
        return jdbc.sql("""
                        select list, item, action, author, recorded_at, before::text, after::text
                        from list_change order by recorded_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Change(
                        rs.getString("list"),
                        rs.getString("item"),
                        rs.getString("action"),
                        rs.getString("author"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        FieldChange.between(read(rs.getString("before")), read(rs.getString("after")))))
                .list();
    }

    private Map<String, Object> fields(Object form) {
        Map<String, Object> fields = new LinkedHashMap<>(json.convertValue(form, FIELDS));
        fields.remove("version");
        return fields;
    }

    private Map<String, Object> read(String fields) {
        return fields == null ? Map.of() : json.readValue(fields, FIELDS);
    }
}
