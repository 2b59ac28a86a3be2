package org.rt2kb.practice;

import static org.rt2kb.thesaurus.Thesaurus.normalize;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rt2kb.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Reads the countries a person types in the suggestion form: by name in any of the site's languages, with or without
 * accents, or by ISO code ("Maroc, Spain, EC").
 */
@Component
class CountryNames {

    private static final Pattern ITEMS = Pattern.compile("[,;\\n]+");

    private final ReferenceData reference;

    CountryNames(ReferenceData reference) {
        this.reference = reference;
    }

    /** The countries read, as ISO codes in the order typed, and the items that name no country, as typed. */
    record Read(List<String> codes, List<String> unknown) {}

    Read read(String typed) {
        Map<String, String> codesByName = new HashMap<>();
        reference.countryPlaces().forEach((code, place) -> {
            codesByName.put(normalize(code), code);
            place.name().texts().values().forEach(name -> codesByName.put(normalize(name), code));
        });
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String item : typed == null ? new String[0] : ITEMS.split(typed)) {
            String name = normalize(item);
            if (name.isEmpty()) {
                continue;
            }
            String code = codesByName.get(name);
            List<String> words = List.of(name.split(" "));
            if (code != null) {
                codes.add(code);
            } else if (words.stream().allMatch(w -> w.length() == 2 && codesByName.containsKey(w))) {
                words.forEach(w -> codes.add(codesByName.get(w))); // codes separated by spaces: "EC PE"
            } else {
                unknown.add(item.strip());
            }
        }
        return new Read(List.copyOf(codes), unknown);
    }

    /** Every country's name in the reader's language, in its alphabetical order, to offer as one types. */
    List<String> names(Locale locale) {
        return reference.countryPlaces().values().stream()
                .map(place -> place.name().text(locale))
                .sorted(Collator.getInstance(locale))
                .toList();
    }
}
