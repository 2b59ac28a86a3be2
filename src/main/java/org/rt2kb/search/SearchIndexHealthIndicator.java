package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.rt2kb.shared.IndexWarmUp;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index part of readiness: the index can be read, and is not being rebuilt after the start. Counting
 * documents needs no database connection.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final EntityManagerFactory emf;
    private final IndexWarmUp warmUp;

    SearchIndexHealthIndicator(EntityManagerFactory emf, IndexWarmUp warmUp) {
        this.emf = emf;
        this.warmUp = warmUp;
    }

    @Override
    public Health health() {
        if (warmUp.running()) {
            return Health.outOfService().build();
        }
        try (EntityManager em = emf.createEntityManager()) {
            Search.session(em)
                    .search(SearchIndex.TYPES)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return Health.up().build();
        } catch (RuntimeException ex) {
            return Health.down().build();
        }
    }
}
