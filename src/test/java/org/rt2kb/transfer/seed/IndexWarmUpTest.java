package org.rt2kb.transfer.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.search.SearchIndex;
import org.rt2kb.shared.IndexWarmUp;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A start that finds the search index of an existing catalogue out of step rebuilds it in the background: meanwhile the
 * pages are served, and searches and lists say they are warming up rather than show a part of their results.
 */
@CatalogueTest
class IndexWarmUpTest {

    private static final Duration REBUILD = Duration.ofSeconds(60);

    @Autowired
    SeedImportRunner start;

    @Autowired
    IndexWarmUp warmUp;

    @Autowired
    SearchIndex index;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    MockMvc mvc;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() throws InterruptedException {
        release.countDown();
        awaitWarmUp();
    }

    @Test
    void shouldRebuildALostIndexInTheBackgroundAtStart() throws Exception {
        long documents = index.documents();
        Search.mapping(emf).scope(Object.class).workspace().purge();
        assertThat(index.outOfStep()).isTrue();

        start.afterSingletonsInstantiated();
        awaitWarmUp();

        assertThat(index.documents()).isEqualTo(documents);
        assertThat(index.outOfStep()).isFalse();
        mvc.perform(get("/api/search").param("q", "C189"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"c189\"")));
    }

    @Test
    void shouldLeaveAnIndexInStepAloneAtStart() {
        start.afterSingletonsInstantiated();

        assertThat(warmUp.running()).isFalse();
    }

    @Test
    void shouldAnswerSearchesAndListsWithWarmingUpWhileTheOtherPagesAreServed() throws Exception {
        warmUp.start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        mvc.perform(get("/search").param("q", "migrants").header("Accept-Language", "fr"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(
                        content().string(containsString("<h1>L’index de recherche est en cours de construction</h1>")));
        mvc.perform(get("/api/practices").header("Accept-Language", "es"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("El índice de búsqueda")));
        mvc.perform(get("/practices")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/practices/finland-healthcare-undocumented-migrants")).andExpect(status().isOk());
        mvc.perform(get("/themes")).andExpect(status().isOk());

        release.countDown();
        awaitWarmUp();

        mvc.perform(get("/search").param("q", "migrants")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    private void awaitWarmUp() throws InterruptedException {
        long deadline = System.nanoTime() + REBUILD.toNanos();
        while (warmUp.running() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(warmUp.running()).as("still warming up after %s", REBUILD).isFalse();
    }
}
