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

    public record Group(
            String slug,
            int position,
            String titleEn,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial) {

        public Multilingual title() {
            return Multilingual.of(titleEn, false, titleFr, frUnofficial, titleEs, esUnofficial);
        }

        static Group of(PracticeGroup g) {
            if (g == null) {
                return null;
            }
            Multilingual title = g.getTitle();
            return new Group(
                    g.getSlug(),
                    g.getPosition(),
                    title.en(),
                    title.fr(),
                    title.isUnofficialIn("fr"),
                    title.get("es"),
                    title.isUnofficialIn("es"));
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

    public record StatusNote(String en, String fr, String es) {

        static StatusNote of(Multilingual note) {
            return note.isEmpty() ? null : new StatusNote(note.en(), note.fr(), note.get("es"));
        }

        public Multilingual text() {
            return Multilingual.of(en, fr, es);
        }
    }

    public record Provenance(
            String source, String annex, String pageGroup, String caveatEn, String caveatFr, String caveatEs) {}

    public record Summary(
            String slug,
            Integer number,
            Group group,
            String titleEn,
            boolean enUnofficial,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial,
            String descriptionEn,
            String descriptionFr,
            String descriptionEs,
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
            return Multilingual.of(titleEn, enUnofficial, titleFr, frUnofficial, titleEs, esUnofficial);
        }

        public Multilingual description() {
            // English is the paper's
            return Multilingual.of(descriptionEn, false, descriptionFr, frUnofficial, descriptionEs, esUnofficial);
        }

        /** The caveat of the source about practices shared by members. */
        public Multilingual caveat() {
            return Multilingual.of(provenance.caveatEn(), provenance.caveatFr(), provenance.caveatEs());
        }
    }

    public record Detail(Summary practice, List<LinkView> links, List<AnnotationView> annotations) {}
}
