package org.rt2kb.transfer;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.EntryLink;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.instrument.AnnexGroup;
import org.rt2kb.instrument.Instrument;
import org.rt2kb.practice.Practice;
import org.rt2kb.practice.PracticeGroup;
import org.rt2kb.reference.Country;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.IssuingBody;
import org.rt2kb.reference.Region;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.theme.GuidingQuestion;
import org.rt2kb.theme.PracticeGap;
import org.rt2kb.theme.Theme;
import org.rt2kb.thesaurus.Concept;
import org.rt2kb.transfer.seed.SeedFiles;
import org.rt2kb.transfer.seed.SeedFiles.ConceptSeed;
import org.rt2kb.transfer.seed.SeedFiles.ConceptTagSeed;
import org.rt2kb.transfer.seed.SeedFiles.InstrumentSeed;
import org.rt2kb.transfer.seed.SeedFiles.PracticeSeed;
import org.rt2kb.transfer.seed.SeedFiles.ThemeSeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole catalogue as the seed files ({@code seeds/README.md}), zipped under the same names, so that an export can
 * be read back by the seed importer. Two audiences: the public export holds published entries and public notes only;
 * the full export holds everything and adds {@code statuses.json}, the status of every entry.
 *
 * <p>The output is deterministic: lists in a stable order (positions, numbers, codes, slugs; links and notes in the
 * order they were written, which an import keeps), JSON indented with two spaces and {@code \n}, and zip entries with a
 * fixed date, so two exports of the same catalogue are equal byte for byte.
 */
@Service
public class CatalogueExport {

    /** The file of the full export that gives each entry's status; the seed importer does not read it. */
    public static final String STATUSES = "statuses.json";

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Comparator<Integer> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private final EntityManager em;
    private final ObjectWriter writer;

    CatalogueExport(EntityManager em) {
        this.em = em;
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = JsonMapper.builder().build().writer().with(printer);
    }

    /** The status of one entry, named "type:slug". */
    public record StatusSeed(String entry, String status) {}

    public record StatusesFile(List<StatusSeed> statuses) {}

    /** The export as a zip of the seed files. */
    @Transactional(readOnly = true)
    public byte[] zip(boolean everything) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files(everything).entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The export's files by path, in a fixed order. */
    @Transactional(readOnly = true)
    public Map<String, byte[]> files(boolean everything) {
        Content content = new Content(everything);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sources.json", json(content.sources()));
        files.put("reference/regions.json", json(content.regions()));
        files.put("reference/countries.json", json(content.countries()));
        files.put("reference/bodies.json", json(content.bodies()));
        files.put("reference/gcm-objectives.json", json(content.objectives()));
        files.put("reference/gcm-principles.json", json(content.principles()));
        files.put("reference/sdg-targets.json", json(content.targets()));
        files.put("themes.json", json(content.themes()));
        files.put("practices.json", json(content.practices()));
        files.put("instruments.json", json(content.instruments()));
        files.put("links.json", json(content.links()));
        files.put("thesaurus.json", json(content.thesaurus()));
        files.put("concept-tags.json", json(content.conceptTags()));
        if (everything) {
            files.put(STATUSES, json(content.statuses()));
        }
        return files;
    }

    private byte[] json(Object value) {
        byte[] body = writer.writeValueAsBytes(value);
        byte[] withNewline = new byte[body.length + 1];
        System.arraycopy(body, 0, withNewline, 0, body.length);
        withNewline[body.length] = '\n';
        return withNewline;
    }

    /** One export: the entries it holds, read once. */
    private final class Content {
        private final boolean everything;
        private final List<Theme> themes;
        private final List<Practice> practices;
        private final List<Instrument> instruments;
        private final Set<Long> shown;

        Content(boolean everything) {
            this.everything = everything;
            this.themes = entries(Theme.class).stream()
                    .sorted(Comparator.comparing(Theme::getPosition))
                    .toList();
            this.practices = entries(Practice.class).stream()
                    .sorted(Comparator.comparing(Practice::getNumber, NULLS_LAST)
                            .thenComparing(Practice::getSlug))
                    .toList();
            this.instruments = entries(Instrument.class).stream()
                    .sorted(Comparator.comparing(Instrument::getPosition, NULLS_LAST)
                            .thenComparing(Instrument::getSlug))
                    .toList();
            this.shown = new java.util.HashSet<>();
            themes.forEach(t -> shown.add(t.getId()));
            practices.forEach(p -> shown.add(p.getId()));
            instruments.forEach(i -> shown.add(i.getId()));
        }

