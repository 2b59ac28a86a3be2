package org.rt2kb.instrument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An instrument's formal citation, in the manner of UN documents: who issued it when that is part of its name (an
 * ILO standard, a report), its official title, where and when it was adopted, the adopting session, the resolution
 * or document symbol, the Treaty Series reference and the entry into force. A citation is written in one language: the
 * reader's when the instrument has its title in it, otherwise English, whole, rather than a mix. Values not confirmed
 * against the official record are named beside it, in the reader's language.
 */
@Component
public class InstrumentCitation {

    private final MessageSource messages;

    InstrumentCitation(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A citation, the language it is written in ({@code lang}), and the names of the values in it that could not be
     * confirmed (in the reader's language).
     */
    public record Citation(String text, String lang, List<String> unconfirmed) {}

    public Citation of(InstrumentJson.Summary i, Locale reader) {
        // A citation quotes an official title: a French one the project translated is not cited.
        boolean french = "fr".equals(reader.getLanguage()) && i.titleFr() != null && !i.frUnofficial();
        Locale locale = french ? Locale.FRENCH : Locale.ENGLISH;
        OfficialRecord r = i.officialRecord();
        StringBuilder text = new StringBuilder(author(i, locale, french));
        text.append(french ? i.titleFr() : i.titleEn());
        String place = french ? r.adoptedAtFr() : r.adoptedAtEn();
        if (place != null || r.adopted() != null) {
            text.append(" (")
                    .append(join(", ", place, r.adopted() == null ? year(i) : date(r.adopted(), locale)))
                    .append(')');
        }
        // UN documents name the session for ILO standards only; a resolution's symbol already says its session.
        String session = isIlo(i) ? (french && r.sessionFr() != null ? r.sessionFr() : r.session()) : null;
        for (String part : new String[] {session, r.symbol(), treatySeries(r, locale)}) {
            if (part != null) {
                text.append(", ").append(part);
            }
        }
        if (r.entryIntoForce() != null) {
            text.append("; ").append(message("cite.formal.in-force", locale, date(r.entryIntoForce(), locale)));
        }
        text.append('.');
        List<String> unconfirmed = new ArrayList<>();
        for (String field : r.unconfirmed()) {
            unconfirmed.add(message("form.field." + field, reader));
        }
        return new Citation(text.toString(), locale.getLanguage(), unconfirmed);
    }

    /** The issuer, named first where a citation names it: ILO standards and the documents of other authors. */
    private String author(InstrumentJson.Summary i, Locale locale, boolean french) {
        String body = french && i.officialRecord().bodyFr() != null
                ? i.officialRecord().bodyFr()
                : i.body();
        if (isIlo(i)) {
            return message("cite.formal.ilo", locale) + " ";
        }
        return switch (i.type()) {
            case "report", "guide", "guidelines" -> body + ", ";
            default -> "";
        };
    }

    private static boolean isIlo(InstrumentJson.Summary i) {
        return i.type().startsWith("ilo-") || ("protocol".equals(i.type()) && "ILO".equals(i.body()));
    }

    private String treatySeries(OfficialRecord r, Locale locale) {
        if (!r.inTreatySeries()) {
            return null;
        }
        return r.untsPage() == null
                ? message("cite.formal.unts-volume", locale, String.valueOf(r.untsVolume()))
                : message("cite.formal.unts", locale, String.valueOf(r.untsVolume()), String.valueOf(r.untsPage()));
    }

    private static String year(InstrumentJson.Summary i) {
        return i.year() == null ? null : String.valueOf(i.year());
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return String.join(separator, present);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
