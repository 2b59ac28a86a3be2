package org.rt2kb.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;
import org.rt2kb.shared.form.StaleEditException;
import org.rt2kb.shared.history.ListChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Edits the reference lists row by row, each save checked against the version the form was read at. A rename is
 * announced ({@link ReferenceItemChanged}): country names are part of practices' search documents.
 */
@Service
@Transactional
public class ReferenceEditing {

    private static final Logger log = LoggerFactory.getLogger(ReferenceEditing.class);
    private static final MultilingualJson NAMES = new MultilingualJson();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ListChanges changes;

    ReferenceEditing(JdbcClient jdbc, ApplicationEventPublisher events, ListChanges changes) {
        this.jdbc = jdbc;
        this.events = events;
        this.changes = changes;
    }

    /** A row of a list, for the table of the list page. */
    public record Item(String code, Multilingual names, int version) {}

    @Transactional(readOnly = true)
    public List<Item> items(ReferenceList list) {
        return jdbc.sql("select %s::text as code, %s::text as names, version from %s order by %s"
                        .formatted(list.key, list.names, list.table, order(list)))
                .query((rs, n) -> new Item(
                        rs.getString("code"),
                        NAMES.convertToEntityAttribute(rs.getString("names")),
                        rs.getInt("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<ReferenceItemForm> form(ReferenceList list, String code) {
        String country =
                list == ReferenceList.COUNTRIES ? "alpha3, region_code" : "null as alpha3, null as region_code";
        return jdbc.sql("select %s::text as code, %s::text as names, %s, version from %s where %s::text = :code"
                        .formatted(list.key, list.names, country, list.table, list.key))
                .param("code", code)
                .query((rs, n) -> ReferenceItemForm.of(
                        rs.getString("code"),
                        NAMES.convertToEntityAttribute(rs.getString("names")),
                        rs.getString("alpha3"),
                        rs.getString("region_code"),
                        rs.getInt("version")))
                .optional();
    }

    /** Checks a new row's code against the list's pattern and its uniqueness, and a country's codes and region. */
    @Transactional(readOnly = true)
    public void check(ReferenceList list, boolean creating, ReferenceItemForm form, Errors errors) {
        if (creating && form.code() != null) {
            if (list.newKey != null && !list.newKey.matcher(form.code()).matches()) {
                errors.rejectValue("code", "form.error.reference-code." + list.code());
            } else if (form(list, form.code()).isPresent()) {
                errors.rejectValue("code", "form.error.slug-taken");
            }
        }
        if (list == ReferenceList.COUNTRIES) {
            if (form.alpha3() == null || !form.alpha3().matches("^[A-Z]{3}$")) {
                errors.rejectValue("alpha3", "form.error.reference-code.alpha3");
            } else if (jdbc.sql("select count(*) from country where alpha3 = :a and code <> :c")
                            .param("a", form.alpha3())
                            .param("c", String.valueOf(form.code()))
                            .query(Long.class)
                            .single()
                    > 0) {
                errors.rejectValue("alpha3", "form.error.slug-taken");
            }
            if (form.region() != null
                    && !form.region().isBlank()
                    && jdbc.sql("select count(*) from region where code = :r")
                                    .param("r", form.region())
                                    .query(Long.class)
                                    .single()
                            == 0) {
                errors.rejectValue("region", "form.error.unknown-choice");
            }
        }
    }

    public void create(ReferenceList list, ReferenceItemForm form, String author) {
        if (list == ReferenceList.COUNTRIES) {
            jdbc.sql("""
                            insert into country (code, alpha3, name, region_code)
                            values (:c, :a, cast(:names as jsonb), :r)""")
                    .param("c", form.code())
                    .param("a", form.alpha3())
                    .param("names", names(list, form))
                    .param("r", blankToNull(form.region()))
                    .update();
        } else if (list == ReferenceList.SDG_TARGETS) {
            jdbc.sql("""
                            insert into sdg_target (code, goal, title)
                            values (:c, :g, cast(:names as jsonb))""")
                    .param("c", form.code())
                    .param(
                            "g",
                            Integer.parseInt(
                                    form.code().substring(0, form.code().indexOf('.'))))
                    .param("names", names(list, form))
                    .update();
        } else {
            throw new IllegalArgumentException(list + " cannot be added to");
        }
        changes.record(list.code(), form.code(), "created", author, null, shown(list, form));
        log.info("{} {} added by {}", list.code(), form.code(), author);
    }

    /**
     * @throws StaleEditException when the row changed since the form was read
     */
    public void update(ReferenceList list, String code, ReferenceItemForm form, String author) {
        ReferenceItemForm before = form(list, code).orElse(null);
        String country = list == ReferenceList.COUNTRIES ? ", alpha3 = :a, region_code = :r" : "";
        int updated = jdbc.sql("""
                        update %s set %s = cast(:names as jsonb)%s, version = version + 1
                        where %s::text = :code and version = :v""".formatted(list.table, list.names, country, list.key))
                .param("names", names(list, form))
                .param("a", form.alpha3())
                .param("r", blankToNull(form.region()))
                .param("code", code)
                .param("v", form.version())
                .update();
        if (updated == 0) {
            throw new StaleEditException(list.code() + " " + code);
        }
        events.publishEvent(new ReferenceItemChanged(list, code));
        changes.record(
                list.code(),
                code,
                "edited",
                author,
                shown(list, before),
                shown(list, form(list, code).orElseThrow()));
        log.info("{} {} edited by {}", list.code(), code, author);
    }

    /** The fields a row of the list has, for its history: countries alone have ISO alpha-3 codes and regions. */
    private static Object shown(ReferenceList list, ReferenceItemForm form) {
        if (form == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nameEn", form.nameEn());
        fields.put("nameFr", form.nameFr());
        fields.put("nameEs", form.nameEs());
        if (list.hasTranslationFlag()) {
            fields.put("frUnofficial", form.frUnofficial());
            fields.put("esUnofficial", form.esUnofficial());
        }
        if (list == ReferenceList.COUNTRIES) {
            fields.put("alpha3", form.alpha3());
            fields.put("region", form.region());
        }
        return fields;
    }

    private static String names(ReferenceList list, ReferenceItemForm form) {
        return NAMES.convertToDatabaseColumn(form.names(list.hasTranslationFlag()));
    }

    private static String order(ReferenceList list) {
        return list == ReferenceList.SDG_TARGETS ? "goal, code" : list.key;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
