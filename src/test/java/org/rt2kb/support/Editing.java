package org.rt2kb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rt2kb.curation.Curation;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Drives the admin forms as editors do, through MockMvc with a CSRF token, and keeps track of the entries it creates
 * to remove them after each test the way an administrator would (archive, then purge): the index and the other tests'
 * counts are then as before. A test of a {@link CatalogueTest} registers it with
 * {@code @RegisterExtension final Editing editing = new Editing();}.
 */
public final class Editing implements BeforeEachCallback, AfterEachCallback {

    public static final RequestPostProcessor ANA = user("ana").roles("EDITOR");
    public static final RequestPostProcessor BRUNO = user("bruno").roles("EDITOR");
    public static final RequestPostProcessor ADA = user("ada").roles("ADMIN");

    private final List<Long> created = new ArrayList<>();
    private MockMvcTester mvc;
    private Curation curation;

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        mvc = application.getBean(MockMvcTester.class);
        curation = application.getBean(Curation.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        purgeCreated();
    }

    /** Posts a form in English as the editor. */
    public MvcTestResult post(String uri, Map<String, String> fields, RequestPostProcessor editor) {
        return mvc.post()
                .uri(uri)
                .params(params(fields))
                .header("Accept-Language", "en")
                .with(editor)
                .with(csrf())
                .exchange();
    }

    public MvcTestResult post(String uri, Map<String, String> fields) {
        return post(uri, fields, ANA);
    }

    /** Creates an entry through its form and returns its id. */
    public long create(String uri, Map<String, String> form) {
        MvcTestResult result = post(uri, form);
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        created.add(id);
        return id;
    }

    public long createPublished(String uri, Map<String, String> form) {
        long id = create(uri, form);
        move(id, "PUBLISHED");
        return id;
    }

    /** Moves an entry along the workflow with the panel's button. */
    public void move(long id, String to) {
        assertThat(post("/admin/entries/" + id + "/status", Map.of("version", version(id), "to", to)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(curation.entry(id).getStatus().name()).isEqualTo(to);
    }

    public String version(long id) {
        return String.valueOf(curation.entry(id).getVersion());
    }

    /** The entry will have been purged by the test itself. */
    public void forget(long id) {
        created.remove(Long.valueOf(id));
    }

    private void purgeCreated() {
        created.forEach(id -> purge(curation, id));
        created.clear();
    }

    /** Removes an entry the way an administrator would: archived first, then purged. */
    public static void purge(Curation curation, long id) {
        Entry entry = curation.entry(id);
        if (entry.getStatus() != EntryStatus.ARCHIVED) {
            entry = curation.move(id, entry.getVersion(), EntryStatus.ARCHIVED, "test");
        }
        curation.purge(id, entry.getVersion(), "test");
    }

    /** The fields of a valid practice form. */
    public static Map<String, String> practice(String slug, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", slug);
        form.put("titleEn", title);
        form.put("descriptionEn", "A practice written for the curation tests.");
        form.put("countries", "FI");
        form.put("scope", "NATIONAL");
        form.put("actorType", "GOVERNMENT");
        form.put("themes", "health");
        form.put("version", "0");
        return form;
    }

    /** The fields of a valid instrument form. */
    public static Map<String, String> instrument(String slug, String code, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", slug);
        form.put("code", code);
        form.put("titleEn", title);
        form.put("instrumentType", "ILO_CONVENTION");
        form.put("body", "ILO");
        form.put("binding", "true");
        form.put("year", "2024");
        form.put("version", "0");
        return form;
    }

    public static MultiValueMap<String, String> params(Map<String, String> fields) {
        var params = new LinkedMultiValueMap<String, String>();
        fields.forEach(params::add);
        return params;
    }
}
