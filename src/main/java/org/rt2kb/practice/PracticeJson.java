package org.rt2kb.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rt2kb.annotation.LinksAndNotes.AnnotationView;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.shared.Multilingual;

/** Practices as the JSON API shows them. */
public final class PracticeJson {

    private PracticeJson() {}

    public record Group(String slug, int position, String titleEn, String titleFr, boolean frUnofficial) {

        public Multilingual title() {
            return Multilingual.of(titleEn, titleFr, false, frUnofficial);
        }

        static Group of(PracticeGroup g) {
            return g == null
                    ? null
                    : new Group(g.getSlug(), g.getPosition(), g.getTitleEn(), g.getTitleFr(), g.isFrUnofficial());
        }
    }

    public record Place(String code, String nameEn, String nameFr, String nameEs) {

        static Place of(String code, Multilingual name) {
            return new Place(code, name.en(), name.fr(), name.get("es"));
        }

        public Multilingual name() {
            return Multilingual.of(nameEn, nameFr, nameEs);
        }
    }

    public record Period(Integer startYear, Integer endYear, LocalDate startDate, LocalDate endDate) {}

    public record StatusNote(String en, String fr) {

        public Multilingual text() {
            return Multilingual.of(en, fr);
        }
    }

    public record Provenance(String source, String annex, String pageGroup, String caveatEn, String caveatFr) {}

    public record Summary(
            String slug,
            Integer number,
            Group group,
            String titleEn,
            boolean enUnofficial,
            String titleFr,
            boolean frUnofficial,
            String descriptionEn,
            String descriptionFr,
            List<Place> countries,
            String actor,
            Place region,
            String scope,
            String actorType,
            Period period,
            StatusNote statusNote,
            List<String> themes,
            List<Integer> gcmObjectives,
            List<String> gcmPrinciples,
            List<String> sdgTargets,
            List<String> links,
            Provenance provenance,
            Instant updatedAt) {

        public Multilingual title() {
            return Multilingual.of(titleEn, titleFr, enUnofficial, frUnofficial);
        }

        public Multilingual description() {
            return Multilingual.of(descriptionEn, descriptionFr, false, frUnofficial); // English is the paper's
        }

        /** The caveat of the source about practices shared by members. */
        public Multilingual caveat() {
            return Multilingual.of(provenance.caveatEn(), provenance.caveatFr());
        }
    }

    public record Detail(Summary practice, List<LinkView> links, List<AnnotationView> annotations) {}
}
