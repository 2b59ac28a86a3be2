package org.rt2kb.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rt2kb.curation.Curation;
import org.rt2kb.curation.EntryEditor;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.practice.PracticeForm;
import org.rt2kb.transfer.Upload.Row;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * The dry run of a practices import: checks every row as the practice form is checked (Bean Validation on
 * {@link PracticeForm}, then the editor's checks against the catalogue), plus what only a file can get wrong (a slug
 * twice, cells that do not convert), and says what each valid row would do. Writes nothing.
 */
@Component
class ImportPlanner {

    private final Curation curation;
    private final SmartValidator validator;
    private final JdbcClient jdbc;

    ImportPlanner(Curation curation, SmartValidator validator, JdbcClient jdbc) {
        this.curation = curation;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    enum Action {
        CREATE,
        UPDATE,
        UNCHANGED,
        INVALID;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A problem of a row: the column (null for the whole row) and the message to show. */
    record Problem(String column, MessageSourceResolvable message) {}

    /**
     * What one row would do. {@code id} is the practice it updates, {@code published} whether that one is public
     * now; {@code form} what would be saved.
     */
    record Outcome(
            int line,
            String slug,
            Action action,
            Long id,
            boolean published,
            PracticeForm form,
            List<Problem> problems) {

        /** Whether the row changes a practice that is public now: what the administrator's choice is about. */
        boolean changesPublished() {
            return action == Action.UPDATE && published;
        }
    }

    record Plan(List<Outcome> outcomes) {

        boolean valid() {
            return outcomes.stream().noneMatch(o -> o.action() == Action.INVALID);
        }

        Map<Action, Long> counts() {
            Map<Action, Long> counts = new EnumMap<>(Action.class);
            Arrays.stream(Action.values()).forEach(a -> counts.put(a, 0L));
            outcomes.forEach(o -> counts.merge(o.action(), 1L, Long::sum));
            return counts;
        }

        /** How many rows change a published practice. */
        long publishedChanges() {
            return outcomes.stream().filter(Outcome::changesPublished).count();
        }
    }

    @Transactional(readOnly = true)
    public Plan plan(Upload.Rows upload) {
        EntryEditor<PracticeForm> editor = curation.editor(EntryType.PRACTICE);
        EntryEditor.Checker<PracticeForm> checker = editor.checker();
        Map<String, Long> existing = new HashMap<>();
        Set<Long> published = new HashSet<>();
        jdbc.sql("select slug, id, status from entry where entry_type = 'practice'")
                .query((rs, n) -> {
                    existing.put(rs.getString(1), rs.getLong(2));
                    if (EntryStatus.PUBLISHED.code().equals(rs.getString(3))) {
                        published.add(rs.getLong(2));
                    }
                    return null;
                })
                .list();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(upload.rows().size());
        for (Row row : upload.rows()) {
            List<Problem> problems = new ArrayList<>();
            row.problems()
                    .forEach(p -> problems.add(new Problem(
                            p.column(), new DefaultMessageSourceResolvable(new String[] {p.code()}, p.arguments()))));
            Long id = row.slug() == null ? null : existing.get(row.slug());
            PracticeForm form = row.form();
            PracticeForm current = id == null ? null : editor.formOf(curation.entry(id));
            if (form.concepts() == null) { // practices.json holds no concepts: an update keeps the practice's own
                form = form.withConcepts(current == null ? List.of() : current.concepts());
            }
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
            validator.validate(form, errors);
            checker.check(id, form, errors);
            for (FieldError error : errors.getFieldErrors()) {
                problems.add(new Problem(error.getField(), error));
            }
            errors.getGlobalErrors().forEach(e -> problems.add(new Problem(null, e)));
            if (row.slug() != null) {
                Integer first = firstLine.putIfAbsent(row.slug(), row.line());
                if (first != null) {
                    problems.add(problem("slug", "transfer.row.duplicate-slug", first));
                }
            }
            Action action = !problems.isEmpty()
                    ? Action.INVALID
                    : id == null ? Action.CREATE : same(current, form) ? Action.UNCHANGED : Action.UPDATE;
            outcomes.add(new Outcome(
                    row.line(), row.slug(), action, id, published.contains(id), form, List.copyOf(problems)));
        }
        return new Plan(outcomes);
    }

    private static Problem problem(String column, String code, Object... arguments) {
        return new Problem(column, new DefaultMessageSourceResolvable(new String[] {code}, arguments));
    }

    /** A translation flag counts only with its text: the catalogue keeps no flag for a text it does not have. */
    private static boolean flag(String text, Boolean unofficial) {
        return text(text) != null && Boolean.TRUE.equals(unofficial);
    }

    /** Whether the two forms hold the same practice, whatever the spelling of lists and blanks. */
    static boolean same(PracticeForm a, PracticeForm b) {
        return normalized(a).equals(normalized(b));
    }

    private static List<Object> normalized(PracticeForm f) {
        return Arrays.asList(
                f.slug(),
                f.number(),
                text(f.group()),
                text(f.titleEn()),
                f.enUnofficial(),
                text(f.titleFr()),
                flag(f.titleFr(), f.frUnofficial()),
                text(f.titleEs()),
                flag(f.titleEs(), f.esUnofficial()),
                text(f.descriptionEn()),
                text(f.descriptionFr()),
                text(f.descriptionEs()),
                items(f.countries() == null ? null : f.countries().toUpperCase(Locale.ROOT), "[\\s,;]+", false),
                text(f.actor()),
                text(f.region()),
                f.scope(),
                f.actorType(),
                f.startYear(),
                f.endYear(),
                f.startDate(),
                f.endDate(),
                text(f.statusNoteEn()),
                text(f.statusNoteFr()),
                text(f.statusNoteEs()),
                items(f.links(), "\\s+", false),
                sorted(f.themes()),
                sorted(f.gcmObjectives()),
                sorted(f.gcmPrinciples()),
                sorted(f.sdgTargets()),
                sorted(f.concepts()));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> items(String value, String separator, boolean sort) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.strip().split(separator))
                .filter(s -> !s.isEmpty())
                .toList();
        return sort ? items.stream().sorted().toList() : items;
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).sorted().distinct().toList();
    }
}
