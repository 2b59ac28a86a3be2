package org.rt2kb.home;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.rt2kb.entry.RecentEntries;
import org.rt2kb.instrument.InstrumentService;
import org.rt2kb.practice.PracticeMaps;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.theme.ThemeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the home page tells: how much the knowledge base holds, and what changed last, as the features count it. */
@Service
@Transactional(readOnly = true)
class HomePage {

    private static final int RECENT = 6;

    private final ThemeService themes;
    private final PracticeMaps practices;
    private final InstrumentService instruments;
    private final RecentEntries recent;
    /** Counted once per change of the catalogue: counting 100,000 entries costs more than the rest of the page. */
    private final Supplier<Counts> counted;

    HomePage(
            ThemeService themes,
            PracticeMaps practices,
            InstrumentService instruments,
            RecentEntries recent,
            CatalogueGeneration generation) {
        this.themes = themes;
        this.practices = practices;
        this.instruments = instruments;
        this.recent = recent;
        this.counted = generation.cached(this::count);
    }

    record Counts(long themes, long practices, long instruments, long countries) {}

    record Change(String type, String slug, Multilingual title, Instant updatedAt) {}

    Counts counts() {
        return counted.get();
    }

    private Counts count() {
        return new Counts(
                themes.countPublishedThemes(),
                practices.countPublished(),
                instruments.countPublished(),
                practices.countCountries());
    }

    List<Change> recentChanges() {
        return recent.latest(RECENT).stream()
                .map(entry ->
                        new Change(entry.getType().code(), entry.getSlug(), entry.getTitle(), entry.getUpdatedAt()))
                .toList();
    }
}
