package org.rt2kb.theme;

import java.time.Instant;
import java.util.List;
import org.rt2kb.annotation.LinksAndNotes.AnnotationView;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.SdgTarget;

/** Themes as the JSON API shows them. */
public final class ThemeJson {

    private ThemeJson() {}

    public record Summary(
            String slug,
            String section,
            String kind,
            String parent,
            int position,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String textFr,
            String summaryEn,
            List<ThemeNote> notes,
            List<Integer> gcmObjectives,
            List<String> gcmPrinciples,
            List<String> sdgTargets,
            String source,
            Instant updatedAt) {

        static Summary of(Theme t) {
            return new Summary(
                    t.getSlug(),
                    t.getSection(),
                    t.getKind().code(),
                    t.getParent() == null ? null : t.getParent().getSlug(),
                    t.getPosition(),
                    t.getTitleFr(),
                    t.getTitleEn(),
                    t.isEnUnofficial(),
                    t.getTextFr(),
                    t.getSummaryEn(),
                    t.getNotes(),
                    t.getGcmObjectives().stream().map(GcmObjective::getNumber).toList(),
                    t.getGcmPrinciples().stream().map(GcmPrinciple::getSlug).toList(),
                    t.getSdgTargets().stream().map(SdgTarget::getCode).toList(),
                    t.getSource() == null ? null : t.getSource().getSlug(),
                    t.getUpdatedAt());
        }
    }

    public record Gap(
            String slug, int position, String titleFr, String titleEn, boolean enUnofficial, List<String> themes) {}

    public record Question(int number, String textFr, String textEn, boolean enUnofficial, List<String> themes) {}

    /** One theme with everything connected to it. */
    public record Detail(
            Summary theme,
            List<String> children,
            List<Gap> gaps,
            List<Question> guidingQuestions,
            List<LinkView> links,
            List<AnnotationView> annotations) {}
}
