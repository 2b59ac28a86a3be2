package org.rt2kb.instrument;

import java.util.List;
import java.util.Locale;
import org.rt2kb.shared.ApiPage;
import org.rt2kb.shared.Filters;
import org.rt2kb.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON read API for instruments and the annex groups they are listed under. */
@RestController
class InstrumentApiController {

    private final InstrumentService instruments;

    InstrumentApiController(InstrumentService instruments) {
        this.instruments = instruments;
    }

    @GetMapping("/api/instruments")
    ApiPage<InstrumentJson.Summary> list(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String annex,
            @RequestParam(required = false) String binding,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String after) {
        Paging paging = Paging.of(page, size, after);
        var filter = new InstrumentFilter(
                Filters.code("type", type, InstrumentType.class),
                Filters.oneOf(
                        "body", body, () -> List.copyOf(instruments.bodies().keySet())),
                Filters.oneOf("annex", annex == null ? null : annex.toUpperCase(Locale.ROOT), () -> List.of("B", "C")),
                Filters.bool("binding", binding));
        return instruments.list(filter, paging);
    }

    @GetMapping("/api/instruments/{slug}")
    InstrumentJson.Detail detail(@PathVariable String slug) {
        return instruments.detail(slug);
    }

    @GetMapping("/api/annex-groups")
    List<InstrumentJson.Group> annexGroups() {
        return instruments.annexGroups();
    }
}