        private <E extends Entry> List<E> entries(Class<E> type) {
            String where = everything ? "" : " where e.status = :published";
            var query = em.createQuery("select e from " + type.getSimpleName() + " e" + where, type);
            if (!everything) {
                query.setParameter("published", EntryStatus.PUBLISHED);
            }
            return query.getResultList();
        }

        private boolean shown(Entry entry) {
            return entry != null && shown.contains(entry.getId());
        }

        SeedFiles.SourcesFile sources() {
            return new SeedFiles.SourcesFile(all(SourceDocument.class, "slug").stream()
                    .map(s -> new SeedFiles.SourceSeed(
                            s.getSlug(),
                            s.getTitle().fr(),
                            s.getTitle().en(),
                            s.getTitle().isUnofficialIn("en"),
                            s.getTitle().get("es"),
                            s.getTitle().isUnofficialIn("es"),
                            s.getYear(),
                            s.getForum(),
                            s.getRoundtable(),
                            s.getPenholder(),
                            s.getCoChairs(),
                            s.getLanguages(),
                            s.getNote(),
                            s.getPracticesCaveat().en(),
                            s.getPracticesCaveat().fr(),
                            s.getPracticesCaveat().get("es"),
                            s.getLinks()))
                    .toList());
        }

        SeedFiles.RegionsFile regions() {
            return new SeedFiles.RegionsFile(all(Region.class, "code").stream()
                    .map(r -> new SeedFiles.RegionSeed(r.getCode(), r.getSlug(), r.getName(), r.getParentCode()))
                    .toList());
        }

        SeedFiles.CountriesFile countries() {
            return new SeedFiles.CountriesFile(all(Country.class, "code").stream()
                    .map(c -> new SeedFiles.CountrySeed(c.getCode(), c.getAlpha3(), c.getName(), c.getRegionCode()))
                    .toList());
        }

        SeedFiles.BodiesFile bodies() {
            return new SeedFiles.BodiesFile(all(IssuingBody.class, "body").stream()
                    .map(b -> new SeedFiles.BodySeed(b.getBody(), b.getName(), b.getAcronym()))
                    .toList());
        }

        SeedFiles.ObjectivesFile objectives() {
            return new SeedFiles.ObjectivesFile(all(GcmObjective.class, "number").stream()
                    .map(o -> new SeedFiles.ObjectiveSeed(o.getNumber(), o.getTitle()))
                    .toList());
        }

        SeedFiles.PrinciplesFile principles() {
            return new SeedFiles.PrinciplesFile(all(GcmPrinciple.class, "position").stream()
                    .map(p -> new SeedFiles.PrincipleSeed(p.getSlug(), p.getPosition(), p.getTitle()))
                    .toList());
        }

        SeedFiles.TargetsFile targets() {
            return new SeedFiles.TargetsFile(all(SdgTarget.class, "goal, e.code").stream()
                    .map(t -> new SeedFiles.TargetSeed(t.getCode(), t.getGoal(), t.getTitle()))
                    .toList());
        }

        SeedFiles.ThemesFile themes() {
            List<ThemeSeed> themeSeeds = themes.stream()
                    .map(t -> new ThemeSeed(
                            t.getSlug(),
                            t.getSection(),
                            t.getKind().code(),
                            shown(t.getParent()) ? t.getParent().getSlug() : null,
                            t.getPosition(),
                            t.getTitle().fr(),
                            t.getTitle().en(),
                            t.getTitle().isUnofficialIn("en"),
                            t.getTitle().get("es"),
                            t.getTitle().isUnofficialIn("es"),
                            t.getText().fr(),
                            t.getText().get("es"),
                            t.getSummary().en(),
                            t.getSummary().get("es"),
                            t.getNotes().stream()
                                    .map(n -> new SeedFiles.NoteSeed(
                                            n.number(), n.text().fr(), n.text().get("es")))
                                    .toList(),
                            principlesOf(t),
                            slugOf(t.getSource())))
                    .toList();
            var gaps = all(PracticeGap.class, "position").stream()
                    .map(g -> new SeedFiles.GapSeed(
                            g.getSlug(),
                            g.getPosition(),
                            g.getTitle().fr(),
                            g.getTitle().en(),
                            g.getTitle().isUnofficialIn("en"),
                            g.getTitle().get("es"),
                            g.getTitle().isUnofficialIn("es"),
                            slugs(g.getThemes())))
                    .toList();
            var questions = all(GuidingQuestion.class, "number").stream()
                    .map(q -> new SeedFiles.QuestionSeed(
                            q.getNumber(),
                            q.getText().fr(),
                            q.getText().en(),
                            q.getText().isUnofficialIn("en"),
                            q.getText().get("es"),
                            q.getText().isUnofficialIn("es"),
                            slugs(q.getThemes())))
                    .toList();
            return new SeedFiles.ThemesFile(themeSeeds, gaps, questions);
        }

