package org.rt2kb.transfer.seed;

import org.rt2kb.transfer.seed.SeedFiles.BodiesFile;
import org.rt2kb.transfer.seed.SeedFiles.CountriesFile;
import org.rt2kb.transfer.seed.SeedFiles.InstrumentsFile;
import org.rt2kb.transfer.seed.SeedFiles.LinksFile;
import org.rt2kb.transfer.seed.SeedFiles.ObjectivesFile;
import org.rt2kb.transfer.seed.SeedFiles.PracticesFile;
import org.rt2kb.transfer.seed.SeedFiles.PrinciplesFile;
import org.rt2kb.transfer.seed.SeedFiles.RegionsFile;
import org.rt2kb.transfer.seed.SeedFiles.SourcesFile;
import org.rt2kb.transfer.seed.SeedFiles.TargetsFile;
import org.rt2kb.transfer.seed.SeedFiles.ThemesFile;

/** Every seed file, read and parsed but not yet validated. */
public record SeedCatalogue(
        SourcesFile sources,
        RegionsFile regions,
        CountriesFile countries,
        BodiesFile bodies,
        ObjectivesFile gcmObjectives,
        PrinciplesFile gcmPrinciples,
        TargetsFile sdgTargets,
        ThemesFile themes,
        PracticesFile practices,
        InstrumentsFile instruments,
        LinksFile links) {

    static final String SOURCES = "sources.json";
    static final String REGIONS = "reference/regions.json";
    static final String COUNTRIES = "reference/countries.json";
    static final String BODIES = "reference/bodies.json";
    static final String GCM_OBJECTIVES = "reference/gcm-objectives.json";
    static final String GCM_PRINCIPLES = "reference/gcm-principles.json";
    static final String SDG_TARGETS = "reference/sdg-targets.json";
    static final String THEMES = "themes.json";
    static final String PRACTICES = "practices.json";
    static final String INSTRUMENTS = "instruments.json";
    static final String LINKS = "links.json";
}
