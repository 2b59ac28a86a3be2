package org.rt2kb.opendata;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rt2kb.opendata.Changes.Change;
import org.rt2kb.shared.InvalidParameterException;
import org.rt2kb.web.SiteOrigin;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Atom feeds of the published entries last added or changed, in the reader's language: the whole catalogue, one type
 * of entry ({@code ?type=practice}), or what one theme is linked with ({@code ?theme=health}). The pages link to
 * theirs.
 */
@Controller
class FeedController {

    static final String PATH = "/feeds/changes.atom";
    private static final List<String> TYPES = List.of("theme", "practice", "instrument");
    private static final int EXCERPT = 400;

    private final Changes changes;
    private final MessageSource messages;

    FeedController(Changes changes, MessageSource messages) {
        this.changes = changes;
        this.messages = messages;
    }

    @GetMapping(value = PATH, produces = "application/atom+xml")
    @ResponseBody
    String changes(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String theme,
            Locale locale,
            HttpServletRequest request)
            throws FeedException {
        if (type != null && !TYPES.contains(type)) {
            throw InvalidParameterException.unknownValue("type", type);
        }
        if (theme != null && !changes.isTheme(theme)) {
            throw InvalidParameterException.unknownValue("theme", theme);
        }
        String origin = SiteOrigin.of(request);
        List<Change> latest = changes.latest(type == null ? TYPES : List.of(type), theme);
        String self = UriComponentsBuilder.fromUriString(origin + PATH)
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParamIfPresent("theme", Optional.ofNullable(theme))
                .build()
                .toUriString();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(self);
        feed.setTitle(title(type, theme, latest, locale));
        feed.setAuthor(messages.getMessage("feed.author", null, locale));
        feed.setLanguage(locale.getLanguage());
        feed.setPublishedDate(
                Date.from(latest.isEmpty() ? Instant.EPOCH : latest.get(0).updated()));
        feed.setLinks(List.of(link("self", self), link("alternate", origin + page(type, theme))));
        feed.setEntries(
                latest.stream().map(change -> entry(change, origin, locale)).toList());
        return new SyndFeedOutput().outputString(feed);
    }

    private String title(String type, String theme, List<Change> latest, Locale locale) {
        if (theme != null) {
            String name = latest.stream()
                    .filter(change ->
                            change.type().equals("theme") && change.slug().equals(theme))
                    .map(change -> change.title().text(locale))
                    .findFirst()
                    .orElse(theme);
            return messages.getMessage("feed.title.theme", new Object[] {name}, locale);
        }
        return messages.getMessage("feed.title." + (type == null ? "all" : type), null, locale);
    }

    /** The page a feed follows. */
    private static String page(String type, String theme) {
        if (theme != null) {
            return "/themes/" + theme;
        }
        return type == null ? "/" : "/" + type + "s";
    }

    private static SyndEntry entry(Change change, String origin, Locale locale) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(origin + change.path());
        entry.setLink(origin + change.path() + "?lang=" + locale.getLanguage());
        entry.setTitle(change.title().text(locale));
        entry.setPublishedDate(Date.from(change.created()));
        entry.setUpdatedDate(Date.from(change.updated()));
        SyndCategory category = new SyndCategoryImpl();
        category.setName(change.type());
        entry.setCategories(List.of(category));
        String text = change.text().text(locale);
        if (!text.isBlank()) {
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(
                    text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…");
            entry.setDescription(summary);
        }
        return entry;
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }
}
