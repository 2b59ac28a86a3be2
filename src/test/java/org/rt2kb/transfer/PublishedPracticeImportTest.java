package org.rt2kb.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.curation.Curation;
import org.rt2kb.curation.PublishedChanges;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.practice.ActorType;
import org.rt2kb.practice.PracticeForm;
import org.rt2kb.practice.PracticeScope;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Editing;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An import that changes a published practice never makes the change public unseen: by default the practice goes
 * to review (and so off the public pages, a practice having a single version); the administrator may choose on the
 * dry run to publish the changes directly. Either way the revision says it was the import, and which choice.
 */
@CatalogueTest
class PublishedPracticeImportTest {

    static final RequestPostProcessor ADMIN = user("olga").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void purgeCreatedPractices() {
        created.forEach(id -> Editing.purge(curation, id));
    }

    @Test
    void shouldSendAChangedPublishedPracticeToReviewByDefaultSoNothingGoesLiveUnseen() throws Exception {
        long id = createPublished("kb-test-import-review", "Wallaby shearers get rest days");
        assertThat(Pages.page(mvc, "/practices/kb-test-import-review")
                        .select("h1")
                        .text())
                .contains("Wallaby");
        assertThat(searchTotal("Wallaby")).isEqualTo(1);

        Document preview = Pages.parse(upload(csvChanging(id, "Zorbulax shearers get rest days"), "fr"));

        assertThat(preview.select("#published legend").text())
                .isEqualTo(
                        "Une ligne modifie une pratique publiée. Une pratique n’a qu’une version, celle que le public voit.");
        assertThat(preview.select("#published input[checked]").val()).isEqualTo("REVIEW");
        assertThat(preview.select("#published label").eachText())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("Envoyer les pratiques modifiées en relecture (recommandé)");
        assertThat(preview.select(".import-rows tr.import-update-published").text())
                .contains("kb-test-import-review", "Modification d’une pratique publiée");

        ImportJobs.Job job =
                confirm(preview, preview.select("#published input[checked]").val());

        assertThat(job.published()).isEqualTo(PublishedChanges.REVIEW);
        assertThat(curation.entry(id).getStatus()).isEqualTo(EntryStatus.IN_REVIEW);
        assertThat(curation.entry(id).getTitleEn()).isEqualTo("Zorbulax shearers get rest days");
        assertThat(revisions(id))
                .containsExactly("test:created:draft", "test:published:published", "olga:import-to-review:in-review");
        Pages.page(mvc, "/practices/kb-test-import-review", "en", HttpStatus.NOT_FOUND);
        assertThat(searchTotal("Zorbulax")).isZero();
        assertThat(searchTotal("Wallaby")).isZero();

        Document result = Pages.parse(mvc.get()
                .uri("/admin/import/" + job.id())
                .with(ADMIN)
                .header("Accept-Language", "en")
                .exchange());
        assertThat(result.select(".import-published").text())
                .isEqualTo("Sent to review: 1 published practice "
                        + "changed by the import, off the public pages until published again.");
        assertThat(result.select("main a[href=/admin/review]").text()).isEqualTo("See what waits for review");
        assertThat(Pages.parse(mvc.get().uri("/admin/review").with(ADMIN).exchange())
                        .select("a[href=/admin/practices/" + id + "]"))
                .isNotEmpty();
        assertThat(Pages.parse(mvc.get()
                                .uri("/admin/entries/" + id + "/history")
                                .with(ADMIN)
                                .header("Accept-Language", "en")
                                .exchange())
                        .select(".revisions-table tbody tr")
                        .first()
                        .text())
                .contains("Changed by an import and sent to review by olga", "In review");
    }

