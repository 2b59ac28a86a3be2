package org.rt2kb.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.EntryLink;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.entry.Entry;
import org.rt2kb.instrument.AnnexGroup;
import org.rt2kb.instrument.Instrument;
import org.rt2kb.practice.Practice;
import org.rt2kb.reference.Country;
import org.rt2kb.reference.IssuingBody;
import org.rt2kb.reference.Places;
import org.rt2kb.reference.Region;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.search.EntryDocument.Texts;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.theme.Theme;
import org.rt2kb.theme.ThemeText;

/** What each kind of entry puts in its index document. Every text is indexed in each language it exists in. */
final class EntryDocuments {

    private EntryDocuments() {}

    static void theme(Theme t, EntryFields fields, DocumentElement document, Session session) {
        Texts texts = new Texts().add(t.getSummary()).add(t.getText().map(ThemeText::withoutNoteReferences));
        t.getNotes().forEach(note -> texts.add(note.text()));
        Set<String> themes = new LinkedHashSet<>(List.of(t.getSlug()));
        if (t.getParent() != null) {
            themes.add(t.getParent().getSlug());
        }
        new EntryDocument(document, fields, "theme", t.getSlug())
                .titles(t.getTitle())
                .texts(texts)
                .codes(t.getSection())
                .themes(themes)
                .concepts(t.getConceptIds());
    }

    static void practice(Practice p, EntryFields fields, DocumentElement document, Session session) {
        Texts texts = new Texts()
                .add(p.getDescription())
                .add(p.getStatusNote())
                .add("en", p.getActor().name());
        for (String code : p.getCountryCodes()) {
            Country country = session.find(Country.class, code);
            if (country != null) {
                texts.add(country.getName());
            }
        }
        new EntryDocument(document, fields, "practice", p.getSlug())
                .titles(p.getTitle())
                .texts(texts)
                .codes(p.getCountryCodes().toArray(String[]::new))
                .themes(linked(p.getOutgoingLinks(), true, LinkRelation.ILLUSTRATES))
                .countries(p.getCountryCodes())
                .group(p.getGroup() == null ? null : p.getGroup().getSlug())
                .year(p.getPeriod().startYear())
                .concepts(p.getConceptIds());
        Places places = new Places(
                code -> found(session, Country.class, code, Country::getRegionCode),
                code -> found(session, Region.class, code, Region::getParentCode));
        Set<String> instruments = published(p.getOutgoingLinks(), true, Instrument.class, null);
        instruments.addAll(published(p.getIncomingLinks(), false, Instrument.class, null));
        List<String> countries = p.getCountryCodes();
        new ListDocument(document, fields.list(), p.getId())
                .facet("theme", published(p.getOutgoingLinks(), true, Theme.class, LinkRelation.ILLUSTRATES))
                .facet("group", p.getGroup() == null ? null : p.getGroup().getSlug())
                .facet("country", countries)
                .facet("region", places.regionsOf(countries, p.getActor().regionCode()))
                .facet("scope", p.getActor().scope().code())
                .facet(
                        "gcm",
                        p.getGcmObjectives().stream()
                                .map(o -> o.getNumber().toString())
                                .toList())
                .facet("sdg", p.getSdgTargets().stream().map(SdgTarget::getCode).toList())
                .facet("instrument", instruments)
                .facet("reach", p.getActor().regionCode())
                .years(p.getPeriod().startYear(), p.getPeriod().endYear())
                .order(p.getNumber() == null ? null : p.getNumber().longValue())
                .titles(p.getTitle())
                .country(countries.isEmpty() ? null : countryName(session, countries.get(0)));
    }

