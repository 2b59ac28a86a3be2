package org.rt2kb.practice;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rt2kb.curation.Curation;
import org.rt2kb.curation.Tagging;
import org.rt2kb.entry.Entry;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.theme.Theme;
import org.rt2kb.theme.ThemeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Practices suggested through the public form: each becomes a draft for the secretariat, and who sent it is kept in
 * {@code practice_suggestion}, apart from the practice, so that it never reaches a public page, the API, the search
 * index or an export.
 */
@Service
public class PracticeSuggestions {

    /** The author the history records for a suggestion: the public form, not an account. */
    static final String AUTHOR = "suggestion";

    private static final int SLUG_LENGTH = 80;

    /** How many unknown choices an error message repeats, and how much of each: they come from the request. */
    private static final int UNKNOWN_SHOWN = 5;

    private static final int UNKNOWN_LENGTH = 40;

    /** Where the secretariat's checks of a practice's fields show on the suggestion form. */
    private static final Map<String, String> FIELDS = Map.of(
            "titleEn",
            "title",
            "titleFr",
            "title",
            "titleEs",
            "title",
            "descriptionEn",
            "description",
            "descriptionFr",
            "description",
            "descriptionEs",
            "description",
            "countries",
            "countries",
            "startYear",
            "year",
            "links",
            "links");

    private final PracticeEditor editor;
    private final PracticeRepository practices;
    private final Curation curation;
    private final JdbcClient jdbc;
    private final CountryNames countryNames;
    private final ThemeService themes;
    private final Tagging tagging;

    PracticeSuggestions(
            PracticeEditor editor,
            PracticeRepository practices,
            Curation curation,
            JdbcClient jdbc,
            CountryNames countryNames,
            ThemeService themes,
            Tagging tagging) {
        this.editor = editor;
        this.practices = practices;
        this.curation = curation;
        this.jdbc = jdbc;
        this.countryNames = countryNames;
        this.themes = themes;
        this.tagging = tagging;
    }

    /** What a suggester may tick: the published themes in the paper's order, and the GCM objectives by number. */
    public record Choices(List<Choice> themes, List<Choice> gcmObjectives) {}

    @Transactional(readOnly = true)
    public Choices choices() {
        return new Choices(
                themes.linkableThemes().stream()
                        .filter(Theme::isPublished)
                        .map(t -> new Choice(t.getSlug(), t.getTitle()))
                        .toList(),
                tagging.gcmObjectives());
    }

    /** Who suggested a practice, and what they told the secretariat. */
    /** {@code writtenIn}: the language of a suggestion not in English while its English fields still hold its text. */
    public record Suggester(
            String name, String email, String organisation, String message, Instant submittedAt, String writtenIn) {}

    /**
     * Checks what Bean Validation cannot, as the secretariat's form does: countries named in any language or by code,
     * web addresses.
     */
    @Transactional(readOnly = true)
    public void check(SuggestionForm form, Errors errors) {
        CountryNames.Read countries = countryNames.read(form.countries());
        if (!countries.unknown().isEmpty() && !errors.hasFieldErrors("countries")) {
            errors.rejectValue(
                    "countries",
                    "suggest.error.unknown-countries",
                    new Object[] {String.join(", ", countries.unknown())},
                    null);
        }
        Choices offered = choices();
        rejectUnknown("themes", form.themes(), offered.themes(), errors);
        rejectUnknown("gcmObjectives", form.gcmObjectives(), offered.gcmObjectives(), errors);
        PracticeForm practice = form.toPractice("suggestion", "en", countries.codes());
        Errors checked = new BeanPropertyBindingResult(practice, "practice");
        editor.check(null, practice, checked);
        for (FieldError error : checked.getFieldErrors()) {
            String field = FIELDS.get(error.getField());
            if (field != null && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
            }
        }
    }

    /** Rejects ticked values that are not among the choices offered, naming the first few. */
    private static void rejectUnknown(String field, List<String> ticked, List<Choice> offered, Errors errors) {
        if (ticked == null || errors.hasFieldErrors(field)) {
            return;
        }
        Set<String> known = offered.stream().map(Choice::value).collect(Collectors.toSet());
        List<String> unknown = ticked.stream()
                .filter(value -> !known.contains(value))
                .distinct()
                .limit(UNKNOWN_SHOWN)
                .map(value -> value.length() > UNKNOWN_LENGTH ? value.substring(0, UNKNOWN_LENGTH) + "…" : value)
                .toList();
        if (!unknown.isEmpty()) {
            errors.rejectValue(
                    field, "suggest.error.unknown-" + field, new Object[] {String.join(", ", unknown)}, null);
        }
    }

    /** Saves the suggestion as a draft practice, in the fields of the language it was written in, and its sender. */
    @Transactional
    public Entry suggest(SuggestionForm form, Locale reader) {
        String language = form.language() != null ? form.language() : reader.getLanguage();
        List<String> countries = countryNames.read(form.countries()).codes();
        Entry practice = curation.suggest(editor, form.toPractice(freeSlug(form.title()), language, countries), AUTHOR);
        jdbc.sql("""
                        insert into practice_suggestion (practice_id, name, email, organisation, message)
                        values (:id, :name, :email, :organisation, :message)""")
                .param("id", practice.getId())
                .param("name", form.name().strip())
                .param("email", form.email().strip())
                .param("organisation", blank(form.organisation()))
                .param("message", blank(form.message()))
                .update();
        return practice;
    }

    /** Who suggested the practice, when it came through the public form. */
    @Transactional(readOnly = true)
    public Optional<Suggester> of(long practiceId) {
        return jdbc.sql("""
                        select s.name, s.email, s.organisation, s.message, s.submitted_at,
                               (select l from jsonb_object_keys(p.title) l
                                where l <> 'en' and p.title -> l ->> 'text' = p.title -> 'en' ->> 'text'
                                  and (p.title -> 'en' ->> 'unofficial')::boolean) as written_in
                        from practice_suggestion s join practice p on p.id = s.practice_id
                        where s.practice_id = :id""")
                .param("id", practiceId)
                .query((rs, n) -> new Suggester(
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("organisation"),
                        rs.getString("message"),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getString("written_in")))
                .optional();
    }

    /** An address made from the title, not yet taken by a practice: "-2", "-3"… are added when needed. */
    private String freeSlug(String title) {
        String base = slug(title);
        String slug = base;
        for (int n = 2; practices.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower-case ASCII words joined by hyphens, without accents, at most {@value #SLUG_LENGTH} characters. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = (cut > SLUG_LENGTH / 2 ? slug.substring(0, cut) : slug).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "suggestion" : slug;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
