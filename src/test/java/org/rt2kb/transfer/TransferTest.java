package org.rt2kb.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.curation.Curation;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Export and import of the catalogue, driven through the pages on the shared, seeded database. */
@CatalogueTest
class TransferTest {

    static final RequestPostProcessor ADMIN = user("olga").roles("ADMIN");
    static final RequestPostProcessor EDITOR = user("ana").roles("EDITOR");
    static final String HEADER = String.join(",", PracticeColumns.COLUMNS);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    private final List<String> createdSlugs = new ArrayList<>();

    @AfterEach
    void purgeCreatedPractices() {
        for (String slug : createdSlugs) {
            jdbc.sql("select id from entry where entry_type = 'practice' and slug = :slug")
                    .param("slug", slug)
                    .query(Long.class)
                    .optional()
                    .ifPresent(id -> Editing.purge(curation, id));
        }
    }

    @Test
    void shouldExportPracticesAsCsvWithABomAndTheAccentsIntact() throws IOException {
        MvcTestResult result = mvc.get().uri("/export/practices.csv").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"rt2kb-practices.csv\"");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith(HEADER + "\r\n");
        assertThat(csv).contains("La Finlande élargit la couverture santé").contains("health; social-protection");
        assertThat(csv.lines().filter(l -> l.startsWith("finland-healthcare-undocumented-migrants,")))
                .hasSize(1);

        MvcTestResult instruments = mvc.get().uri("/export/instruments.csv").exchange();
        assertThat(instruments).hasStatusOk();
        assertThat(instruments.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith(CsvExport.BOM + "slug,code,")
                .contains("Convention (n° 189)");
    }

