package org.rt2kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.shared.ClusterLock;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrators' rebuild of the search index: in the background, with its progress, while searches go on. */
@CatalogueTest
class ReindexAdminTest {

    static final RequestPostProcessor ROOT = user("root").roles("ADMIN");
    static final RequestPostProcessor ANA = user("ana").roles("EDITOR");
    static final String PRACTICE = "finland-healthcare-undocumented-migrants";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterLock lock;

    @Test
    void shouldKeepEditorsOut() {
        assertThat(mvc.get().uri("/admin/reindex").with(ANA)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/reindex/progress").with(ANA)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/reindex").with(ANA).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/reindex").with(ROOT)).hasStatus(HttpStatus.FORBIDDEN); // no CSRF token
    }

    @Test
    void shouldRebuildInTheBackgroundWhileSearchesGoOnCountingOnlyWhatTheIndexHolds() throws Exception {
        long healthBefore = searchTotal("health");
        long documents = index.documents();
        assertThat(healthBefore).isPositive();

        MvcTestResult started =
                mvc.post().uri("/admin/reindex").with(ROOT).with(csrf()).exchange();
        MvcTestResult again =
                mvc.post().uri("/admin/reindex").with(ROOT).with(csrf()).exchange();
        long healthDuring = searchTotal("health");

        assertThat(started).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/reindex");
        assertThat(started.getMvcResult().getFlashMap().get("done")).isEqualTo("reindex.started");
        assertThat(again.getMvcResult().getFlashMap().get("problem")).isEqualTo("reindex.already-running");
        assertThat(healthDuring).isEqualTo(healthBefore);
        String done = waitForTheEnd();

        long rows = jdbc.sql("select (select count(*) from entry) + (select count(*) from annotation)")
                .query(Long.class)
                .single();
        assertThat(rows)
                .as("the seeds hold an internal note, which has no document")
                .isGreaterThan(documents);
        assertThat(JsonPath.<Integer>read(done, "$.total")).isEqualTo((int) documents);
        assertThat(JsonPath.<Integer>read(done, "$.processed")).isEqualTo((int) documents);
        assertThat(JsonPath.<Integer>read(done, "$.removed")).isZero();
        assertThat(JsonPath.<Integer>read(done, "$.percent")).isEqualTo(100);
        assertThat(JsonPath.<Integer>read(done, "$.documents")).isEqualTo((int) documents);
        assertThat(JsonPath.<Integer>read(done, "$.expected")).isEqualTo((int) documents);
        assertThat(JsonPath.<String>read(done, "$.startedBy")).isEqualTo("root");
        assertThat(searchTotal("health")).isEqualTo(healthBefore);

        Document page = Pages.parse(mvc.get()
                .uri("/admin/reindex")
                .header("Accept-Language", "fr")
                .with(ROOT)
                .exchange());
        assertThat(page.select("h1").text()).isEqualTo("Index de recherche");
        assertThat(page.select("#reindex-documents").text()).isEqualTo(String.valueOf(documents));
        assertThat(page.select("#reindex-expected").text()).isEqualTo(String.valueOf(documents));
        assertThat(page.select("#reindex-processed").text()).isEqualTo(String.valueOf(documents));
        assertThat(page.select("#reindex-total").text()).isEqualTo(String.valueOf(documents));
        assertThat(page.select("progress").attr("value")).isEqualTo(String.valueOf(documents));
        assertThat(page.select("progress").attr("max")).isEqualTo(String.valueOf(documents));
        assertThat(page.select(".reindex-run h2").text()).isEqualTo("Dernière reconstruction");
        assertThat(page.select("form[action=/admin/reindex] button").text()).isEqualTo("Reconstruire l’index");
    }

    @Test
    void shouldRemoveTheDocumentOfAnEntryThatStoppedBeingSearchableBehindTheIndexsBack() throws Exception {
        long documents = index.documents();
        setStatus("draft"); // as a database restored from a backup would, without the index knowing
        try {
            assertThat(index.documents()).isEqualTo(documents);
            assertThat(index.expected()).isEqualTo(documents - 1 - notes());
            assertThat(Pages.parse(mvc.get().uri("/admin/reindex").with(ROOT).exchange())
                            .select("#reindex-expected")
                            .text())
                    .isEqualTo(String.valueOf(documents - 1 - notes()));

            String done = rebuild();

            assertThat(index.documents()).isEqualTo(index.expected());
            assertThat(JsonPath.<Integer>read(done, "$.total")).isEqualTo((int) index.expected());
            assertThat(JsonPath.<Integer>read(done, "$.processed")).isEqualTo((int) index.expected());
            assertThat(JsonPath.<Integer>read(done, "$.removed")).isEqualTo((int) (1 + notes()));
            assertThat(mvc.get().uri("/api/search?q=Finland+undocumented"))
                    .bodyJson()
                    .extractingPath("$.hits[*].slug")
                    .asArray()
                    .doesNotContain(PRACTICE);
        } finally {
            setStatus("published");
            rebuild();
        }
        assertThat(index.documents()).isEqualTo(documents);
        assertThat(mvc.get().uri("/api/search?q=Finland+undocumented"))
                .bodyJson()
                .extractingPath("$.hits[*].slug")
                .asArray()
                .contains(PRACTICE);
    }

    @Test
    void shouldLeaveARebuildToTheNodeRunningOneAndShowOneWhoseNodeDiedAsFailed() throws Exception {
        try (ClusterLock.Held otherNode = lock.acquire(SearchIndex.LOCK)) {
            MvcTestResult refused =
                    mvc.post().uri("/admin/reindex").with(ROOT).with(csrf()).exchange();
            assertThat(refused.getMvcResult().getFlashMap().get("problem")).isEqualTo("reindex.already-running");
        }

        rebuild();
        jdbc.sql("update index_rebuild set state = 'running', finished_at = null")
                .update(); // and then its node died
        assertThat(mvc.get().uri("/admin/reindex/progress").with(ROOT))
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("failed");
        rebuild();
    }

    /** Rebuilds the index as the page's button does; returns the final progress. */
    private String rebuild() throws Exception {
        assertThat(mvc.post().uri("/admin/reindex").with(ROOT).with(csrf())).hasStatus(HttpStatus.FOUND);
        return waitForTheEnd();
    }

    private String waitForTheEnd() throws Exception {
        Instant give = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(give)) {
            String progress = mvc.get()
                    .uri("/admin/reindex/progress")
                    .with(ROOT)
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String state = JsonPath.read(progress, "$.state");
            if (!state.equals("running")) {
                assertThat(state).isEqualTo("done");
                return progress;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The rebuild did not end within a minute");
    }

    private long searchTotal(String q) throws Exception {
        String json =
                mvc.get().uri("/api/search?q=" + q).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.<Integer>read(json, "$.total");
    }

    private long notes() {
        return jdbc.sql("""
                        select count(*) from annotation a join entry e on e.id = a.entry_id
                        where e.slug = ? and a.visibility = 'public'""").param(PRACTICE).query(Long.class).single();
    }

    private void setStatus(String status) {
        jdbc.sql("update entry set status = ? where entry_type = 'practice' and slug = ?")
                .param(status)
                .param(PRACTICE)
                .update();
    }
}
