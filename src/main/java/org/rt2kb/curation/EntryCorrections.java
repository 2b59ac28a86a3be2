package org.rt2kb.curation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections to published entries suggested by readers (table {@code entry_correction}): stored as sent, listed for
 * the secretariat beside the entry they concern until an editor resolves or dismisses them. The sender's name and
 * e-mail stay here, never on a public page.
 */
@Service
public class EntryCorrections {

    /** How many open corrections the dashboard lists, oldest first. */
    public static final int SHOWN = 50;

    /** Open corrections with their entry's type, address, status and title, whatever its type. */
    private static final String OPEN = """
            select c.id, c.entry_id, e.entry_type, e.slug, e.status, coalesce(p.title, i.title, t.title) as title,
                   c.part, c.problem, c.proposal, c.name, c.email, c.submitted_at
            from entry_correction c
            join entry e on e.id = c.entry_id
            left join practice p on p.id = e.id
            left join instrument i on i.id = e.id
            left join theme t on t.id = e.id
            where c.closed_as is null""";

    private final JdbcClient jdbc;

    EntryCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published entry a reader may correct. */
    public record Target(long id, EntryType type, String slug, Multilingual title) {

        /** How the correction form names it: "practice:slug". */
        public String key() {
            return type.code() + ":" + slug;
        }

        public String publicHref() {
            return EntryType.pagePath(type.code(), slug);
        }
    }

    /** What an editor does with a correction. */
    public enum Outcome implements Coded {
        RESOLVED,
        DISMISSED;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    /** The published entry of this type with this slug: only what the public sees can be corrected. */
    @Transactional(readOnly = true)
    public Optional<Target> published(EntryType type, String slug) {
        return jdbc.sql("""
                        select e.id, coalesce(p.title, i.title, t.title) as title
                        from entry e
                        left join practice p on p.id = e.id
                        left join instrument i on i.id = e.id
                        left join theme t on t.id = e.id
                        where e.entry_type = :type and e.slug = :slug and e.status = :published""")
                .param("type", type.code())
                .param("slug", slug)
                .param("published", EntryStatus.PUBLISHED.code())
                .query((rs, n) ->
                        new Target(rs.getLong("id"), type, slug, MultilingualJson.read(rs.getString("title"))))
                .optional();
    }

    /** Stores a correction to the entry; name, e-mail and proposal may be null. */
    @Transactional
    public long submit(Target entry, CorrectionPart part, String problem, String proposal, String name, String email) {
        return jdbc.sql("""
                        insert into entry_correction (entry_id, part, problem, proposal, name, email)
                        values (:entry, :part, :problem, :proposal, :name, :email) returning id""")
                .param("entry", entry.id())
                .param("part", part.code())
                .param("problem", problem)
                .param("proposal", proposal)
                .param("name", name)
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** The open corrections of every entry, oldest first, at most {@value #SHOWN}. */
    @Transactional(readOnly = true)
    public List<Correction> open() {
        return jdbc.sql(OPEN + " order by c.submitted_at, c.id limit " + SHOWN)
                .query(this::correction)
                .list();
    }

    /** How many corrections are open. */
    @Transactional(readOnly = true)
    public long countOpen() {
        return jdbc.sql("select count(*) from entry_correction where closed_as is null")
                .query(Long.class)
                .single();
    }

    /** The open corrections of one entry, oldest first. */
    @Transactional(readOnly = true)
    public List<Correction> openFor(long entryId) {
        return jdbc.sql(OPEN + " and c.entry_id = :entry order by c.submitted_at, c.id")
                .param("entry", entryId)
                .query(this::correction)
                .list();
    }

    /** The entry a correction is about, or empty when there is no such correction. */
    @Transactional(readOnly = true)
    public Optional<Long> entryOf(long id) {
        return jdbc.sql("select entry_id from entry_correction where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** Closes an open correction; false when it was already closed, by this editor or another. */
    @Transactional
    public boolean close(long id, Outcome outcome, String editor) {
        return jdbc.sql("""
                        update entry_correction set closed_as = :outcome, closed_by = :editor, closed_at = now()
                        where id = :id and closed_as is null""")
                        .param("outcome", outcome.code())
                        .param("editor", editor)
                        .param("id", id)
                        .update()
                == 1;
    }

    private Correction correction(ResultSet rs, int row) throws SQLException {
        return new Correction(
                rs.getLong("id"),
                rs.getLong("entry_id"),
                Coded.fromCode(EntryType.class, rs.getString("entry_type")).orElseThrow(),
                rs.getString("slug"),
                MultilingualJson.read(rs.getString("title")),
                Coded.fromCode(EntryStatus.class, rs.getString("status")).orElseThrow(),
                Coded.fromCode(CorrectionPart.class, rs.getString("part")).orElseThrow(),
                rs.getString("problem"),
                rs.getString("proposal"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
    }
}