    @Test
    void shouldPublishTheChangesDirectlyWhenTheAdministratorChoosesIt() throws Exception {
        long id = createPublished("kb-test-import-direct", "Quokka guides get contracts");

        Document preview = Pages.parse(upload(csvChanging(id, "Quibblewick guides get contracts"), "en"));
        ImportJobs.Job job = confirm(preview, "PUBLISH");

        assertThat(job.published()).isEqualTo(PublishedChanges.PUBLISH);
        assertThat(curation.entry(id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
        assertThat(revisions(id))
                .containsExactly("test:created:draft", "test:published:published", "olga:import-published:published");
        assertThat(Pages.page(mvc, "/practices/kb-test-import-direct")
                        .select("h1")
                        .text())
                .contains("Quibblewick");
        assertThat(searchTotal("Quibblewick")).isEqualTo(1);
        assertThat(searchTotal("Quokka")).isZero();
        assertThat(Pages.parse(mvc.get()
                                .uri("/admin/import/" + job.id())
                                .with(ADMIN)
                                .exchange())
                        .select(".import-published")
                        .text())
                .isEqualTo("Published directly: 1 published practice changed by the import, public at once.");
        assertThat(Pages.parse(mvc.get()
                                .uri("/admin/entries/" + id + "/history")
                                .with(ADMIN)
                                .header("Accept-Language", "fr")
                                .exchange())
                        .select(".revisions-table tbody tr")
                        .first()
                        .text())
                .contains("Modifiée par un import et publiée directement par olga");
    }

    @Test
    void shouldRecordASeedPracticeAsItWasBeforeTheImportSendsItToReview() throws Exception {
        long id = jdbc.sql("select id from entry where entry_type = 'practice' and slug = :slug")
                .param("slug", "guatemala-multisectoral-roundtable-migration")
                .query(Long.class)
                .single();
        String title = curation.entry(id).getTitleEn();
        assertThat(revisions(id)).isEmpty();
        try {
            confirm(Pages.parse(upload(csvChanging(id, title + ", widened"), "en")), null);

            assertThat(jdbc.sql("""
                            select author || ':' || action || ':' || status || ':' || title from entry_revision
                            where entry_id = :id order by number""").param("id", id).query(String.class).list())
                    .containsExactly(
                            "seed:imported:published:" + title,
                            "olga:import-to-review:in-review:" + title + ", widened");
        } finally {
            Entry reverted = curation.revert(id, 1, curation.entry(id).getVersion(), "test");
            if (reverted.getStatus() != EntryStatus.PUBLISHED) {
                curation.move(id, reverted.getVersion(), EntryStatus.PUBLISHED, "test");
            }
        }
        assertThat(Pages.page(mvc, "/practices/guatemala-multisectoral-roundtable-migration")
                        .select("h1")
                        .text())
                .contains(title);
    }

    private long createPublished(String slug, String title) {
        PracticeForm form = PracticeForm.builder()
                .slug(slug)
                .titleEn(title)
                .enUnofficial(true)
                .frUnofficial(false)
                .descriptionEn("A description")
                .countries("PT")
                .scope(PracticeScope.NATIONAL)
                .actorType(ActorType.GOVERNMENT)
                .themes(List.of("health"))
                .version(0)
                .build();
        Entry entry = curation.create(curation.editor(EntryType.PRACTICE), form, "test");
        created.add(entry.getId());
        curation.move(entry.getId(), entry.getVersion(), EntryStatus.PUBLISHED, "test");
        return entry.getId();
    }

    /** The practice as a one-row CSV, as an export would give it, with another English title. */
    private byte[] csvChanging(long id, String title) {
        PracticeForm form = curation.<PracticeForm>editing(curation.editor(EntryType.PRACTICE), id)
                .form();
        List<String> row = PracticeColumns.row(form, null);
        row.set(PracticeColumns.COLUMNS.indexOf("titleEn"), title);
        return CsvExport.csv(PracticeColumns.header(false), List.of(row));
    }

    private MvcTestResult upload(byte[] content, String language) {
        MvcTestResult result = mvc.post()
                .uri("/admin/import?lang=" + language)
                .with(ADMIN)
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile("file", "practices.csv", "text/csv", content))
                .exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    /** Confirms the dry run as its form does, with {@code published} as the chosen option (none: not sent). */
    private ImportJobs.Job confirm(Document preview, String published) throws InterruptedException {
        String action = preview.select("form[action^=/admin/import/]").attr("action");
        assertThat(action).isNotEmpty();
        var confirmation = mvc.post().uri(action).with(ADMIN).with(csrf());
        if (published != null) {
            confirmation = confirmation.param("published", published);
        }
        assertThat(confirmation.exchange()).hasStatus(HttpStatus.FOUND);
        ImportJobs.Job job = jobs.await(
                jobs.find(action.substring(action.lastIndexOf('/') + 1), "olga").orElseThrow(),
                "olga",
                60,
                TimeUnit.SECONDS);
        assertThat(job.state()).isEqualTo(ImportJobs.State.DONE);
        return job;
    }

    private List<String> revisions(long id) {
        return jdbc.sql("""
                        select author || ':' || action || ':' || status from entry_revision where entry_id = :id
                        order by number""").param("id", id).query(String.class).list();
    }

    private long searchTotal(String words) throws UnsupportedEncodingException {
        String json = mvc.get()
                .uri("/api/search?q=" + words)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(json, "$.total")).longValue();
    }
}
