package org.rt2kb.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates as pages print them: in words, in the reader's language ("28 November 2026", "28 novembre 2026"). */
@Component("dates")
public class Dates {

    public String format(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    /** An instant as its date in UTC, the catalogue's reference time. */
    public String format(Instant instant, Locale locale) {
        return instant == null ? "" : format(LocalDate.ofInstant(instant, ZoneOffset.UTC), locale);
    }

    /** An instant to the minute, in UTC, for the history of changes ("28 Nov 2026, 14:05 UTC"). */
    public String moment(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale)
                                .withZone(ZoneOffset.UTC)
                                .format(instant)
                        + " UTC";
    }

    public String today(Locale locale) {
        return format(LocalDate.now(ZoneOffset.UTC), locale);
    }
}
