package org.rt2kb.home;

import java.util.List;
import java.util.function.Supplier;
import org.rt2kb.curation.RecentChanges;
import org.rt2kb.instrument.InstrumentService;
import org.rt2kb.practice.PracticeLabels;
import org.rt2kb.practice.PracticeMaps;
import org.rt2kb.practice.ShadedMap;
import org.rt2kb.shared.BarChart;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.theme.ThemePages;
import org.rt2kb.theme.ThemeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the home page tells: how much the knowledge base holds, and what changed last, as the features count it. */
@Service
@Transactional(readOnly = true)
class HomePage {

    private final ThemeService themes;
    private final ThemePages themePages;
    private final PracticeMaps practices;
    private final InstrumentService instruments;
    private final RecentChanges recent;
    /** Counted once per change of the catalogue: counting 100,000 entries costs more than the rest of the page. */
    private final Supplier<Counts> counted;

    HomePage(
            ThemeService themes,
            ThemePages themePages,
            PracticeMaps practices,
            InstrumentService instruments,
            RecentChanges recent,
            CatalogueGeneration generation) {
        this.themes = themes;
        this.themePages = themePages;
        this.practices = practices;
        this.instruments = instruments;
        this.recent = recent;
        this.counted = generation.cached(this::count);
    }

    /** The catalogue's counts, where its practices come from, and when they started. */
    record Counts(
            long themes,
            long practices,
            long instruments,
            long countries,
            PracticeMaps.Origins origins,
            BarChart startYears) {}

    Counts counts() {
        return counted.get();
    }

    private Counts count() {
        PracticeMaps.Origins origins = practices.origins();
        return new Counts(
                themes.countPublishedThemes(),
                practices.countPublished(),
                instruments.countPublished(),
                origins.countries().size(),
                origins,
                practices.startYears());
    }

    /** The world map of where the practices come from. */
    ShadedMap map() {
        return practices.map(counts().origins());
    }

    PracticeLabels labels() {
        return practices.labels();
    }

    BarChart practicesByTheme() {
        return themePages.overview().practicesByTheme();
    }

    List<RecentChanges.Change> recentChanges() {
        return recent.latest();
    }
}