    /** An instrument's text is what the paper says of it: the notes of the links made to it, and its body. */
    static void instrument(Instrument i, EntryFields fields, DocumentElement document, Session session) {
        Texts texts = new Texts();
        i.getIncomingLinks().stream()
                .filter(link -> link.getFrom().isPublished())
                .forEach(link -> texts.add("en", link.getNote()));
        texts.add("en", i.getBody());
        List<String> aliases = new ArrayList<>();
        i.getAliases().values().forEach(aliases::addAll);
        IssuingBody issuer = session.find(IssuingBody.class, i.getBody());
        if (issuer != null) { // its names in every language, and its acronyms ("OIT", "ACNUR") as other names
            texts.add(issuer.getName());
            aliases.addAll(issuer.getAcronym().texts().values());
        }
        new EntryDocument(document, fields, "instrument", i.getSlug())
                .titles(i.getTitle())
                .aliases(aliases)
                .texts(texts)
                .codes(i.getCode(), i.getAcronym(), i.getAcronymFr())
                .themes(linked(i.getIncomingLinks(), false, null))
                .instrument(i.getInstrumentType().code(), i.getBody())
                .year(i.getYear())
                .concepts(i.getConceptIds());
        Integer firstAnnex = i.getAnnexGroups().stream()
                .map(AnnexGroup::getPosition)
                .min(Integer::compare)
                .orElse(null);
        new ListDocument(document, fields.list(), i.getId())
                .facet("type", i.getInstrumentType().code())
                .facet("body", i.getBody())
                .facet("binding", i.isBinding() ? "binding" : "non-binding")
                .facet(
                        "annex",
                        i.getAnnexGroups().stream().map(AnnexGroup::getSlug).toList())
                .facet("theme", published(i.getIncomingLinks(), false, Theme.class, null))
                .years(i.getYear(), i.getYear())
                .order(annexOrder(firstAnnex, i.getPosition()))
                .titles(i.getTitle())
                .code(i.getCode());
    }

    /** The annexes' order: the first annex group holding the instrument, then its place there; missing ones last. */
    private static long annexOrder(Integer firstAnnex, Integer position) {
        long last = 999_999;
        return (firstAnnex == null ? last : firstAnnex) * 1_000_000L + (position == null ? last : position);
    }

    /**
     * The slugs of the published entries of {@code type} at the other end of {@code links} (their targets when
     * {@code outgoing}, else their sources), for links of {@code relation} when it is given.
     */
    private static Set<String> published(
            Set<EntryLink> links, boolean outgoing, Class<? extends Entry> type, LinkRelation relation) {
        Set<String> slugs = new LinkedHashSet<>();
        for (EntryLink link : links) {
            Object other = Hibernate.unproxy(outgoing ? link.getTo() : link.getFrom());
            if ((relation == null || link.getRelation() == relation)
                    && type.isInstance(other)
                    && ((Entry) other).isPublished()) {
                slugs.add(((Entry) other).getSlug());
            }
        }
        return slugs;
    }

    private static <T, V> V found(Session session, Class<T> type, String code, Function<T, V> value) {
        T found = code == null ? null : session.find(type, code);
        return found == null ? null : value.apply(found);
    }

    private static Multilingual countryName(Session session, String code) {
        Country country = session.find(Country.class, code);
        return country == null ? null : country.getName();
    }

    static void annotation(Annotation a, EntryFields fields, DocumentElement document, Session session) {
        Entry entry = a.getEntry();
        new EntryDocument(document, fields, "annotation", entry.getSlug())
                .target(entry.getType().code() + ":" + entry.getSlug())
                .titles(entry.getTitle())
                .texts(new Texts().add(a.getText()));
    }

    /**
     * The published themes among the entries at the other end of {@code links}: their targets when {@code outgoing},
     * else their sources; only links of {@code relation} when it is given.
     */
    private static Set<String> linked(Set<EntryLink> links, boolean outgoing, LinkRelation relation) {
        Set<String> themes = new LinkedHashSet<>();
        for (EntryLink link : links) {
            // A lazy end is a proxy of Entry, which is never a Theme: the entity behind it is.
            Object other = Hibernate.unproxy(outgoing ? link.getTo() : link.getFrom());
            if ((relation == null || link.getRelation() == relation)
                    && other instanceof Theme theme
                    && theme.isPublished()) {
                themes.add(theme.getSlug());
                if (theme.getParent() != null) {
                    themes.add(theme.getParent().getSlug());
                }
            }
        }
        return themes;
    }
}
