package org.rt2kb.curation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.shared.form.FieldChange;
import org.springframework.stereotype.Component;

/**
 * Writes the codes a revision records (a region's M49 code, country codes, theme slugs, GCM and SDG numbers,
 * concept ids, "instrument:icescr" in links) as the names an editor reads, in the editor's language, so that a diff
 * says "Western Africa", not "011".
 */
@Component
class ValueLabels {

    /** An entry named in a link or note line of a revision: "cites → instrument:icescr: …". */
    private static final Pattern ENTRY = Pattern.compile("\\b(theme|practice|instrument):([a-z0-9]+(?:-[a-z0-9]+)*)");

    private final ReferenceData reference;
    private final Tagging tagging;
    private final EntryLists entries;

    ValueLabels(ReferenceData reference, Tagging tagging, EntryLists entries) {
        this.reference = reference;
        this.tagging = tagging;
        this.entries = entries;
    }

    /** The changes with their values written with names in {@code locale}. */
    List<FieldChange> named(List<FieldChange> changes, Locale locale) {
        Map<String, Map<String, Multilingual>> byField = lookups(changes);
        Map<String, Multilingual> entryTitles = byField.get("entries");
        return changes.stream()
                .map(change -> new FieldChange(
                        change.field(),
                        name(change.field(), change.before(), byField, entryTitles, locale),
                        name(change.field(), change.after(), byField, entryTitles, locale)))
                .toList();
    }

    private static String name(
            String field,
            String value,
            Map<String, Map<String, Multilingual>> byField,
            Map<String, Multilingual> entryTitles,
            Locale locale) {
        Map<String, Multilingual> names = byField.get(field);
        if (names != null) {
            List<String> named = List.of(value.split(",\\s*")).stream()
                    .map(code -> names.containsKey(code) ? names.get(code).text(locale) : code)
                    .toList();
            return String.join(", ", named);
        }
        Matcher entry = ENTRY.matcher(value);
        StringBuilder written = new StringBuilder();
        while (entry.find()) {
            Multilingual title = entryTitles.get(entry.group());
            entry.appendReplacement(
                    written, Matcher.quoteReplacement(title == null ? entry.group() : "“" + title.text(locale) + "”"));
        }
        entry.appendTail(written);
        return written.toString();
    }

    /**
     * The names of the codes each field holds, by field; "entries" names the entries of links by "type:slug". Only
     * the entries these changes name are read, whatever the size of the catalogue.
     */
    private Map<String, Map<String, Multilingual>> lookups(List<FieldChange> changes) {
        Map<String, Map<String, Multilingual>> byField = new HashMap<>();
        Map<String, Multilingual> regions = new HashMap<>();
        reference.regionPlaces().forEach((code, place) -> regions.put(code, place.name()));
        byField.put("region", regions);
        Map<String, Multilingual> countries = new HashMap<>();
        reference.countryPlaces().forEach((code, place) -> countries.put(code, place.name()));
        byField.put("countries", countries);
        byField.put("gcmObjectives", labels(tagging.gcmObjectives()));
        byField.put("gcmPrinciples", labels(tagging.gcmPrinciples()));
        byField.put("sdgTargets", labels(tagging.sdgTargets()));
        byField.put("concepts", labels(tagging.concepts()));
        Map<String, Multilingual> entryTitles = entries.titles(slugsNamed(changes));
        byField.put("entries", entryTitles);
        Map<String, Multilingual> themes = new HashMap<>();
        Map<String, Multilingual> parents = new HashMap<>(); // a theme's parent is a theme, an instrument's one
        entryTitles.forEach((entry, title) -> {
            String slug = entry.substring(entry.indexOf(':') + 1);
            if (entry.startsWith("theme:")) {
                themes.put(slug, title);
            }
            if (!entry.startsWith("practice:")) {
                parents.put(slug, title);
            }
        });
        byField.put("themes", themes);
        byField.put("parent", parents);
        return byField;
    }

    /** The slugs of the entries the changes name: in links and notes, and as themes or parents. */
    private static Set<String> slugsNamed(List<FieldChange> changes) {
        Set<String> slugs = new HashSet<>();
        for (FieldChange change : changes) {
            for (String value : List.of(change.before(), change.after())) {
                Matcher entry = ENTRY.matcher(value);
                while (entry.find()) {
                    slugs.add(entry.group(2));
                }
                if (change.field().equals("themes") || change.field().equals("parent")) {
                    slugs.addAll(List.of(value.split(",\\s*")));
                }
            }
        }
        return slugs;
    }

    private static Map<String, Multilingual> labels(List<Choice> choices) {
        Map<String, Multilingual> labels = new HashMap<>();
        choices.forEach(choice -> labels.put(choice.value(), choice.label()));
        return labels;
    }
}
