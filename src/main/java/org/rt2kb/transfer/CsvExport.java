package org.rt2kb.transfer;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rt2kb.curation.Curation;
import org.rt2kb.curation.EntryEditor;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.instrument.AnnexGroup;
import org.rt2kb.instrument.Instrument;
import org.rt2kb.practice.Practice;
import org.rt2kb.practice.PracticeForm;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.shared.facet.IndexedPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practices and instruments as CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads accents
 * right), a header row, one row per entry, lists joined with "; ". The public files hold published entries only; the
 * full ones every entry, with a status column. The practices file has the columns the import reads.
 */
@Service
public class CsvExport {

    static final String BOM = "\uFEFF";
    private static final int READ_AT_ONCE = 1_000;

    static final List<String> INSTRUMENT_COLUMNS = List.of(
            "slug",
            "code",
            "acronym",
            "acronymFr",
            "titleEn",
            "titleFr",
            "frUnofficial",
            "titleEs",
            "esUnofficial",
            "year",
            "type",
            "body",
            "binding",
            "parent",
            "annexGroups",
            "gcmObjectives",
            "sdgTargets",
            "concepts",
            "links");

    private final EntityManager em;
    private final Curation curation;

    CsvExport(EntityManager em, Curation curation) {
        this.em = em;
        this.curation = curation;
    }

    @Transactional(readOnly = true)
    public byte[] practices(boolean everything) {
        return practices(
                entries(
                        Practice.class,
                        everything,
                        Comparator.comparing(Practice::getNumber, Comparator.nullsLast(Comparator.naturalOrder()))),
                everything);
    }

    /** The published practices of {@code ids}, in that order. */
    @Transactional(readOnly = true)
    public byte[] practices(List<Long> ids) {
        return practices(published(Practice.class, ids), false);
    }

    private byte[] practices(List<Practice> practices, boolean everything) {
        EntryEditor<PracticeForm> editor = curation.editor(EntryType.PRACTICE);
        Set<String> publishedThemes = everything
                ? null
                : Set.copyOf(em.createQuery("select t.slug from Theme t where t.status = :published", String.class)
                        .setParameter("published", EntryStatus.PUBLISHED)
                        .getResultList());
        List<List<String>> rows = new ArrayList<>();
        for (Practice practice : practices) {
            PracticeForm form = editor.formOf(practice);
            if (!everything) {
                form = form.withThemes(
                        form.themes().stream().filter(publishedThemes::contains).toList());
            }
            rows.add(PracticeColumns.row(form, everything ? practice.getStatus().code() : null));
        }
        return csv(PracticeColumns.header(everything), rows);
    }

    @Transactional(readOnly = true)
    public byte[] instruments(boolean everything) {
        return instruments(
                entries(
                        Instrument.class,
                        everything,
                        Comparator.comparing(Instrument::getPosition, Comparator.nullsLast(Comparator.naturalOrder()))),
                everything);
    }

    /** The published instruments of {@code ids}, in that order. */
    @Transactional(readOnly = true)
    public byte[] instruments(List<Long> ids) {
        return instruments(published(Instrument.class, ids), false);
    }

    private byte[] instruments(List<Instrument> instruments, boolean everything) {
        List<List<String>> rows = new ArrayList<>();
        for (Instrument i : instruments) {
            boolean parentShown =
                    i.getParent() != null && (everything || i.getParent().isPublished());
            List<String> row = new ArrayList<>(Arrays.asList(
                    i.getSlug(),
                    i.getCode(),
                    i.getAcronym(),
                    i.getAcronymFr(),
                    i.getTitle().en(),
                    i.getTitle().fr(),
                    String.valueOf(i.getTitle().isUnofficialIn("fr")),
                    i.getTitle().get("es"),
                    String.valueOf(i.getTitle().isUnofficialIn("es")),
                    i.getYear() == null ? null : i.getYear().toString(),
                    i.getInstrumentType().code(),
                    i.getBody(),
                    String.valueOf(i.isBinding()),
                    parentShown ? i.getParent().getSlug() : null,
                    PracticeColumns.join(
                            i.getAnnexGroups().stream().map(AnnexGroup::getSlug).toList()),
                    PracticeColumns.join(i.getGcmObjectives().stream()
                            .map(GcmObjective::getNumber)
                            .toList()),
                    PracticeColumns.join(
                            i.getSdgTargets().stream().map(SdgTarget::getCode).toList()),
                    PracticeColumns.join(i.getConceptIds().stream().sorted().toList()),
                    PracticeColumns.join(i.getLinks())));
            if (everything) {
                row.add(1, i.getStatus().code());
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(INSTRUMENT_COLUMNS);
        if (everything) {
            header.add(1, PracticeColumns.STATUS);
        }
        return csv(header, rows);
    }

    /** The published entries of {@code ids}, in that order, read a thousand at a time. */
    private <E extends Entry> List<E> published(Class<E> type, List<Long> ids) {
        List<E> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += READ_AT_ONCE) {
            found.addAll(em.createQuery(
                            "select e from " + type.getSimpleName() + " e where e.id in :ids and e.status = :published",
                            type)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + READ_AT_ONCE)))
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .getResultList());
        }
        return IndexedPage.inOrder(ids, found, Entry::getId);
    }

    private <E extends Entry> List<E> entries(Class<E> type, boolean everything, Comparator<E> order) {
        String where = everything ? "" : " where e.status = :published";
        var query = em.createQuery("select e from " + type.getSimpleName() + " e" + where, type);
        if (!everything) {
            query.setParameter("published", EntryStatus.PUBLISHED);
        }
        return query.getResultList().stream()
                .sorted(order.thenComparing(Entry::getSlug))
                .collect(Collectors.toList());
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
