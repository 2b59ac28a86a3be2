package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.curation.Curation;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Editing;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The review queue's view of an entry: what changed since the public last saw it, or all of it when it is new. */
@CatalogueTest
class ReviewQueueTest {

    static final RequestPostProcessor ANA = user("ana").roles("EDITOR");
    static final String SLUG = "night-classes-under-review";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @Autowired
    PracticeEditor editor;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removePractice() {
        jdbc.sql("select id from entry where entry_type = 'practice' and slug = ?")
                .param(SLUG)
                .query(Long.class)
                .optional()
                .ifPresent(id -> Editing.purge(curation, id));
    }

    @Test
    void shouldShowWhatChangedSinceThePublishedVersionWithNamesNotCodes() {
        Entry created = curation.create(editor, practice(), "ana");
        long id = created.getId();
        move(id, EntryStatus.IN_REVIEW);
        move(id, EntryStatus.PUBLISHED);
        int published = revisions(id);
        move(id, EntryStatus.DRAFT);
        PracticeForm now = curation.editing(editor, id).form();
        curation.update(
                editor,
                id,
                now.toBuilder()
                        .descriptionEn("Evening classes in six languages.")
                        .countries("GT, MX")
                        .gcmObjectives(List.of(2, 16))
                        .build(),
                "ana");
        move(id, EntryStatus.IN_REVIEW);

        Element row = admin("/admin/review").selectFirst("table.entries tr:has(a[href=/admin/practices/" + id + "])");
        assertThat(row.select("a.review-link").attr("href")).isEqualTo("/admin/entries/" + id + "/review");

        Document review = admin("/admin/entries/" + id + "/review");
        assertThat(review.select("h1").text()).isEqualTo("Review of “Night classes under review”");
        assertThat(review.select(".review-since h2").text())
                .startsWith("What changed since the published version " + published + " (");
        assertThat(review.select(".review-since thead th").eachText())
                .containsExactly(
                        "Field", "Published (version " + published + ")", "Now (version " + revisions(id) + ")");
        assertThat(cells(review, "Description in English"))
                .containsExactly("Evening classes in two languages.", "Evening classes in six languages.");
        assertThat(cells(review, "Countries (ISO codes)")).containsExactly("Guatemala", "Guatemala, Mexico");
        assertThat(cells(review, "GCM objectives").get(1)).contains("16. ");
        assertThat(review.select(".review-since tbody th").eachText()).doesNotContain("Title in English");
        assertThat(review.select(".review-new")).isEmpty();
    }

    @Test
    void shouldShowEveryFieldOfAnEntryNeverPublished() {
        long id = curation.create(editor, practice(), "ana").getId();

        assertThat(admin("/admin").select("a.review-link[href=/admin/entries/" + id + "/review]"))
                .hasSize(1);
        Document review = admin("/admin/entries/" + id + "/review");
        assertThat(review.select(".review-new h2").text()).isEqualTo("New entry, never published");
        assertThat(review.select(".review-since")).isEmpty();
        assertThat(review.select(".review-new tbody td").eachText())
                .contains("Night classes under review", "Evening classes in two languages.", "Guatemala");
        assertThat(cells(review, "GCM objectives").get(0)).startsWith("2. ");
    }

    @Test
    void shouldSayWhenAnEntryIsAsTheSeedFilesLoadedIt() {
        long untouched = jdbc.sql("""
                        select id from entry e where status = 'published'
                        and not exists (select 1 from entry_revision r where r.entry_id = e.id) order by id limit 1""").query(Long.class).single();

        Document review = admin("/admin/entries/" + untouched + "/review");

        assertThat(review.select("main p").eachText())
                .contains("This entry is as the seed files loaded it: nothing has changed.");
        assertThat(mvc.get().uri("/admin/entries/999999/review").with(ANA)).hasStatus4xxClientError();
    }

    private static PracticeForm practice() {
        return PracticeForm.builder()
                .slug(SLUG)
                .titleEn("Night classes under review")
                .enUnofficial(false)
                .frUnofficial(true)
                .esUnofficial(true)
                .descriptionEn("Evening classes in two languages.")
                .countries("GT")
                .scope(PracticeScope.NATIONAL)
                .actorType(ActorType.GOVERNMENT)
                .gcmObjectives(List.of(2))
                .version(0)
                .build();
    }

    private void move(long id, EntryStatus to) {
        curation.move(id, curation.entry(id).getVersion(), to, "ana");
    }

    private int revisions(long id) {
        return jdbc.sql("select max(number) from entry_revision where entry_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    /** The values in the row of the field labelled so. */
    private static List<String> cells(Document review, String field) {
        Element row = review.select("table.diff tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "No row " + field + " in " + review.select("table.diff").text()));
        return row.select("td").eachText();
    }

    private Document admin(String uri) {
        return Pages.parse(
                mvc.get().uri(uri).header("Accept-Language", "en").with(ANA).exchange());
    }
}
