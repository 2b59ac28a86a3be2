package org.rt2kb.curation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of every change to every entry (table {@code entry_revision}). Each revision keeps the entry's editable
 * fields as the editor's form had them, so any two revisions can be compared field by field and any one restored.
 */
@Component
public class EntryHistory {

    /** Who made the revisions that record an entry as it came from the seed files. */
    public static final String SEED_AUTHOR = "seed";

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {};

    private static final String COLUMNS = """
            select id, entry_id, entry_type, slug, title, number, action, status, author, recorded_at, snapshot::text
            from entry_revision""";

    /**
     * Records a revision numbered after the entry's last one. Besides the form's fields it keeps, read in the same
     * statement, the entry's links ("cites → instrument:c189: note", "illustrates ← practice:…") and its notes, so
     * their changes show in the history too.
     */
    private static final String INSERT = """
            insert into entry_revision (entry_id, entry_type, slug, title, number, action, status, author, snapshot)
            select :entry, :type, :slug, :title, coalesce(max(number), 0) + 1, :action, :status, :author,
                   cast(:snapshot as jsonb) || jsonb_build_object(
                       'connections', (select coalesce(jsonb_agg(link order by link), '[]'::jsonb) from (
                           select l.relation || ' → ' || e.entry_type || ':' || e.slug || coalesce(': ' || l.note, '')
                                  as link
                           from entry_link l join entry e on e.id = l.to_entry_id where l.from_entry_id = :entry
                           union all
                           select l.relation || ' ← ' || e.entry_type || ':' || e.slug
                           from entry_link l join entry e on e.id = l.from_entry_id where l.to_entry_id = :entry)
                           links),
                       'notes', (select coalesce(jsonb_agg(note order by note), '[]'::jsonb) from (
                           select a.kind || ' (' || a.visibility || '): ' || coalesce(a.text -> 'en' ->> 'text', a.text -> 'fr' ->> 'text', a.text -> 'es' ->> 'text') as note
                           from annotation a where a.entry_id = :entry) notes))
            from entry_revision where entry_id = :entry""";

    /** What a revision keeps beside the form's fields; not part of the form, so not restored with it. */
    private static final List<String> CONNECTIONS = List.of("connections", "notes");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final JsonMapper json = JsonMapper.builder().build();

    EntryHistory(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A change to record, for {@link #recordAll}. */
    public record Change(Entry entry, RevisionAction action, EntryForm form, String author) {}

    /** The form's fields as a revision keeps them: without the version, which the revision number replaces. */
    public Map<String, Object> fieldsOf(EntryForm form) {
        Map<String, Object> fields = json.convertValue(form, FIELDS);
        fields.remove("version");
        return fields;
    }

    /** The form a revision's fields make, ready to save over an entry now at {@code version}. */
    public <F extends EntryForm> F formOf(Map<String, Object> fields, Class<F> type, int version) {
        Map<String, Object> values = new LinkedHashMap<>(fields);
        CONNECTIONS.forEach(values::remove);
        values.put("version", version);
        return json.convertValue(values, type);
    }

    /** Records a change to the entry, numbered after its last revision. */
    public void record(Entry entry, RevisionAction action, EntryForm form, String author) {
        batches.update(INSERT, parameters(new Change(entry, action, form, author)));
    }

    /**
     * Records many changes in one round trip (an import), in order: two changes to one entry get consecutive
     * numbers.
     */
    public void recordAll(List<Change> changes) {
        if (!changes.isEmpty()) {
            batches.batchUpdate(INSERT, changes.stream().map(this::parameters).toArray(SqlParameterSource[]::new));
        }
    }

    /** Of these entries, those that have no revision yet. */
    public Set<Long> withoutHistory(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> without = new HashSet<>(entryIds);
        without.removeAll(jdbc.sql("select distinct entry_id from entry_revision where entry_id in (:ids)")
                .param("ids", entryIds)
                .query(Long.class)
                .list());
        return without;
    }

    private SqlParameterSource parameters(Change change) {
        Entry entry = change.entry();
        return new MapSqlParameterSource()
                .addValue("entry", entry.getId())
                .addValue("type", entry.getType().code())
                .addValue("slug", entry.getSlug())
                .addValue("title", entry.getTitleEn())
                .addValue("action", change.action().code())
                .addValue("status", entry.getStatus().code())
                .addValue("author", change.author())
                .addValue("snapshot", json.writeValueAsString(fieldsOf(change.form())));
    }

    /**
     * Before the first change to an entry that has no history (one loaded from the seed files), records it as it was,
     * so the change can be compared with the original and undone.
     */
    public void recordOriginIfNone(Entry entry, EntryForm original) {
        boolean none = jdbc.sql("select not exists (select 1 from entry_revision where entry_id = :entry)")
                .param("entry", entry.getId())
                .query(Boolean.class)
                .single();
        if (none) {
            record(entry, RevisionAction.IMPORTED, original, SEED_AUTHOR);
        }
    }

    /** The entry's revisions, newest first. */
    public List<Revision> of(long entryId) {
        return jdbc.sql(COLUMNS + " where entry_id = :entry order by number desc")
                .param("entry", entryId)
                .query(this::revision)
                .list();
    }

    public Optional<Revision> find(long entryId, int number) {
        return jdbc.sql(COLUMNS + " where entry_id = :entry and number = :number")
                .param("entry", entryId)
                .param("number", number)
                .query(this::revision)
                .optional();
    }

    /** The latest changes across the catalogue, newest first. */
    public List<Revision> recent(int offset, int limit) {
        return jdbc.sql(COLUMNS + " order by recorded_at desc, id desc offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(this::revision)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from entry_revision").query(Long.class).single();
    }

    /** How many revisions the entry has. */
    public int count(long entryId) {
        return jdbc.sql("select count(*) from entry_revision where entry_id = :entry")
                .param("entry", entryId)
                .query(Integer.class)
                .single();
    }

    private Revision revision(ResultSet rs, int row) throws SQLException {
        long entryId = rs.getLong("entry_id");
        return new Revision(
                rs.getLong("id"),
                rs.wasNull() ? null : entryId,
                Coded.fromCode(EntryType.class, rs.getString("entry_type")).orElseThrow(),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getInt("number"),
                Coded.fromCode(RevisionAction.class, rs.getString("action")).orElseThrow(),
                Coded.fromCode(EntryStatus.class, rs.getString("status")).orElseThrow(),
                rs.getString("author"),
                rs.getTimestamp("recorded_at").toInstant(),
                json.readValue(rs.getString("snapshot"), FIELDS));
    }
}
