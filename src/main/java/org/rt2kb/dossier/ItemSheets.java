package org.rt2kb.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.entry.EntryType;
import org.rt2kb.instrument.InstrumentCitation.Citation;
import org.rt2kb.practice.PracticeJson;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the Word and PDF exports write of an item in one language, worked out once for both: its heading, formal
 * citation, facts, text, the paper's passages that cite it, its address and the drafter's note, with a mark on every
 * text that is an unofficial translation or only exists in the other language.
 */
@Component
public class ItemSheets {

    private final MessageSource messages;
    private final Dates dates;
    /** The source documents by slug, read again only after the catalogue has changed. */
    private final Supplier<Map<String, SourceDocument>> sources;

    ItemSheets(MessageSource messages, ReferenceData reference, CatalogueGeneration generation, Dates dates) {
        this.messages = messages;
        this.dates = dates;
        this.sources = generation.cached(() ->
                reference.sources().stream().collect(Collectors.toMap(SourceDocument::getSlug, source -> source)));
    }

    /** A text and its mark ("unofficial translation", "in English"), or null when it is as the reader expects. */
    public record Marked(String text, String lang, String mark) {}

    public record Fact(String label, String value) {}

    public record Sheet(
            String language,
            String kind,
            String code,
            Marked title,
            Marked citation,
            String unconfirmed,
            List<Fact> facts,
            Marked text,
            String caveat,
            List<Marked> passages,
            String address,
            String note) {}

    public Sheet of(KeptItem item, Locale locale, DossierExport export) {
        Citation citation = item.citations().get(locale.getLanguage());
        return new Sheet(
                locale.getLanguage(),
                message("dossier.kind." + item.kind().code(), locale),
                item.code(),
                marked(item.title(), locale),
                citation == null ? null : new Marked(citation.text(), citation.lang(), null),
                citation == null || citation.unconfirmed().isEmpty()
                        ? null
                        : message("cite.formal.unconfirmed", locale, String.join(", ", citation.unconfirmed())),
                item.practice() == null ? List.of() : facts(item.practice(), locale),
                marked(item.text(), locale),
                item.practice() == null ? null : text(item.practice().caveat(), locale),
                item.passages().stream()
                        .map(passage -> passage(passage, locale, export))
                        .toList(),
                export.addressOf(item),
                item.note());
    }

    /** A moment as the day it fell on, in words, as pages print dates. */
    public String day(Instant moment, Locale locale) {
        return dates.format(moment, locale);
    }

    /** The labels an export prints around its items, in its first language. */
    public String label(String key, Locale locale, Object... args) {
        return message(key, locale, args);
    }

    private List<Fact> facts(PracticeJson.Summary p, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        if (!p.countries().isEmpty()) {
            facts.add(new Fact(
                    message("field.country", locale),
                    String.join(
                            ", ",
                            p.countries().stream()
                                    .map(country -> country.name().text(locale))
                                    .toList())));
        }
        if (p.actor() != null) {
            facts.add(new Fact(message("practice.actor", locale), p.actor()));
        }
        if (p.period().startYear() != null) {
            facts.add(new Fact(message("practice.period", locale), period(p.period(), locale)));
        }
        SourceDocument source = p.provenance().source() == null
                ? null
                : sources.get().get(p.provenance().source());
        if (source != null) {
            String title = source.getTitle().text(locale);
            facts.add(new Fact(
                    message("export.source", locale),
                    message("cite.source.by", locale, source.getForum(), source.getYear()) + " " + title + ". "
                            + message("cite.source.paper", locale) + " "
                            + message(
                                    "practice.provenance.annex",
                                    locale,
                                    p.provenance().annex(),
                                    p.provenance().pageGroup())));
        }
        return facts;
    }

    private String period(PracticeJson.Period period, Locale locale) {
        if (period.endYear() == null) {
            return message("practice.since", locale, period.startYear());
        }
        return period.endYear().equals(period.startYear())
                ? String.valueOf(period.startYear())
                : message("practice.years", locale, period.startYear(), period.endYear());
    }

    private Marked passage(LinkView passage, Locale locale, DossierExport export) {
        Marked title = marked(passage.title(), locale);
        String address = export.origin() + EntryType.pagePath(passage.type(), passage.slug());
        return new Marked(title.text() + " (" + address + ")", title.lang(), title.mark());
    }

    private Marked marked(Multilingual text, Locale locale) {
        Multilingual.Shown shown = text == null ? null : text.in(locale);
        if (shown == null) {
            return null;
        }
        String mark = null;
        if (shown.unofficial()) {
            mark = message("text.unofficial", locale);
        } else if (shown.otherLanguage()) {
            mark = message("text.in." + shown.lang(), locale);
        }
        return new Marked(shown.text(), shown.lang(), mark);
    }

    private static String text(Multilingual text, Locale locale) {
        Multilingual.Shown shown = text == null ? null : text.in(locale);
        return shown == null ? null : shown.text();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
