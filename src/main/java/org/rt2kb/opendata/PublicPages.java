package org.rt2kb.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.rt2kb.entry.EntryType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The addresses of the public pages, for the sitemaps: the fixed pages, the reference pages, and every entry's. */
@Service
@Transactional(readOnly = true)
class PublicPages {

    /** The pages every catalogue has, whatever it holds. */
    private static final List<String> FIXED = List.of(
            "/",
            "/themes",
            "/practices",
            "/instruments",
            "/countries",
            "/coverage",
            "/concepts",
            "/about",
            "/downloads");

    private static final String ENTRIES = """
            select entry_type, slug, updated_at from entry where status = 'published'
            order by id limit :size offset :offset
            """;
    private static final String COUNTRIES = """
            select distinct pc.country_code from practice_country pc
            join entry e on e.id = pc.practice_id and e.status = 'published'
            order by pc.country_code
            """;

    private final JdbcClient jdbc;

    PublicPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A public page's path, and the day it last changed where that is known. */
    record Page(String path, LocalDate changed) {}

    long entries() {
        return jdbc.sql("select count(*) from entry where status = 'published'")
                .query(Long.class)
                .single();
    }

    /** {@code size} published entries' pages from {@code offset}, in the order the entries were made. */
    List<Page> entries(long offset, int size) {
        return jdbc.sql(ENTRIES)
                .param("size", size)
                .param("offset", offset)
                .query((rs, n) -> new Page(
                        EntryType.pagePath(rs.getString("entry_type"), rs.getString("slug")),
                        rs.getObject("updated_at", OffsetDateTime.class)
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDate()))
                .list();
    }

    /**
     * The fixed pages, the pages of the countries practices come from, of the GCM objectives and guiding principles and
     * SDG targets, and of
     * the thesaurus' concepts.
     */
    List<Page> others() {
        List<Page> pages = new ArrayList<>();
        FIXED.forEach(path -> pages.add(new Page(path, null)));
        jdbc.sql(COUNTRIES).query(String.class).list().forEach(code -> pages.add(new Page("/countries/" + code, null)));
        jdbc.sql("select number from gcm_objective order by number")
                .query(Integer.class)
                .list()
                .forEach(number -> pages.add(new Page("/gcm/objectives/" + number, null)));
        jdbc.sql("select slug from gcm_principle order by position")
                .query(String.class)
                .list()
                .forEach(slug -> pages.add(new Page("/gcm/principles/" + slug, null)));
        jdbc.sql("select code from sdg_target order by code")
                .query(String.class)
                .list()
                .forEach(code -> pages.add(new Page("/sdg/targets/" + code, null)));
        jdbc.sql("select id from concept order by id")
                .query(String.class)
                .list()
                .forEach(id -> pages.add(new Page("/concepts/" + id, null)));
        return pages;
    }
}
