package org.rt2kb.theme;

import static org.rt2kb.shared.form.FormText.orNull;

import java.util.List;
import java.util.Objects;
import org.rt2kb.curation.EntryEditor;
import org.rt2kb.curation.Tagging;
import org.rt2kb.curation.Tagging.Tags;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.form.Choice;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Reads themes into the secretariat's form and writes the form back. */
@Component
class ThemeEditor implements EntryEditor<ThemeForm> {

    private final ThemeRepository themes;
    private final Tagging tagging;

    ThemeEditor(ThemeRepository themes, Tagging tagging) {
        this.themes = themes;
        this.tagging = tagging;
    }

    @Override
    public EntryType type() {
        return EntryType.THEME;
    }

    @Override
    public Class<ThemeForm> formType() {
        return ThemeForm.class;
    }

    @Override
    public ThemeForm formOf(Entry entry) {
        Theme t = (Theme) entry;
        Tags tags = Tags.of(t);
        return new ThemeForm(
                t.getSlug(),
                t.getSection(),
                t.getKind(),
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
                tags.gcmObjectives(),
                tags.gcmPrinciples(),
                tags.sdgTargets(),
                tags.concepts(),
                t.getVersion());
    }

    /** Practices and instruments name a theme's parent too, and only published themes. */
    @Override
    public boolean reachesLinkedEntries(ThemeForm before, ThemeForm after) {
        return !Objects.equals(before.parent(), after.parent());
    }

    @Override
    public void check(Long id, ThemeForm form, Errors errors) {
        if (form.slug() != null
                && themes.findBySlug(form.slug())
                        .filter(t -> !t.getId().equals(id))
                        .isPresent()) {
            errors.rejectValue("slug", "form.error.slug-taken");
        }
        if (form.position() != null
                && themes.findByPosition(form.position())
                        .filter(t -> !t.getId().equals(id))
                        .isPresent()) {
            errors.rejectValue("position", "form.error.position-taken");
        }
        if (orNull(form.parent()) != null) {
            var parent = themes.findBySlug(form.parent());
            if (parent.isEmpty() || parent.get().getId().equals(id)) {
                errors.rejectValue("parent", "form.error.unknown-choice");
            }
        }
        tagging.check(form.gcmObjectives(), form.gcmPrinciples(), form.sdgTargets(), form.concepts(), errors);
    }

    @Override
    public Entry create(ThemeForm form) {
        return new Theme(
                form.slug(),
                null,
                orNull(form.section()),
                form.kind(),
                parent(form),
                form.position(),
                form.title(),
                form.text(),
                form.summary(),
                List.of());
    }

    @Override
    public void apply(Entry entry, ThemeForm form) {
        ((Theme) entry)
                .revise(
                        orNull(form.section()),
                        form.kind(),
                        parent(form),
                        form.position(),
                        form.title(),
                        form.text(),
                        form.summary());
        tagging.tag(entry, form.gcmObjectives(), form.gcmPrinciples(), form.sdgTargets(), form.concepts());
    }

    /** What the form's lists offer. */
    public record Choices(
            List<ThemeKind> kinds,
            List<Choice> parents,
            List<Choice> gcmObjectives,
            List<Choice> gcmPrinciples,
            List<Choice> sdgTargets,
            List<Choice> concepts) {}

    Choices choices() {
        return new Choices(
                List.of(ThemeKind.values()),
                themes.findAllByOrderByPosition().stream()
                        .map(t -> new Choice(t.getSlug(), t.getTitle()))
                        .toList(),
                tagging.gcmObjectives(),
                tagging.gcmPrinciples(),
                tagging.sdgTargets(),
                tagging.concepts());
    }

    private Theme parent(ThemeForm form) {
        return orNull(form.parent()) == null
                ? null
                : themes.findBySlug(form.parent()).orElseThrow();
    }
}
