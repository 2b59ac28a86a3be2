package org.rt2kb.reference;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rt2kb.shared.Multilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference lists entries are tagged with: countries, regions, GCM objectives and principles, SDG targets. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final EntityManager em;

    ReferenceData(EntityManager em) {
        this.em = em;
    }

    /** Countries by ISO alpha-2 code, in code order. */
    public Map<String, Country> countries() {
        return byKey("select c from Country c order by c.code", Country.class, Country::getCode);
    }

    /** Regions by M49 code. */
    public Map<String, Region> regions() {
        return byKey("select r from Region r order by r.code", Region.class, Region::getCode);
    }

    public List<GcmObjective> gcmObjectives() {
        return em.createQuery("select o from GcmObjective o order by o.number", GcmObjective.class)
                .getResultList();
    }

    public List<GcmPrinciple> gcmPrinciples() {
        return em.createQuery("select p from GcmPrinciple p order by p.position", GcmPrinciple.class)
                .getResultList();
    }

    public List<SdgTarget> sdgTargets() {
        return em.createQuery("select t from SdgTarget t order by t.goal, t.code", SdgTarget.class)
                .getResultList();
    }

    /** The body instruments name {@code body}, or one known only by that name. */
    public IssuingBody issuer(String body) {
        IssuingBody found = em.find(IssuingBody.class, body);
        return found != null ? found : new IssuingBody(body, Multilingual.of(body, null), Multilingual.NONE);
    }

    public List<SourceDocument> sources() {
        return em.createQuery("select s from SourceDocument s order by s.year, s.slug", SourceDocument.class)
                .getResultList();
    }

    /** The source document with this slug, or null. */
    public SourceDocument source(String slug) {
        return slug == null
                ? null
                : em.createQuery("select s from SourceDocument s where s.slug = :slug", SourceDocument.class)
                        .setParameter("slug", slug)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
    }

    /** Where a country or region is: its name, and the code of the region holding it (or null). */
    public record Place(Multilingual name, String within) {}

    /** Countries by ISO code, for labels on pages. */
    public Map<String, Place> countryPlaces() {
        return places("select c.code, c.name, c.regionCode from Country c order by c.code");
    }

    /** Regions by M49 code, for labels on pages. */
    public Map<String, Place> regionPlaces() {
        return places("select r.code, r.name, r.parentCode from Region r order by r.code");
    }

    /** GCM objectives by number (as text, as in addresses), titled "5. Enhance availability…". */
    public Map<String, Multilingual> gcmObjectiveTitles() {
        return gcmObjectives().stream()
                .collect(Collectors.toMap(
                        o -> o.getNumber().toString(),
                        o -> o.getTitle().prefixed(o.getNumber() + ". "),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** The GCM's guiding principles by slug, in the Compact's order. */
    public Map<String, Multilingual> gcmPrincipleTitles() {
        return gcmPrinciples().stream()
                .collect(Collectors.toMap(
                        GcmPrinciple::getSlug, GcmPrinciple::getTitle, (a, b) -> a, LinkedHashMap::new));
    }

    /** SDG targets by code, titled "8.8 Protect labour rights…". */
    public Map<String, Multilingual> sdgTargetTitles() {
        return sdgTargets().stream()
                .collect(Collectors.toMap(
                        SdgTarget::getCode,
                        t -> t.getTitle().prefixed(t.getCode() + " "),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private Map<String, Place> places(String jpql) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            places.put((String) row[0], new Place((Multilingual) row[1], (String) row[2]));
        }
        return places;
    }

    private <K, T> Map<K, T> byKey(String jpql, Class<T> type, Function<T, K> key) {
        return em.createQuery(jpql, type)
                .getResultStream()
                .collect(Collectors.toMap(key, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
