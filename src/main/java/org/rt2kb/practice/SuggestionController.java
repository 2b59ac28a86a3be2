package org.rt2kb.practice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.rt2kb.entry.Entry;
import org.rt2kb.shared.form.FormRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public form for suggesting a practice. A suggestion becomes a draft for the secretariat; robots are turned
 * away without being told: a filled trap field or a form sent back within seconds is answered as if accepted, and
 * nothing is stored. Each address may send {@value SuggestionLimit#MAX} suggestions an hour.
 */
@Controller
class SuggestionController {

    private static final Logger log = LoggerFactory.getLogger(SuggestionController.class);

    private static final String FORM = "practice/suggest";
    private static final String THANKS = "redirect:/suggest/thanks";
    /** The trap field: hidden from people, filled by robots that fill every field. */
    static final String TRAP = "website";

    static final String STAMP = "stamp";

    private final PracticeSuggestions suggestions;
    private final SuggestionStamps stamps;
    private final SuggestionLimit limit;
    private final FormRecovery recovery;
    private final CountryNames countryNames;

    SuggestionController(
            PracticeSuggestions suggestions,
            SuggestionStamps stamps,
            SuggestionLimit limit,
            FormRecovery recovery,
            CountryNames countryNames) {
        this.suggestions = suggestions;
        this.stamps = stamps;
        this.limit = limit;
        this.recovery = recovery;
        this.countryNames = countryNames;
    }

    /** The countries' names in the reader's language, offered as one types in the countries field. */
    @ModelAttribute("countryNames")
    List<String> countryNames(Locale locale) {
        return countryNames.names(locale);
    }

    /** The themes and GCM objectives a suggester may tick. */
    @ModelAttribute("choices")
    PracticeSuggestions.Choices choices() {
        return suggestions.choices();
    }

    @GetMapping("/suggest")
    String form(Model model, Locale locale) {
        model.addAttribute("form", SuggestionForm.blank(locale.getLanguage()));
        model.addAttribute(STAMP, stamps.issue());
        return FORM;
    }

    @PostMapping("/suggest")
    String send(
            @Valid @ModelAttribute("form") SuggestionForm bound,
            BindingResult errors,
            @RequestParam(name = TRAP, required = false) String trap,
            @RequestParam(name = STAMP, required = false) String stamp,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        String client = request.getRemoteAddr();
        if (!limit.admits(client, response)) {
            log.warn("Suggestions from {} refused: more than {} in an hour", client, SuggestionLimit.MAX);
            return "practice/suggest-limit";
        }
        if (trap != null && !trap.isEmpty()) {
            return dropped(client, "trap field filled");
        }
        var checked = recovery.recover(bound, SuggestionForm.class, errors, request, model);
        SuggestionForm form = checked.form();
        suggestions.check(form, checked.errors());
        SuggestionStamps.Verdict verdict = stamps.check(stamp);
        boolean expired = verdict == SuggestionStamps.Verdict.INVALID;
        if (expired || checked.errors().hasErrors()) {
            // A form shown before a restart, or too long ago, is shown again with what was typed, to send once more;
            // so is a form with mistakes, even when sent quickly: nothing is stored, and a person sees why.
            model.addAttribute("expired", expired);
            model.addAttribute(STAMP, expired ? stamps.issue() : stamp);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return FORM;
        }
        if (verdict == SuggestionStamps.Verdict.TOO_FAST) {
            return dropped(client, "sent within " + SuggestionStamps.QUICKEST.toSeconds() + " s of being shown");
        }
        Entry practice = suggestions.suggest(form, locale);
        limit.record(client);
        log.info("Practice suggested through the public form: draft {} ({})", practice.getId(), practice.getSlug());
        return THANKS;
    }

    /** Answers a robot as if its suggestion were accepted, stores nothing, and counts it against the address. */
    private String dropped(String client, String why) {
        limit.record(client);
        log.info("Suggestion dropped as a robot's: {}", why);
        return THANKS;
    }

    @GetMapping("/suggest/thanks")
    String thanks() {
        return "practice/suggested";
    }
}