    @Test
    void shouldKeepDraftsAndInternalNotesOutOfThePublicExportButNotOutOfTheFullOne() throws IOException {
        Entry draft = curation.create(
                curation.editor(EntryType.PRACTICE),
                form("kb-test-export-draft", "Draft practice kept out of the public export"),
                "test");
        createdSlugs.add(draft.getSlug());

        Map<String, String> published =
                unzip(mvc.get().uri("/export/catalogue.zip").exchange());
        assertThat(published)
                .containsKeys(
                        "practices.json",
                        "links.json",
                        "thesaurus.json",
                        "concept-tags.json",
                        "reference/countries.json")
                .doesNotContainKey(CatalogueExport.STATUSES);
        assertThat(published.get("practices.json")).doesNotContain("kb-test-export-draft");
        assertThat(published.get("links.json")).doesNotContain("\"internal\"");
        assertThat(mvc.get()
                        .uri("/export/practices.csv")
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("kb-test-export-draft");

        MvcTestResult full =
                mvc.get().uri("/admin/export/catalogue.zip").with(EDITOR).exchange();
        assertThat(full.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"rt2kb-catalogue-all.zip\"");
        Map<String, String> everything = unzip(full);
        assertThat(everything.get("practices.json")).contains("kb-test-export-draft");
        assertThat(everything.get("links.json")).contains("\"visibility\": \"internal\"");
        assertThat(everything.get(CatalogueExport.STATUSES))
                .contains("\"entry\": \"practice:kb-test-export-draft\",\n      \"status\": \"draft\"");
        assertThat(mvc.get()
                        .uri("/admin/export/practices.csv")
                        .with(EDITOR)
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .startsWith(CsvExport.BOM + "slug,status,number,")
                .contains("kb-test-export-draft,draft,");
    }

    @Test
    void shouldExportTheSameBytesTwice() {
        byte[] first = mvc.get()
                .uri("/admin/export/catalogue.zip")
                .with(EDITOR)
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        byte[] second = mvc.get()
                .uri("/admin/export/catalogue.zip")
                .with(EDITOR)
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldReportEachRowsProblemsInTheUsersLanguageAndWriteNothingInADryRun() {
        Counts before = counts();
        String csv = HEADER + "\n"
                + row("kb-test-dry-valid", "A valid row", "PT", "2020", "2021", "https://example.org/a") + "\n"
                + row("kb-test-dry-bad", "", "XX", "2022", "2019", "not-a-link") + "\n"
                + row("Bad Slug", "Title", "FR", "year", "", "") + "\n";

        MvcTestResult result = upload(csv.getBytes(StandardCharsets.UTF_8), "practices.csv", "fr");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(result);
        assertThat(page.select(".import-rows tbody tr")).hasSize(2);
        String bad = page.select(".import-rows tbody tr").get(0).text();
        assertThat(bad)
                .contains("kb-test-dry-bad")
                .contains("Non valide")
                .contains("titleEn: Ce champ est obligatoire.")
                .contains("countries: Codes pays ISO inconnus : XX.")
                .contains("endYear:")
                .contains("links:");
        assertThat(page.select(".import-rows tbody tr").get(1).text())
                .contains("Pas un nombre entier : year")
                .contains("slug:");
        assertThat(page.select("form[action^=/admin/import/]")).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldRejectFilesThatAreNotPracticesCsvWithAReasonAndChangeNothing() {
        Counts before = counts();
        byte[] latin1 =
                (HEADER + "\n" + row("kb-test-latin", "Café", "FR", "", "", "")).getBytes(StandardCharsets.ISO_8859_1);

        assertRejected(upload(new byte[0], "empty.csv", "en"), HttpStatus.BAD_REQUEST, "The file is empty");
        assertRejected(upload(latin1, "latin.csv", "en"), HttpStatus.BAD_REQUEST, "not in UTF-8");
        assertRejected(
                upload("slug,titleEn\nkb-test-x,Title\n".getBytes(StandardCharsets.UTF_8), "short.csv", "en"),
                HttpStatus.BAD_REQUEST,
                "lacks these columns: number, group");
        assertRejected(
                upload("just some words\nand more\n".getBytes(StandardCharsets.UTF_8), "notes.txt", "fr"),
                HttpStatus.BAD_REQUEST,
                "n’est pas un fichier CSV");
        assertRejected(
                upload(new byte[] {0, 1, 2, 3, 0, 5}, "image.png", "en"),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "not a CSV file");
        assertRejected(
                upload((HEADER + "\n").getBytes(StandardCharsets.UTF_8), "header.csv", "en"),
                HttpStatus.BAD_REQUEST,
                "holds no practice");
        assertRejected(
                upload("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "broken.zip", "en"),
                HttpStatus.BAD_REQUEST,
                "zip file is damaged");
        assertRejected(
                upload(new byte[50 * 1024 * 1024], "huge.csv", "en"), HttpStatus.CONTENT_TOO_LARGE, "limit is 20 MB");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldCreateDraftsThenUpdateOnlyWhatChangedRecordingTheImporter() throws Exception {
        createdSlugs.addAll(List.of("kb-test-import-one", "kb-test-import-two"));
        String first = HEADER + "\n"
                + row(
                        "kb-test-import-one",
                        "Zanzibar seaweed farmers’ cooperative",
                        "TZ; KE",
                        "2019",
                        "",
                        "https://example.org/one")
                + "\n" + row("kb-test-import-two", "Second imported practice", "BR", "", "", "") + "\n";

        Document preview = Pages.parse(upload(first.getBytes(StandardCharsets.UTF_8), "first.csv", "en"));
        assertThat(preview.select(".import-counts").text()).contains("2 to create");
        ImportJobs.Job job = confirm(preview);
        assertThat(job.state()).isEqualTo(ImportJobs.State.DONE);
        assertThat(job.result().created()).isEqualTo(2);

        long id = practiceId("kb-test-import-one");
        Entry one = curation.entry(id);
        assertThat(one.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(jdbc.sql("select author || ':' || action from entry_revision where entry_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("olga:created");
        Document result = Pages.parse(
                mvc.get().uri("/admin/import/" + job.id()).with(ADMIN).exchange());
        assertThat(result.select(".notice-ok").text()).contains("2 created, 0 updated, 0 unchanged");

        String second = HEADER + "\n"
                + row(
                        "kb-test-import-one",
                        "Zanzibar seaweed farmers’ cooperative, extended",
                        "TZ; KE",
                        "2019",
                        "",
                        "https://example.org/one")
                + "\n"
                + row("kb-test-import-two", "Second imported practice", "BR", "", "", "") + "\n";
        preview = Pages.parse(upload(second.getBytes(StandardCharsets.UTF_8), "second.csv", "en"));
        assertThat(preview.select(".import-counts").text())
                .contains("1 to update")
                .contains("1 unchanged");
        job = confirm(preview);
        assertThat(job.result().updated()).isEqualTo(1);
        assertThat(curation.entry(id).getTitleEn()).isEqualTo("Zanzibar seaweed farmers’ cooperative, extended");
        assertThat(jdbc.sql("select author || ':' || action from entry_revision where entry_id = :id order by number")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("olga:created", "olga:edited");
        assertThat(mvc.get().uri("/api/search?q=Zanzibar").exchange())
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0); // drafts stay out of search
    }

    @Test
    void shouldShowAnImportWhoseServerStoppedAsInterruptedNotAsRunningForever() throws IOException {
        byte[] csv =
                mvc.get().uri("/export/practices.csv").exchange().getResponse().getContentAsByteArray();
        ImportJobs.Job job = jobs.prepare("olga", "practices.csv", csv);
        assertThat(job.state()).isEqualTo(ImportJobs.State.READY);
        // As a node leaves a job it runs when it dies: the state says running, and no node holds the job's lock.
        jdbc.sql("update import_job set state = 'running' where id = :id::uuid")
                .param("id", job.id())
                .update();

        MvcTestResult shown = mvc.get()
                .uri("/admin/import/" + job.id() + "?lang=fr")
                .with(ADMIN)
                .exchange();

        assertThat(shown).hasStatus(HttpStatus.CONFLICT);
        assertThat(shown.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("le serveur qui l’exécutait s’est arrêté");
        assertThat(mvc.get()
                        .uri("/admin/import/" + job.id() + "/progress")
                        .with(ADMIN)
                        .exchange())
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("failed");
        assertThat(mvc.get()
                        .uri("/admin/import/" + job.id())
                        .with(user("ana").roles("ADMIN"))
                        .exchange())
                .as("another administrator's job")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/import/not-a-job").with(ADMIN).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldNotLetAnEditorImport() {
        MvcTestResult result = mvc.post()
                .uri("/admin/import")
                .with(EDITOR)
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile("file", "p.csv", "text/csv", "x".getBytes()))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        Document hub = Pages.parse(mvc.get().uri("/admin/transfer").with(EDITOR).exchange());
        assertThat(hub.select("a[href=/admin/export/catalogue.zip]")).hasSize(1);
        assertThat(hub.select("form[action^=/admin/import]")).isEmpty();
        assertThat(Pages.parse(mvc.get().uri("/admin/transfer").with(ADMIN).exchange())
                        .select("form[action^=/admin/import] input[type=file]"))
                .hasSize(1);
    }

    @Test
    void shouldSendVisitorsWhoAreNotSignedInToTheSignInPageForTheFullExport() {
        MvcTestResult result = mvc.get().uri("/admin/export/catalogue.zip").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(Pages.parse(mvc.get().uri("/about").exchange()).select("a[href=/export/practices.csv]"))
                .hasSize(1);
    }

    private ImportJobs.Job confirm(Document preview) throws InterruptedException {
        String action = preview.select("form[action^=/admin/import/]").attr("action");
        assertThat(action).isNotEmpty();
        assertThat(mvc.post().uri(action).with(ADMIN).with(csrf()).exchange()).hasStatus(HttpStatus.FOUND);
        ImportJobs.Job job = jobs.await(
                jobs.find(action.substring(action.lastIndexOf('/') + 1), "olga").orElseThrow(),
                "olga",
                60,
                TimeUnit.SECONDS);
        assertThat(job.finished()).isTrue();
        assertThat(mvc.get().uri(action + "/progress").with(ADMIN).exchange())
                .bodyJson()
                .extractingPath("$.finished")
                .isEqualTo(true);
        return job;
    }

    private MvcTestResult upload(byte[] content, String name, String language) {
        return mvc.post()
                .uri("/admin/import?lang=" + language)
                .with(ADMIN)
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .exchange();
    }

    private static void assertRejected(MvcTestResult result, HttpStatus status, String message) {
        assertThat(result).hasStatus(status);
        assertThat(Pages.parse(result).select(".notice[role=alert]").text()).contains(message);
    }

    /** A CSV row with the given cells and sensible others (group, scope, actor type, a theme, a GCM objective). */
    private static String row(String slug, String title, String countries, String start, String end, String links) {
        return String.join(
                ",",
                slug,
                "",
                "access-to-healthcare",
                "\"" + title + "\"",
                "true",
                "",
                "false",
                "",
                "true",
                "\"A description, with a comma and \"\"quotes\"\"\"",
                "",
                "",
                countries,
                "",
                "",
                "national",
                "government",
                start,
                end,
                "",
                "",
                "health",
                "3; 15",
                "people-centred; human-rights",
                "",
                "",
                "",
                "",
                "",
                links);
    }

    private long practiceId(String slug) {
        return jdbc.sql("select id from entry where entry_type = 'practice' and slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    record Counts(long entries, long practices, long revisions, long links) {}

    private Counts counts() {
        return new Counts(count("entry"), count("practice"), count("entry_revision"), count("entry_link"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static PracticeForm form(String slug, String title) {
        return PracticeForm.builder()
                .slug(slug)
                .titleEn(title)
                .enUnofficial(true)
                .frUnofficial(false)
                .descriptionEn("A description")
                .countries("PT")
                .scope(PracticeScope.NATIONAL)
                .actorType(ActorType.GOVERNMENT)
                .version(0)
                .build();
    }

    private static Map<String, String> unzip(MvcTestResult result) throws IOException {
        assertThat(result).hasStatusOk();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
