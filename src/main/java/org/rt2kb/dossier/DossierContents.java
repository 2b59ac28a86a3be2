package org.rt2kb.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.instrument.InstrumentCitation;
import org.rt2kb.instrument.InstrumentJson;
import org.rt2kb.instrument.InstrumentService;
import org.rt2kb.practice.PracticeJson;
import org.rt2kb.practice.PracticeService;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.Languages;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.theme.ThemeJson;
import org.rt2kb.theme.ThemeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads what a dossier holds, in its groups: every item's entry as published now. An item that is no longer
 * published (or never was: a shared address may name anything) is reported apart rather than failing the dossier.
 * The entries are read a kind at a time, in one read of each service, whatever the dossier's size.
 */
@Service
public class DossierContents {

    private final InstrumentService instruments;
    private final PracticeService practices;
    private final ThemeService themes;
    private final ReferenceData reference;
    private final InstrumentCitation citations;
    private final MessageSource messages;

    DossierContents(
            InstrumentService instruments,
            PracticeService practices,
            ThemeService themes,
            ReferenceData reference,
            InstrumentCitation citations,
            MessageSource messages) {
        this.instruments = instruments;
        this.practices = practices;
        this.themes = themes;
        this.reference = reference;
        this.citations = citations;
        this.messages = messages;
    }

    /** A group of items under its heading; the heading is null when the dossier is in the drafter's order. */
    public record Group(Multilingual heading, List<KeptItem> items) {}

    /** The dossier read: its groups, the items that could not be found, and the dossier itself. */
    public record Contents(Dossier dossier, List<Group> groups, List<DossierItem> missing) {

        public int found() {
            return groups.stream().mapToInt(group -> group.items().size()).sum();
        }
    }

    public Contents read(Dossier dossier) {
        Found found = new Found(
                instruments.cited(keys(dossier, DossierItem.Kind.INSTRUMENT)),
                practices.summaries(keys(dossier, DossierItem.Kind.PRACTICE)),
                themes.summaries(keys(dossier, DossierItem.Kind.THEME)),
                reference.gcmObjectiveTitles());
        List<KeptItem> kept = new ArrayList<>();
        List<DossierItem> missing = new ArrayList<>();
        for (DossierItem item : dossier.items()) {
            KeptItem read = read(found, item, dossier.noteOf(item));
            if (read == null) {
                missing.add(item);
            } else {
                kept.add(read);
            }
        }
        return new Contents(dossier, group(kept, dossier.grouping()), missing);
    }

    private static List<String> keys(Dossier dossier, DossierItem.Kind kind) {
        return dossier.items().stream()
                .filter(item -> item.kind() == kind)
                .map(DossierItem::key)
                .toList();
    }

    /** The dossier's published entries, read a kind at a time; an item absent from them is no longer published. */
    private record Found(
            Map<String, InstrumentJson.Detail> instruments,
            Map<String, PracticeJson.Summary> practices,
            Map<String, ThemeJson.Summary> themes,
            Map<String, Multilingual> objectives) {}

    private KeptItem read(Found found, DossierItem item, String note) {
        String key = item.key();
        return switch (item.kind()) {
            case INSTRUMENT ->
                found.instruments().containsKey(key)
                        ? instrument(found.instruments().get(key), note)
                        : null;
            case PRACTICE ->
                found.practices().containsKey(key) ? practice(found.practices().get(key), note) : null;
            case THEME -> found.themes().containsKey(key) ? theme(found.themes().get(key), note) : null;
            case OBJECTIVE -> objective(item, found.objectives().get(key), note);
        };
    }

    private static KeptItem objective(DossierItem item, Multilingual title, String note) {
        if (title == null) {
            return null;
        }
        return new KeptItem(item, title, item.key(), null, Map.of(), null, List.of(), null, null, List.of(), note);
    }

    private KeptItem instrument(InstrumentJson.Detail detail, String note) {
        InstrumentJson.Summary i = detail.instrument();
        Map<String, InstrumentCitation.Citation> cited = new LinkedHashMap<>();
        for (Locale language : Languages.ALL) {
            cited.put(language.getLanguage(), citations.of(i, language));
        }
        List<LinkView> passages = detail.links(); // the paper's sections citing it
        return new KeptItem(
                new DossierItem(DossierItem.Kind.INSTRUMENT, i.slug()),
                i.title(),
                i.code(),
                i.year(),
                cited,
                null,
                passages,
                i,
                null,
                passages.stream().map(LinkView::slug).toList(),
                note);
    }

    private static KeptItem practice(PracticeJson.Summary p, String note) {
        return new KeptItem(
                new DossierItem(DossierItem.Kind.PRACTICE, p.slug()),
                p.title(),
                p.number() == null ? null : String.valueOf(p.number()),
                p.period().startYear(),
                Map.of(),
                p.description(),
                List.of(),
                null,
                p,
                p.themes(),
                note);
    }

    private static KeptItem theme(ThemeJson.Summary t, String note) {
        return new KeptItem(
                new DossierItem(DossierItem.Kind.THEME, t.slug()),
                t.title(),
                t.section(),
                null,
                Map.of(),
                summary(t),
                List.of(),
                null,
                null,
                List.of(t.parent() == null ? t.slug() : t.parent()),
                note);
    }

    /** The project's summary, and for French readers the first paragraph of the paper's own text. */
    private static Multilingual summary(ThemeJson.Summary t) {
        Map<String, String> texts = new HashMap<>(t.summary().texts());
        texts.put("fr", firstParagraph(t.textFr()));
        return new Multilingual(texts, t.summary().texts().keySet());
    }

    /** The first paragraph of the paper's text, without its footnote markers. */
    private static String firstParagraph(String text) {
        if (text == null) {
            return null;
        }
        return text.split("\n\n", 2)[0].replaceAll("\\[\\^\\d+]", "").strip();
    }

    private List<Group> group(List<KeptItem> kept, Grouping grouping) {
        return switch (grouping) {
            case NONE -> kept.isEmpty() ? List.of() : List.of(new Group(null, kept));
            case TYPE -> byType(kept);
            case THEME -> byTheme(kept);
        };
    }

    private List<Group> byType(List<KeptItem> kept) {
        List<Group> groups = new ArrayList<>();
        for (DossierItem.Kind kind : DossierItem.Kind.values()) {
            List<KeptItem> ofKind =
                    kept.stream().filter(item -> item.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                groups.add(new Group(Multilingual.message(messages, "dossier.kinds." + kind.code()), ofKind));
            }
        }
        return groups;
    }

    /** Under the first theme of each item, in the paper's order; what has no theme comes last. */
    private List<Group> byTheme(List<KeptItem> kept) {
        Map<String, Multilingual> titles = themes.titles();
        Map<String, List<KeptItem>> byTheme = new LinkedHashMap<>();
        titles.keySet().forEach(slug -> byTheme.put(slug, new ArrayList<>()));
        List<KeptItem> other = new ArrayList<>();
        for (KeptItem item : kept) {
            String first = titles.keySet().stream()
                    .filter(item.themes()::contains)
                    .findFirst()
                    .orElse(null);
            (first == null ? other : byTheme.get(first)).add(item);
        }
        List<Group> groups = new ArrayList<>();
        byTheme.forEach((slug, items) -> {
            if (!items.isEmpty()) {
                groups.add(new Group(titles.get(slug), items));
            }
        });
        if (!other.isEmpty()) {
            groups.add(new Group(Multilingual.message(messages, "dossier.group.other"), other));
        }
        return groups;
    }
}
