package org.rt2kb.practice;

import java.util.Locale;
import java.util.Map;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.web.SchemaOrg;
import org.springframework.stereotype.Component;

/** A practice as machines read it: its schema.org description, and the document it comes from. */
@Component
class PracticeDescription {

    private final ReferenceData reference;

    PracticeDescription(ReferenceData reference) {
        this.reference = reference;
    }

    SourceDocument source(PracticeJson.Summary practice) {
        return reference.source(practice.provenance().source());
    }

    /** {@code themeTitles}: the themes' names by slug, for the keywords, which are words for readers, not codes. */
    Map<String, Object> jsonLd(
            PracticeJson.Summary p, SourceDocument source, Map<String, Multilingual> themeTitles, Locale locale) {
        Multilingual title = p.title();
        Map<String, Object> description = SchemaOrg.thing("CreativeWork", title.text(locale), "/practices/" + p.slug());
        description.put("identifier", p.slug());
        description.put("description", p.description().text(locale));
        description.put("inLanguage", locale.getLanguage());
        description.put(
                "spatialCoverage",
                p.countries().stream()
                        .map(c -> Map.of(
                                "@type",
                                "Country",
                                "name",
                                Multilingual.of(c.nameEn(), c.nameFr()).text(locale),
                                "identifier",
                                c.code()))
                        .toList());
        if (p.period().startYear() != null) {
            description.put(
                    "temporalCoverage",
                    p.period().startYear() + "/"
                            + (p.period().endYear() == null ? ".." : p.period().endYear()));
        }
        description.put(
                "keywords",
                p.themes().stream()
                        .filter(themeTitles::containsKey)
                        .map(theme -> themeTitles.get(theme).text(locale))
                        .toList());
        if (p.updatedAt() != null) {
            description.put("dateModified", p.updatedAt().toString());
        }
        if (source != null) {
            description.put("isBasedOn", SchemaOrg.report(source));
        }
        return description;
    }
}
