package org.rt2kb.transfer.seed;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.AnnotationKind;
import org.rt2kb.annotation.EntryLink;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.entry.Entry;
import org.rt2kb.instrument.AnnexGroup;
import org.rt2kb.instrument.Instrument;
import org.rt2kb.instrument.InstrumentType;
import org.rt2kb.practice.ActorType;
import org.rt2kb.practice.Practice;
import org.rt2kb.practice.PracticeGroup;
import org.rt2kb.practice.PracticeScope;
import org.rt2kb.reference.Country;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.IssuingBody;
import org.rt2kb.reference.Region;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.Coded;
import org.rt2kb.theme.GuidingQuestion;
import org.rt2kb.theme.PracticeGap;
import org.rt2kb.theme.Theme;
import org.rt2kb.theme.ThemeKind;
import org.rt2kb.theme.ThemeNote;
import org.rt2kb.transfer.seed.SeedFiles.InstrumentSeed;
import org.rt2kb.transfer.seed.SeedFiles.PracticeSeed;
import org.rt2kb.transfer.seed.SeedFiles.ThemeSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty catalogue from the seed files, in one transaction: the files are read and validated first, so a bad
 * file leaves the database untouched. A catalogue that already holds entries is left as it is, which makes the import
 * safe to run at every start.
 */
@Service
public class SeedImporter {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final SeedReader reader;
    private final SeedValidator validator;
    private final EntityManager em;

    SeedImporter(SeedReader reader, SeedValidator validator, EntityManager em) {
        this.reader = reader;
        this.validator = validator;
        this.em = em;
    }

    /** What an import did. */
    public record Result(boolean imported, long entries, long millis) {}

    /** How many entries of each kind a set of seed files holds. */
    public record Counts(int themes, int practices, int instruments, int links, int annotations) {}

    /**
     * Reads and checks the seeds at {@code location} without writing anything (the dry run of an import).
     *
     * @throws SeedException when a file is missing or invalid
     */
    public Counts check(String location) {
        SeedCatalogue seeds = reader.read(location);
        validator.validate(seeds);
        return new Counts(
                seeds.themes().themes().size(),
                seeds.practices().practices().size(),
                seeds.instruments().instruments().size(),
                seeds.links().links().size(),
                seeds.links().annotations().size());
    }

    /**
     * Imports the seeds at {@code location} when the catalogue is empty.
     *
     * @throws SeedException when a file is missing or invalid; nothing is written then
     */
    @Transactional
    public Result importIfEmpty(String location) {
        long started = System.nanoTime();
        long existing =
                em.createQuery("select count(e) from Entry e", Long.class).getSingleResult();
        if (existing > 0) {
            log.info("Catalogue already holds {} entries: seed import skipped", existing);
            return new Result(false, 0, 0);
        }
        SeedCatalogue seeds = reader.read(location);
        validator.validate(seeds);
        long entries = new Load(seeds).run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Imported {} catalogue entries from {} in {} ms", entries, location, millis);
        return new Result(true, entries, millis);
    }

    /** One import run, holding the entities created so far so that later files can refer to them. */
    private final class Load {
        private final SeedCatalogue seeds;
        private final Map<String, SourceDocument> sources = new HashMap<>();
        private final Map<Integer, GcmObjective> objectives = new HashMap<>();
        private final Map<String, GcmPrinciple> principles = new HashMap<>();
        private final Map<String, SdgTarget> targets = new HashMap<>();
        private final Map<String, Theme> themes = new HashMap<>();
        private final Map<String, PracticeGroup> groups = new HashMap<>();
        private final Map<String, Practice> practices = new HashMap<>();
        private final Map<String, AnnexGroup> annexGroups = new HashMap<>();
        private final Map<String, Instrument> instruments = new HashMap<>();

        Load(SeedCatalogue seeds) {
            this.seeds = seeds;
        }

        long run() {
            loadReference();
            loadThemes();
            loadPractices();
            loadInstruments();
            loadLinks();
            em.flush();
            return themes.size() + practices.size() + instruments.size();
        }

        private void loadReference() {
            for (var s : seeds.sources().sources()) {
                sources.put(
                        s.slug(),
                        persist(new SourceDocument(
                                s.slug(),
                                s.title(),
                                s.year(),
                                s.forum(),
                                s.roundtable(),
                                s.penholder(),
                                list(s.coChairs()),
                                list(s.languages()),
                                s.note(),
                                s.practicesCaveat(),
                                list(s.links()))));
            }
            // Parents first, so that every region's parent exists when it is written.
            List<SeedFiles.RegionSeed> regions = seeds.regions().regions();
            Set<String> written = new HashSet<>();
            for (int before = -1; written.size() > before; ) {
                before = written.size();
                for (var r : regions) {
                    if (!written.contains(r.code()) && (r.parent() == null || written.contains(r.parent()))) {
                        persist(new Region(r.code(), r.slug(), r.parent(), r.name()));
                        written.add(r.code());
                    }
                }
                em.flush();
            }
            seeds.countries()
                    .countries()
                    .forEach(c -> persist(new Country(c.code(), c.alpha3(), c.region(), c.name())));
            seeds.bodies().bodies().forEach(b -> persist(new IssuingBody(b.key(), b.name(), b.acronym())));
            seeds.gcmObjectives()
                    .objectives()
                    .forEach(o -> objectives.put(o.number(), persist(new GcmObjective(o.number(), o.title()))));
            seeds.gcmPrinciples()
                    .principles()
                    .forEach(p ->
                            principles.put(p.slug(), persist(new GcmPrinciple(p.slug(), p.position(), p.title()))));
            seeds.sdgTargets()
                    .targets()
                    .forEach(t -> targets.put(t.code(), persist(new SdgTarget(t.code(), t.goal(), t.title()))));
        }

