package org.rt2kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.rt2kb.practice.Practice;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The index follows the database: rebuilt when out of step, and updated when an entry changes. */
@CatalogueTest
class SearchIndexTest {

    private static final String PRACTICE = "finland-healthcare-undocumented-migrants";

    @Autowired
    SearchIndex index;

    @Autowired
    KnowledgeSearch search;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRebuildAnEmptiedIndexFromTheDatabase() {
        long documents = index.documents();
        SearchIndex.scope(emf).workspace().purge();
        assertThat(index.documents()).isZero();

        index.buildIfOutOfStep();

        assertThat(index.documents()).isEqualTo(documents).isGreaterThan(120);
        assertThat(search.topEntries("C189", 1)).containsExactly("instrument:c189");
    }

    @Test
    void shouldLeaveAnIndexThatIsCatchingUpWithChangesToIndexAsItIs() {
        long documents = index.documents();
        Long one = transactions.execute(status -> practice().getId());
        Search.mapping(emf).scope(Practice.class).workspace().purge(); // a gap...
        transactions.executeWithoutResult(
                status -> Search.session(em).indexingPlan().addOrUpdate(practice()));
        long gap = index.documents();
        jdbc.sql("""
                        insert into hsearch_outbox_event
                            (id, entity_name, entity_id, entity_id_hash, payload, retries, process_after, status)
                        values (gen_random_uuid(), 'Practice', :id, 1, '\\x00', 0, now(), 'PENDING')""")
                .param("id", String.valueOf(one))
                .update(); // ...with changes still waiting to be indexed, as on OpenSearch
        try {
            index.buildIfOutOfStep();
            assertThat(index.documents())
                    .as("not purged and rebuilt under the readers")
                    .isEqualTo(gap);
        } finally {
            jdbc.sql("delete from hsearch_outbox_event").update();
        }
        index.buildIfOutOfStep();
        assertThat(index.documents()).isEqualTo(documents);
    }

    @Test
    void shouldFindAnEntryByAConceptAsSoonAsItIsTaggedWithIt() {
        assertThat(search.topEntries("apatridie", 20)).doesNotContain("practice:" + PRACTICE);
        Set<String> before = concepts();

        retag(union(before, "statelessness"));
        try {
            assertThat(search.topEntries("apatridie", 20)).contains("practice:" + PRACTICE);
        } finally {
            retag(before);
        }
        assertThat(search.topEntries("apatridie", 20)).doesNotContain("practice:" + PRACTICE);
    }

    private Set<String> concepts() {
        return transactions.execute(status -> new LinkedHashSet<>(practice().getConceptIds()));
    }

    private void retag(Set<String> concepts) {
        transactions.executeWithoutResult(status -> practice().tagConcepts(concepts));
    }

    private Practice practice() {
        return em.createQuery("select p from Practice p where p.slug = :slug", Practice.class)
                .setParameter("slug", PRACTICE)
                .getSingleResult();
    }

    private static Set<String> union(Set<String> concepts, String more) {
        Set<String> all = new LinkedHashSet<>(concepts);
        all.addAll(List.of(more));
        return all;
    }
}
