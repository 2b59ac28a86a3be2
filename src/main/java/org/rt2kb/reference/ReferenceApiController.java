package org.rt2kb.reference;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON read API for the reference lists and the source documents. */
@RestController
@RequestMapping("/api")
class ReferenceApiController {

    private final ReferenceData reference;

    ReferenceApiController(ReferenceData reference) {
        this.reference = reference;
    }

    record SourceJson(
            String slug,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String titleEs,
            boolean esUnofficial,
            int year,
            String forum,
            String roundtable,
            String penholder,
            List<String> coChairs,
            List<String> languages,
            String note,
            String practicesCaveatEn,
            String practicesCaveatFr,
            String practicesCaveatEs,
            List<String> links) {}

    record CountryJson(String code, String alpha3, String nameEn, String nameFr, String nameEs, String region) {}

    record RegionJson(String code, String slug, String nameEn, String nameFr, String nameEs, String parent) {}

    record ObjectiveJson(
            int number, String titleEn, String titleFr, String titleEs, boolean frUnofficial, boolean esUnofficial) {

        ObjectiveJson(GcmObjective o) {
            this(
                    o.getNumber(),
                    o.getTitle().en(),
                    o.getTitle().fr(),
                    o.getTitle().get("es"),
                    o.getTitle().unofficial().contains("fr"),
                    o.getTitle().unofficial().contains("es"));
        }
    }

    record PrincipleJson(
            String slug,
            int position,
            String titleEn,
            String titleFr,
            String titleEs,
            boolean frUnofficial,
            boolean esUnofficial) {

        PrincipleJson(GcmPrinciple p) {
            this(
                    p.getSlug(),
                    p.getPosition(),
                    p.getTitle().en(),
                    p.getTitle().fr(),
                    p.getTitle().get("es"),
                    p.getTitle().unofficial().contains("fr"),
                    p.getTitle().unofficial().contains("es"));
        }
    }

    record TargetJson(
            String code,
            int goal,
            String titleEn,
            String titleFr,
            String titleEs,
            boolean frUnofficial,
            boolean esUnofficial) {

        TargetJson(SdgTarget t) {
            this(
                    t.getCode(),
                    t.getGoal(),
                    t.getTitle().en(),
                    t.getTitle().fr(),
                    t.getTitle().get("es"),
                    t.getTitle().unofficial().contains("fr"),
                    t.getTitle().unofficial().contains("es"));
        }
    }

    @GetMapping("/sources")
    List<SourceJson> sources() {
        return reference.sources().stream()
                .map(s -> new SourceJson(
                        s.getSlug(),
                        s.getTitle().fr(),
                        s.getTitle().en(),
                        s.getTitle().isUnofficialIn("en"),
                        s.getTitle().get("es"),
                        s.getTitle().isUnofficialIn("es"),
                        s.getYear(),
                        s.getForum(),
                        s.getRoundtable(),
                        s.getPenholder(),
                        s.getCoChairs(),
                        s.getLanguages(),
                        s.getNote(),
                        s.getPracticesCaveat().en(),
                        s.getPracticesCaveat().fr(),
                        s.getPracticesCaveat().get("es"),
                        s.getLinks()))
                .toList();
    }

    @GetMapping("/reference/countries")
    List<CountryJson> countries() {
        return reference.countries().values().stream()
                .map(c -> new CountryJson(
                        c.getCode(),
                        c.getAlpha3(),
                        c.getName().en(),
                        c.getName().fr(),
                        c.getName().get("es"),
                        c.getRegionCode()))
                .toList();
    }

    @GetMapping("/reference/regions")
    List<RegionJson> regions() {
        return reference.regions().values().stream()
                .map(r -> new RegionJson(
                        r.getCode(),
                        r.getSlug(),
                        r.getName().en(),
                        r.getName().fr(),
                        r.getName().get("es"),
                        r.getParentCode()))
                .toList();
    }

    @GetMapping("/reference/gcm-objectives")
    List<ObjectiveJson> gcmObjectives() {
        return reference.gcmObjectives().stream().map(ObjectiveJson::new).toList();
    }

    @GetMapping("/reference/gcm-principles")
    List<PrincipleJson> gcmPrinciples() {
        return reference.gcmPrinciples().stream().map(PrincipleJson::new).toList();
    }

    @GetMapping("/reference/sdg-targets")
    List<TargetJson> sdgTargets() {
        return reference.sdgTargets().stream().map(TargetJson::new).toList();
    }
}
