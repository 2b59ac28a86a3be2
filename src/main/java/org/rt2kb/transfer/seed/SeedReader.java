package org.rt2kb.transfer.seed;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the seed files from a folder or classpath location. Unknown fields are errors, so that a misspelt field name
 * is reported rather than silently dropped.
 */
@Component
class SeedReader {

    private final ResourceLoader resources;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    SeedReader(ResourceLoader resources) {
        this.resources = resources;
    }

    /** Reads every file; all parse errors are collected before failing. */
    SeedCatalogue read(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        List<String> problems = new ArrayList<>();
        Reader reader = new Reader(base, problems);
        SeedCatalogue catalogue = new SeedCatalogue(
                reader.read(SeedCatalogue.SOURCES, SeedFiles.SourcesFile.class),
                reader.read(SeedCatalogue.REGIONS, SeedFiles.RegionsFile.class),
                reader.read(SeedCatalogue.COUNTRIES, SeedFiles.CountriesFile.class),
                reader.read(SeedCatalogue.BODIES, SeedFiles.BodiesFile.class),
                reader.read(SeedCatalogue.GCM_OBJECTIVES, SeedFiles.ObjectivesFile.class),
                reader.read(SeedCatalogue.GCM_PRINCIPLES, SeedFiles.PrinciplesFile.class),
                reader.read(SeedCatalogue.SDG_TARGETS, SeedFiles.TargetsFile.class),
                reader.read(SeedCatalogue.THEMES, SeedFiles.ThemesFile.class),
                reader.read(SeedCatalogue.PRACTICES, SeedFiles.PracticesFile.class),
                reader.read(SeedCatalogue.INSTRUMENTS, SeedFiles.InstrumentsFile.class),
                reader.read(SeedCatalogue.LINKS, SeedFiles.LinksFile.class));
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return catalogue;
    }

    /** Reads the thesaurus and the concept tags of entries. */
    ThesaurusSeeds readThesaurus(String location) {
        List<String> problems = new ArrayList<>();
        Reader reader = new Reader(location.endsWith("/") ? location : location + "/", problems);
        ThesaurusSeeds seeds = new ThesaurusSeeds(
                reader.read(ThesaurusSeeds.THESAURUS, SeedFiles.ThesaurusFile.class),
                reader.read(ThesaurusSeeds.TAGS, SeedFiles.ConceptTagsFile.class));
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return seeds;
    }

    /** The two thesaurus files, as read. */
    record ThesaurusSeeds(SeedFiles.ThesaurusFile thesaurus, SeedFiles.ConceptTagsFile tags) {
        static final String THESAURUS = "thesaurus.json";
        static final String TAGS = "concept-tags.json";
    }

    private final class Reader {
        private final String base;
        private final List<String> problems;

        Reader(String base, List<String> problems) {
            this.base = base;
            this.problems = problems;
        }

        <T> T read(String file, Class<T> type) {
            Resource resource = resources.getResource(base + file);
            if (!resource.exists()) {
                problems.add(file + ": file not found in " + base);
                return null;
            }
            try (InputStream in = resource.getInputStream()) {
                return json.readValue(in, type);
            } catch (JacksonException ex) {
                problems.add(file + ": " + describe(ex));
            } catch (IOException ex) {
                problems.add(file + ": cannot be read (" + ex.getMessage() + ")");
            }
            return null;
        }
    }

    /** Names the JSON path and line of a parse error without Jackson's internal details. */
    private static String describe(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        var location = ex.getLocation();
        String line = location == null || location.getLineNr() < 0 ? "" : " (line " + location.getLineNr() + ")";
        String field = path.isEmpty() ? "" : " at " + path;
        return "invalid JSON" + field + line + ": " + ex.getOriginalMessage();
    }
}