        private List<String> slugs(Set<Theme> themes) {
            return themes.stream().filter(this::shown).map(Theme::getSlug).toList();
        }

        SeedFiles.PracticesFile practices() {
            var groups = all(PracticeGroup.class, "position").stream()
                    .map(g -> new SeedFiles.GroupSeed(g.getSlug(), g.getPosition(), g.getTitle()))
                    .toList();
            Map<Long, List<String>> illustrated = illustratedThemes();
            List<PracticeSeed> seeds = practices.stream()
                    .map(p -> {
                        var actor = p.getActor();
                        var period = p.getPeriod();
                        return new PracticeSeed(
                                p.getSlug(),
                                p.getNumber(),
                                p.getGroup() == null ? null : p.getGroup().getSlug(),
                                p.getTitle().en(),
                                p.getTitle().isUnofficialIn("en"),
                                p.getTitle().fr(),
                                p.getTitle().isUnofficialIn("fr"),
                                p.getTitle().get("es"),
                                p.getTitle().isUnofficialIn("es"),
                                p.getDescription().en(),
                                p.getDescription().fr(),
                                p.getDescription().get("es"),
                                p.getCountryCodes(),
                                actor.name(),
                                actor.regionCode(),
                                actor.scope().code(),
                                actor.type().code(),
                                period.startYear(),
                                period.endYear(),
                                period.startDate(),
                                period.endDate(),
                                illustrated.getOrDefault(p.getId(), List.of()),
                                gcmOf(p),
                                principlesOf(p),
                                sdgOf(p),
                                p.getStatusNote().en(),
                                p.getStatusNote().fr(),
                                p.getStatusNote().get("es"),
                                p.getLinks(),
                                new SeedFiles.ProvenanceSeed(
                                        slugOf(p.getSource()), p.getProvenanceAnnex(), p.getProvenancePageGroup()));
                    })
                    .toList();
            return new SeedFiles.PracticesFile(groups, seeds);
        }

        /** The themes each practice illustrates, in the order the links were written. */
        private Map<Long, List<String>> illustratedThemes() {
            Map<Long, List<String>> themes = new HashMap<>();
            for (EntryLink link : linkRows()) {
                if (isIllustration(link) && shown(link.getFrom()) && shown(link.getTo())) {
                    themes.computeIfAbsent(link.getFrom().getId(), id -> new ArrayList<>())
                            .add(link.getTo().getSlug());
                }
            }
            return themes;
        }

        private List<EntryLink> linkRows;

        private List<EntryLink> linkRows() {
            if (linkRows == null) {
                linkRows = em.createQuery(
                                "select l from EntryLink l join fetch l.from join fetch l.to order by l.id",
                                EntryLink.class)
                        .getResultList();
            }
            return linkRows;
        }

        private static boolean isIllustration(EntryLink link) {
            return link.getRelation() == LinkRelation.ILLUSTRATES
                    && link.getFrom().getType() == EntryType.PRACTICE
                    && link.getTo().getType() == EntryType.THEME;
        }

        SeedFiles.InstrumentsFile instruments() {
            var groups = all(AnnexGroup.class, "position").stream()
                    .map(g -> new SeedFiles.AnnexGroupSeed(g.getSlug(), g.getAnnex(), g.getPosition(), g.getTitle()))
                    .toList();
            List<InstrumentSeed> seeds = instruments.stream()
                    .map(i -> new InstrumentSeed(
                            i.getSlug(),
                            i.getCode(),
                            i.getAcronym(),
                            i.getAcronymFr(),
                            i.getTitle().en(),
                            i.getTitle().fr(),
                            i.getTitle().isUnofficialIn("fr"),
                            i.getTitle().get("es"),
                            i.getTitle().isUnofficialIn("es"),
                            i.getAliases(),
                            i.getYear(),
                            i.getInstrumentType().code(),
                            i.getBody(),
                            i.isBinding(),
                            i.getOfficialRecord(),
                            shown(i.getParent()) ? i.getParent().getSlug() : null,
                            i.getAnnexGroups().stream().map(AnnexGroup::getSlug).toList(),
                            i.getPosition(),
                            i.getLinks(),
                            gcmOf(i),
                            principlesOf(i),
                            sdgOf(i)))
                    .toList();
            String source = instruments.stream()
                    .map(i -> slugOf(i.getSource()))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElseGet(() -> sources().sources().stream()
                            .map(SeedFiles.SourceSeed::slug)
                            .findFirst()
                            .orElse(null));
            return new SeedFiles.InstrumentsFile(source, groups, seeds);
        }

