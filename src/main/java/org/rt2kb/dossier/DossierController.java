package org.rt2kb.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rt2kb.shared.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The drafter's dossier: kept from any page with one button (a form post that works without script; with script the
 * button and the header's count change in place), arranged on its page, and shared by its address.
 */
@Controller
@RequestMapping("/dossier")
class DossierController {

    /** The parameter that has the dossier's page say it is full. */
    private static final String FULL = "full";

    private final DossierContents contents;

    DossierController(DossierContents contents) {
        this.contents = contents;
    }

    /** The session's dossier, or the one an address names (shared by another drafter), which can then be kept. */
    @GetMapping
    String dossier(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("full", params.containsKey(FULL));
        boolean shared = DossierAddress.names(params);
        Dossier dossier = shared ? DossierAddress.read(params) : DossierSession.current(request);
        model.addAttribute("contents", contents.read(dossier));
        model.addAttribute("shared", shared);
        model.addAttribute("address", DossierAddress.query(dossier));
        model.addAttribute("groupings", Grouping.values());
        model.addAttribute("noteLimit", Dossier.MAX_NOTE);
        model.addAttribute("itemLimit", Dossier.MAX_ITEMS);
        return "dossier/dossier";
    }

    /** Keeps or drops one item; from a page's button. */
    @PostMapping(value = "/items", produces = MediaType.TEXT_HTML_VALUE)
    RedirectView keep(
            @RequestParam String item,
            @RequestParam(defaultValue = "add") String op,
            @RequestParam(required = false) String back,
            HttpServletRequest request) {
        DossierItem parsed = DossierItem.parse("item", item);
        Dossier dossier = change(parsed, op, request);
        // A full dossier keeps nothing more: say so on its page rather than come back as if it had.
        return seeOther(dossier.contains(parsed) || !"add".equals(op) ? sameSite(back) : "/dossier?" + FULL);
    }

    /** The same for a script, which then shows the new state without leaving the page. */
    @PostMapping(value = "/items", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> keepInPlace(
            @RequestParam String item, @RequestParam(defaultValue = "add") String op, HttpServletRequest request) {
        DossierItem parsed = DossierItem.parse("item", item);
        Dossier dossier = change(parsed, op, request);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("item", parsed.toString());
        state.put("kept", dossier.contains(parsed));
        state.put("count", dossier.size());
        state.put("full", dossier.isFull() && !dossier.contains(parsed));
        return ResponseEntity.ok(state);
    }

    /**
     * The dossier page's one form: the notes as typed, and the button pressed, which names what it does ({@code
     * up:instrument:c189}, {@code remove:…}, {@code group}, {@code clear}, {@code save}). The notes are kept whatever
     * the button, so nothing typed is lost by moving an item.
     */
    @PostMapping
    String arrange(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "save") String op,
            HttpServletRequest request) {
        Dossier dossier = DossierSession.current(request).withNotes(DossierAddress.notes(params));
        int colon = op.indexOf(':');
        String action = colon < 0 ? op : op.substring(0, colon);
        DossierItem item = colon < 0 ? null : DossierItem.parse("op", op.substring(colon + 1));
        dossier = switch (action) {
            case "up" -> dossier.moved(item, -1);
            case "down" -> dossier.moved(item, 1);
            case "remove" -> dossier.without(item);
            case "group" -> dossier.groupedBy(DossierAddress.grouping(params.getFirst(DossierAddress.GROUP)));
            case "clear" -> Dossier.EMPTY;
            case "save" -> dossier;
            default -> throw InvalidParameterException.unknownValue("op", op);
        };
        DossierSession.save(request, dossier);
        return "redirect:/dossier";
    }

    /** Makes a shared dossier (its address's parameters, sent back by the page's button) this reader's own. */
    @PostMapping("/adopt")
    String adopt(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        DossierSession.save(request, DossierAddress.read(params));
        return "redirect:/dossier";
    }

    private Dossier change(DossierItem item, String op, HttpServletRequest request) {
        Dossier dossier = DossierSession.current(request);
        dossier = switch (op) {
            case "add" -> dossier.with(item);
            case "remove" -> dossier.without(item);
            default -> throw InvalidParameterException.unknownValue("op", op);
        };
        DossierSession.save(request, dossier);
        return dossier;
    }

    /** The page a button was pressed on: a path of this site only, never another site's address. */
    private static String sameSite(String back) {
        boolean local = back != null
                && back.startsWith("/")
                && !back.startsWith("//")
                && back.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
        return local ? back : "/dossier";
    }

    /** A 303 to an address taken as it is: a page's query may hold braces, which are not a template here. */
    private static RedirectView seeOther(String address) {
        RedirectView redirect = new RedirectView(address, true);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
