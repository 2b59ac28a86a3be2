package org.rt2kb.practice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rt2kb.curation.CorrectionPart;
import org.rt2kb.curation.EntryCorrections;
import org.rt2kb.entry.EntryNotFoundException;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.InvalidParameterException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public form for suggesting a correction to a published theme, practice or instrument, linked from each entry's
 * page. It lives beside the practice suggestion form because it shares its protections: the hourly limit per address
 * ({@link SuggestionLimit}, counting both kinds together), the signed time stamp ({@link SuggestionStamps}), the trap
 * field, and Spring Security's CSRF token. The correction waits for the secretariat beside the entry
 * ({@link EntryCorrections}).
 */
@Controller
@RequestMapping("/suggest/correction")
class CorrectionController {

    private static final Logger log = LoggerFactory.getLogger(CorrectionController.class);

    private static final String FORM = "practice/correct";
    /** An entry as the form names it: "practice:slug". */
    private static final Pattern ENTRY = Pattern.compile("(theme|practice|instrument):([a-z0-9]+(?:-[a-z0-9]+)*)");

    private final EntryCorrections corrections;
    private final SuggestionStamps stamps;
    private final SuggestionLimit limit;
    private final FormRecovery recovery;

    CorrectionController(
            EntryCorrections corrections, SuggestionStamps stamps, SuggestionLimit limit, FormRecovery recovery) {
        this.corrections = corrections;
        this.stamps = stamps;
        this.limit = limit;
        this.recovery = recovery;
    }

    @ModelAttribute("parts")
    List<CorrectionPart> parts() {
        return List.of(CorrectionPart.values());
    }

    /** The form for the entry named: 400 when the name is not "type:slug", 404 when no published entry has it. */
    @GetMapping
    String form(@RequestParam String entry, Model model) {
        Matcher named = ENTRY.matcher(entry);
        if (!named.matches()) {
            throw new InvalidParameterException("entry", entry, "error.param.correction-entry");
        }
        EntryType type = Coded.fromCode(EntryType.class, named.group(1)).orElseThrow();
        EntryCorrections.Target target = corrections
                .published(type, named.group(2))
                .orElseThrow(() -> new EntryNotFoundException(type, named.group(2)));
        model.addAttribute("target", target);
        model.addAttribute("form", CorrectionForm.blank(target.key()));
        model.addAttribute(SuggestionController.STAMP, stamps.issue());
        return FORM;
    }

    @PostMapping
    String send(
            @Valid @ModelAttribute("form") CorrectionForm bound,
            BindingResult errors,
            @RequestParam(name = SuggestionController.TRAP, required = false) String trap,
            @RequestParam(name = SuggestionController.STAMP, required = false) String stamp,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String client = request.getRemoteAddr();
        if (!limit.admits(client, response)) {
            log.warn("Corrections from {} refused: more than {} suggestions in an hour", client, SuggestionLimit.MAX);
            return "practice/suggest-limit";
        }
        if (trap != null && !trap.isEmpty()) {
            return dropped(client, "trap field filled");
        }
        var checked = recovery.recover(bound, CorrectionForm.class, errors, request, model);
        CorrectionForm form = checked.form();
        Optional<EntryCorrections.Target> target = form.entry() == null ? Optional.empty() : find(form.entry());
        if (target.isEmpty() && !checked.errors().hasFieldErrors("entry")) {
            // Unpublished or purged since the form was shown, or a forged name: said on the form, not a 500.
            checked.errors().rejectValue("entry", "correction.error.unknown-entry");
        }
        Optional<CorrectionPart> part =
                form.part() == null ? Optional.empty() : Coded.fromCode(CorrectionPart.class, form.part());
        if (part.isEmpty() && !checked.errors().hasFieldErrors("part")) {
            checked.errors().rejectValue("part", "form.error.unknown-choice");
        }
        SuggestionStamps.Verdict verdict = stamps.check(stamp);
        boolean expired = verdict == SuggestionStamps.Verdict.INVALID;
        if (expired || checked.errors().hasErrors()) {
            model.addAttribute("target", target.orElse(null));
            model.addAttribute("expired", expired);
            model.addAttribute(SuggestionController.STAMP, expired ? stamps.issue() : stamp);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return FORM;
        }
        if (verdict == SuggestionStamps.Verdict.TOO_FAST) {
            return dropped(client, "sent within " + SuggestionStamps.QUICKEST.toSeconds() + " s of being shown");
        }
        long id = corrections.submit(
                target.get(),
                part.get(),
                form.problem().strip(),
                blank(form.proposal()),
                blank(form.name()),
                blank(form.email()));
        limit.record(client);
        log.info(
                "Correction {} suggested through the public form for {}",
                id,
                target.get().key());
        // The key is letters, digits, hyphens and one colon: safe in the address as it is.
        return "redirect:/suggest/correction/thanks?entry=" + target.get().key();
    }

    /** Thanks the reader, with a way back to the entry when it is still published. */
    @GetMapping("/thanks")
    String thanks(@RequestParam(required = false) String entry, Model model) {
        model.addAttribute("target", entry == null ? null : find(entry).orElse(null));
        return "practice/corrected";
    }

    /** Answers a robot as if its correction were accepted, stores nothing, and counts it against the address. */
    private String dropped(String client, String why) {
        limit.record(client);
        log.info("Correction dropped as a robot's: {}", why);
        return "redirect:/suggest/correction/thanks";
    }

    /** The published entry named "type:slug", if there is one. */
    private Optional<EntryCorrections.Target> find(String entry) {
        Matcher named = ENTRY.matcher(entry);
        if (!named.matches()) {
            return Optional.empty();
        }
        EntryType type = Coded.fromCode(EntryType.class, named.group(1)).orElseThrow();
        return corrections.published(type, named.group(2));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