        SeedFiles.LinksFile links() {
            var links = linkRows().stream()
                    .filter(l -> !isIllustration(l) && shown(l.getFrom()) && shown(l.getTo()))
                    .map(l -> new SeedFiles.LinkSeed(
                            reference(l.getFrom()),
                            reference(l.getTo()),
                            l.getRelation().code(),
                            l.getNote()))
                    .toList();
            Predicate<Annotation> visible = a -> everything || a.getVisibility() == Visibility.PUBLIC;
            var annotations = em
                    .createQuery("select a from Annotation a join fetch a.entry order by a.id", Annotation.class)
                    .getResultList()
                    .stream()
                    .filter(a -> shown(a.getEntry()) && visible.test(a))
                    .map(a -> new SeedFiles.AnnotationSeed(
                            reference(a.getEntry()),
                            a.getKind().code(),
                            a.getVisibility().code(),
                            a.getAuthor(),
                            a.getCreatedOn(),
                            a.getUpdatedOn(),
                            a.getText().en(),
                            a.getText().fr(),
                            a.getText().isUnofficialIn("fr"),
                            a.getText().get("es"),
                            a.getText().isUnofficialIn("es")))
                    .toList();
            return new SeedFiles.LinksFile(links, annotations);
        }

        SeedFiles.ThesaurusFile thesaurus() {
            var concepts = all(Concept.class, "id").stream()
                    .map(c -> new ConceptSeed(
                            c.getId(),
                            c.getLabel().get("en"),
                            c.getLabel().get("fr"),
                            c.getLabel().get("es"),
                            c.alt("en"),
                            c.alt("fr"),
                            c.alt("es"),
                            c.getBroader().stream().map(Concept::getId).sorted().toList(),
                            c.getNote() == null ? null : c.getNote().get("en"),
                            c.getNote() == null ? null : c.getNote().get("fr"),
                            c.getNote() == null ? null : c.getNote().get("es"),
                            c.getExactMatch()))
                    .toList();
            return new SeedFiles.ThesaurusFile(
                    sources().sources().stream()
                            .map(SeedFiles.SourceSeed::slug)
                            .findFirst()
                            .orElse(null),
                    concepts);
        }

        SeedFiles.ConceptTagsFile conceptTags() {
            List<ConceptTagSeed> tags = new ArrayList<>();
            for (Entry entry : inOrder()) {
                if (!entry.getConceptIds().isEmpty()) {
                    tags.add(new ConceptTagSeed(
                            reference(entry),
                            entry.getConceptIds().stream().sorted().toList()));
                }
            }
            return new SeedFiles.ConceptTagsFile(tags);
        }

        StatusesFile statuses() {
            return new StatusesFile(inOrder().stream()
                    .map(e -> new StatusSeed(reference(e), e.getStatus().code()))
                    .toList());
        }

        /** Themes, practices and instruments, each kind in its file's order. */
        private List<Entry> inOrder() {
            List<Entry> entries = new ArrayList<>(themes);
            entries.addAll(practices);
            entries.addAll(instruments);
            return entries;
        }

        private <T> List<T> all(Class<T> type, String order) {
            return em.createQuery("select e from " + type.getSimpleName() + " e order by e." + order, type)
                    .getResultList();
        }
    }

    private static List<Integer> gcmOf(Entry entry) {
        return entry.getGcmObjectives().stream()
                .map(GcmObjective::getNumber)
                .sorted()
                .toList();
    }

    private static List<String> principlesOf(Entry entry) {
        return entry.getGcmPrinciples().stream().map(GcmPrinciple::getSlug).toList();
    }

    private static List<String> sdgOf(Entry entry) {
        return entry.getSdgTargets().stream().map(SdgTarget::getCode).sorted().collect(Collectors.toList());
    }

    private static String slugOf(SourceDocument source) {
        return source == null ? null : source.getSlug();
    }

    static String reference(Entry entry) {
        return entry.getType().code() + ":" + entry.getSlug();
    }
}
