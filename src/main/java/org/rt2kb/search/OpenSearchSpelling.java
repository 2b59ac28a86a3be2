package org.rt2kb.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * {@link Spelling} from the shared OpenSearch indexes: counts of the documents holding a word, and OpenSearch's term
 * suggester for corrections. Runs inside the caller's read-only transaction.
 */
final class OpenSearchSpelling implements Spelling {

    private static final String SUGGESTION = "words";

    private final EntityManager em;

    OpenSearchSpelling(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> common(String query, double share) {
        SearchSession session = Search.session(em);
        long documents =
                session.search(SearchIndex.TYPES).where(f -> f.matchAll()).fetchTotalHitCount();
        Set<String> common = new LinkedHashSet<>();
        Matcher word = ANY_WORD.matcher(query);
        while (word.find()) {
            if (documentsWith(session, word.group()) > share * documents) {
                common.add(word.group());
            }
        }
        return common;
    }

    @Override
    public String suggest(String query) {
        Map<Integer, String> corrections = corrections(query);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        Matcher word = CHECKED_WORD.matcher(query);
        int from = 0;
        SearchSession session = Search.session(em);
        while (word.find()) {
            String replacement = corrections.get(word.start());
            // The suggester decides "not in the index" shard by shard: a word another index holds stays as it is.
            if (replacement != null && documentsWith(session, word.group()) == 0) {
                corrected.append(query, from, word.start()).append(replacement);
                from = word.end();
                changed = true;
            }
        }
        corrected.append(query.substring(from));
        return changed ? corrected.toString() : null;
    }

    /** The suggester's best word for each word of the query it holds unknown, by the word's offset in the query. */
    private Map<Integer, String> corrections(String query) {
        JsonObject term = new JsonObject();
        term.addProperty("field", EntryFields.WORDS);
        term.addProperty("suggest_mode", "missing");
        term.addProperty("size", 1);
        term.addProperty("max_edits", 2);
        term.addProperty("min_word_length", 4);
        JsonObject suggestion = new JsonObject();
        suggestion.addProperty("text", query);
        suggestion.add("term", term);
        JsonObject suggest = new JsonObject();
        suggest.add(SUGGESTION, suggestion);

        JsonObject response = Search.session(em)
                .search(SearchIndex.TYPES)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchNone())
                .requestTransformer(request -> request.body().add("suggest", suggest))
                .fetch(0)
                .responseBody();
        Map<Integer, String> corrections = new HashMap<>();
        JsonArray words = response.getAsJsonObject("suggest").getAsJsonArray(SUGGESTION);
        for (JsonElement element : words) {
            JsonObject word = element.getAsJsonObject();
            JsonArray options = word.getAsJsonArray("options");
            if (!options.isEmpty()) {
                corrections.put(
                        word.get("offset").getAsInt(),
                        options.get(0).getAsJsonObject().get("text").getAsString());
            }
        }
        return corrections;
    }

    private static long documentsWith(SearchSession session, String word) {
        return session.search(SearchIndex.TYPES)
                .where(f -> f.match().field(EntryFields.WORDS).matching(word))
                .fetchTotalHitCount();
    }
}
