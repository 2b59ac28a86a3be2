package org.rt2kb.instrument;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rt2kb.annotation.LinksAndNotes.AnnotationView;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.shared.Multilingual;

/** Instruments as the JSON API shows them. */
public final class InstrumentJson {

    private InstrumentJson() {}

    public record Group(
            String slug,
            String annex,
            int position,
            String titleEn,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial) {

        static Group of(AnnexGroup g) {
            Multilingual title = g.getTitle();
            return new Group(
                    g.getSlug(),
                    g.getAnnex(),
                    g.getPosition(),
                    title.en(),
                    title.fr(),
                    title.isUnofficialIn("fr"),
                    title.get("es"),
                    title.isUnofficialIn("es"));
        }
    }

    public record Summary(
            String slug,
            String code,
            String acronym,
            String acronymFr,
            String titleEn,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial,
            Map<String, List<String>> aliases,
            Integer year,
            String type,
            String body,
            boolean binding,
            OfficialRecord officialRecord,
            String parent,
            List<Group> annexGroups,
            Integer position,
            List<String> links,
            List<Integer> gcmObjectives,
            List<String> gcmPrinciples,
            List<String> sdgTargets,
            String source,
            Instant updatedAt) {

        public Multilingual title() {
            return Multilingual.of(titleEn, false, titleFr, frUnofficial, titleEs, esUnofficial);
        }

        static Summary of(Instrument i) {
            return new Summary(
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
                    i.getParent() == null ? null : i.getParent().getSlug(),
                    i.getAnnexGroups().stream().map(Group::of).toList(),
                    i.getPosition(),
                    i.getLinks(),
                    i.getGcmObjectives().stream().map(GcmObjective::getNumber).toList(),
                    i.getGcmPrinciples().stream().map(GcmPrinciple::getSlug).toList(),
                    i.getSdgTargets().stream().map(SdgTarget::getCode).toList(),
                    i.getSource() == null ? null : i.getSource().getSlug(),
                    i.getUpdatedAt());
        }
    }

    public record Detail(Summary instrument, List<LinkView> links, List<AnnotationView> annotations) {}
}
