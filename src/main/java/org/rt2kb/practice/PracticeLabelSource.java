package org.rt2kb.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.rt2kb.instrument.InstrumentService;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.theme.ThemeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published practices as rows and the {@link PracticeLabels} they need, for the list, the country pages
 * and the coverage matrix: a few projection queries, whatever the number of practices. The labels are kept until the
 * catalogue changes.
 */
@Component
@Transactional(readOnly = true)
class PracticeLabelSource {

    private final PracticeRows rows;
    private final PracticeGroupRepository groups;
    private final ReferenceData reference;
    private final ThemeService themes;
    private final InstrumentService instruments;
    private final MessageSource messages;
    private final Supplier<PracticeLabels> labels;

    PracticeLabelSource(
            PracticeRows rows,
            PracticeGroupRepository groups,
            ReferenceData reference,
            ThemeService themes,
            InstrumentService instruments,
            MessageSource messages,
            CatalogueGeneration generation) {
        this.rows = rows;
        this.groups = groups;
        this.reference = reference;
        this.themes = themes;
        this.instruments = instruments;
        this.messages = messages;
        this.labels = generation.cached(this::read);
    }

    /** Every published practice, in the compendium's order. */
    List<PracticeRow> practices() {
        return rows.published();
    }

    /** The published practices among {@code ids}, in their order. */
    List<PracticeRow> practices(List<Long> ids) {
        return rows.published(ids);
    }

    /** The labels, read again only after the catalogue has changed. */
    PracticeLabels load() {
        return labels.get();
    }

    private PracticeLabels read() {
        Map<String, Multilingual> groupTitles = new LinkedHashMap<>();
        groups.findAllByOrderByPosition()
                .forEach(g ->
                        groupTitles.put(g.getSlug(), PracticeJson.Group.of(g).title()));
        Map<String, Multilingual> countries = new LinkedHashMap<>();
        Map<String, String> countryRegions = new LinkedHashMap<>();
        reference.countryPlaces().forEach((code, place) -> {
            countries.put(code, place.name());
            countryRegions.put(code, place.within());
        });
        Map<String, Multilingual> regions = new LinkedHashMap<>();
        Map<String, String> regionParents = new LinkedHashMap<>();
        reference.regionPlaces().forEach((code, place) -> {
            regions.put(code, place.name());
            regionParents.put(code, place.within());
        });
        Map<String, Multilingual> scopes = new LinkedHashMap<>();
        for (PracticeScope scope : PracticeScope.values()) {
            scopes.put(scope.code(), Multilingual.message(messages, "practice.scope." + scope.code()));
        }
        return new PracticeLabels(
                groupTitles,
                themes.titles(),
                countries,
                countryRegions,
                regions,
                regionParents,
                scopes,
                reference.gcmObjectiveTitles(),
                reference.sdgTargetTitles(),
                instruments.titles());
    }
}
