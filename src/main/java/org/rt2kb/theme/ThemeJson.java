package org.rt2kb.theme;

import java.time.Instant;
import java.util.List;
import org.rt2kb.annotation.LinksAndNotes.AnnotationView;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.shared.Multilingual;

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
            String titleEs,
            boolean esUnofficial,
            String textFr,
            String textEs,
            String summaryEn,
            String summaryEs,
            List<Note> notes,
            List<Integer> gcmObjectives,
            List<String> gcmPrinciples,
            List<String> sdgTargets,
            String source,
            Instant updatedAt) {

        public Multilingual title() {
            return Multilingual.of(titleEn, enUnofficial, titleFr, false, titleEs, esUnofficial);
        }

        /** The project's summary in each language it is written in. */
        public Multilingual summary() {
            return Multilingual.of(summaryEn, false, null, false, summaryEs, esUnofficial);
        }

        static Summary of(Theme t) {
            return new Summary(
                    t.getSlug(),
                    t.getSection(),
                    t.getKind().code(),
                    t.getParent() == null ? null : t.getParent().getSlug(),
                    t.getPosition(),
                    t.getTitle().fr(),
                    t.getTitle().en(),
                    t.getTitle().isUnofficialIn("en"),
                    t.getTitle().get("es"),
                    t.getTitle().isUnofficialIn("es"),
                    t.getText().fr(),
                    t.getText().get("es"),
                    t.getSummary().en(),
                    t.getSummary().get("es"),
                    t.getNotes().stream()
                            .map(n ->
                                    new Note(n.number(), n.text().fr(), n.text().get("es")))
                            .toList(),
                    t.getGcmObjectives().stream().map(GcmObjective::getNumber).toList(),
                    t.getGcmPrinciples().stream().map(GcmPrinciple::getSlug).toList(),
                    t.getSdgTargets().stream().map(SdgTarget::getCode).toList(),
                    t.getSource() == null ? null : t.getSource().getSlug(),
                    t.getUpdatedAt());
        }
    }

    /** A footnote of the paper; the Spanish text is the project's translation. */
    public record Note(int number, String textFr, String textEs) {}

    public record Gap(
            String slug,
            int position,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String titleEs,
            boolean esUnofficial,
            List<String> themes) {

        static Gap of(PracticeGap g, List<String> themes) {
            Multilingual title = g.getTitle();
            return new Gap(
                    g.getSlug(),
                    g.getPosition(),
                    title.fr(),
                    title.en(),
                    title.isUnofficialIn("en"),
                    title.get("es"),
                    title.isUnofficialIn("es"),
                    themes);
        }
    }

    public record Question(
            int number,
            String textFr,
            String textEn,
            boolean enUnofficial,
            String textEs,
            boolean esUnofficial,
            List<String> themes) {

        static Question of(GuidingQuestion q, List<String> themes) {
            Multilingual text = q.getText();
            return new Question(
                    q.getNumber(),
                    text.fr(),
                    text.en(),
                    text.isUnofficialIn("en"),
                    text.get("es"),
                    text.isUnofficialIn("es"),
                    themes);
        }
    }

    /** One theme with everything connected to it. */
    public record Detail(
            Summary theme,
            List<String> children,
            List<Gap> gaps,
            List<Question> guidingQuestions,
            List<LinkView> links,
            List<AnnotationView> annotations) {}
}