        private void loadThemes() {
            // Themes come in reading order, but a parent may follow its child: create parents first.
            List<ThemeSeed> pending = new ArrayList<>(seeds.themes().themes());
            while (!pending.isEmpty()) {
                var ready = pending.stream()
                        .filter(t -> t.parent() == null || themes.containsKey(t.parent()))
                        .toList();
                ready.forEach(this::loadTheme);
                pending.removeAll(ready);
            }
            Theme gapsSection = sectionOf(ThemeKind.GAPS);
            seeds.themes()
                    .gaps()
                    .forEach(g -> persist(
                            new PracticeGap(gapsSection, g.slug(), g.position(), g.title(), pick(g.themes(), themes))));
            Theme questionsSection = sectionOf(ThemeKind.GUIDING_QUESTIONS);
            seeds.themes()
                    .guidingQuestions()
                    .forEach(q -> persist(
                            new GuidingQuestion(questionsSection, q.number(), q.text(), pick(q.themes(), themes))));
        }

        private void loadTheme(ThemeSeed t) {
            List<ThemeNote> notes = list(t.notes()).stream()
                    .map(n -> new ThemeNote(n.number(), n.text()))
                    .toList();
            Theme theme = new Theme(
                    t.slug(),
                    sources.get(t.source()),
                    t.section(),
                    code(ThemeKind.class, t.kind()),
                    themes.get(t.parent()),
                    t.position(),
                    t.title(),
                    t.text(),
                    t.summary(),
                    notes);
            theme.tagPrinciples(pick(t.gcmPrinciples(), principles));
            themes.put(t.slug(), persist(theme));
        }

        private Theme sectionOf(ThemeKind kind) {
            return themes.values().stream()
                    .filter(t -> t.getKind() == kind)
                    .findFirst()
                    .orElse(null);
        }

        private void loadPractices() {
            for (var g : seeds.practices().groups()) {
                groups.put(g.slug(), persist(new PracticeGroup(g.slug(), g.position(), g.title())));
            }
            for (PracticeSeed p : seeds.practices().practices()) {
                var texts = new Practice.Texts(p.title(), p.description());
                var actor = new Practice.Actor(
                        p.actor(),
                        p.region(),
                        code(PracticeScope.class, p.scope()),
                        code(ActorType.class, p.actorType()));
                var period = new Practice.Period(p.startYear(), p.endYear(), p.startDate(), p.endDate());
                var provenance = p.provenance();
                Practice practice = new Practice(
                        p.slug(),
                        sources.get(provenance.source()),
                        p.number(),
                        groups.get(p.group()),
                        texts,
                        list(p.countries()),
                        actor,
                        period,
                        p.statusNote(),
                        list(p.links()),
                        provenance.annex(),
                        provenance.pageGroup());
                practice.tag(pick(p.gcmObjectives(), objectives), pick(p.sdgTargets(), targets));
                practice.tagPrinciples(pick(p.gcmPrinciples(), principles));
                practices.put(p.slug(), persist(practice));
                for (String theme : list(p.themes())) {
                    persist(new EntryLink(practice, themes.get(theme), LinkRelation.ILLUSTRATES, null));
                }
            }
        }

        private void loadInstruments() {
            SourceDocument paper = sources.get(seeds.instruments().source());
            for (var g : seeds.instruments().annexGroups()) {
                annexGroups.put(g.slug(), persist(new AnnexGroup(g.slug(), g.annex(), g.position(), g.title())));
            }
            // Parents (a convention) before their children (its protocols).
            List<InstrumentSeed> pending = new ArrayList<>(seeds.instruments().instruments());
            while (!pending.isEmpty()) {
                var ready = pending.stream()
                        .filter(i -> i.parent() == null || instruments.containsKey(i.parent()))
                        .toList();
                for (InstrumentSeed i : ready) {
                    var identity = new Instrument.Identity(
                            i.code(), i.acronym(), i.acronymFr(), i.title(), aliases(i.aliases()), i.year());
                    Instrument instrument = new Instrument(
                            i.slug(),
                            paper,
                            identity,
                            code(InstrumentType.class, i.type()),
                            i.body(),
                            i.binding(),
                            instruments.get(i.parent()),
                            i.position(),
                            pick(i.annexGroups(), annexGroups),
                            list(i.links()));
                    if (i.citation() != null) {
                        instrument.record(i.citation());
                    }
                    instrument.tag(pick(i.gcmObjectives(), objectives), pick(i.sdgTargets(), targets));
                    instrument.tagPrinciples(pick(i.gcmPrinciples(), principles));
                    instruments.put(i.slug(), persist(instrument));
                }
                pending.removeAll(ready);
            }
        }

        private void loadLinks() {
            for (var l : seeds.links().links()) {
                persist(new EntryLink(
                        entry(l.from()), entry(l.to()), code(LinkRelation.class, l.relation()), l.note()));
            }
            for (var a : seeds.links().annotations()) {
                persist(new Annotation(
                        entry(a.target()),
                        code(AnnotationKind.class, a.kind()),
                        code(Visibility.class, a.visibility()),
                        a.author(),
                        a.created(),
                        a.text()));
            }
        }

        private Entry entry(String reference) {
            String[] parts = reference.split(":", 2);
            Entry entry = switch (parts[0]) {
                case "theme" -> themes.get(parts[1]);
                case "practice" -> practices.get(parts[1]);
                default -> instruments.get(parts[1]);
            };
            return Objects.requireNonNull(entry, reference);
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElseThrow();
    }

    private static <K, V> Set<V> pick(List<K> keys, Map<K, V> values) {
        return list(keys).stream().map(values::get).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, List<String>> aliases(Map<String, List<String>> aliases) {
        return aliases == null ? Map.of() : aliases;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
