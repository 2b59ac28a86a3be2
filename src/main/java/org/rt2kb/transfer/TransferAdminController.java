package org.rt2kb.transfer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.curation.PublishedChanges;
import org.rt2kb.transfer.ImportJobs.Job;
import org.rt2kb.transfer.ImportJobs.State;
import org.rt2kb.transfer.ImportPlanner.Action;
import org.rt2kb.transfer.ImportPlanner.Outcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import and export page ({@code /admin/transfer}, for all staff) and the import (administrators: the security
 * rules keep {@code /admin/import} for them): upload, dry run, confirmation, progress and result.
 */
@Controller
class TransferAdminController {

    static final String HUB = "admin/transfer/hub";
    private static final String PREVIEW = "admin/transfer/preview";
    private static final String JOB = "admin/transfer/job";
    /** The dry run lists at most this many rows; the counts cover them all. */
    private static final int SHOWN_ROWS = 500;

    private final ImportJobs jobs;
    private final MessageSource messages;

    TransferAdminController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/admin/transfer")
    String hub() {
        return HUB;
    }

    /** Reads and checks the upload (the dry run), writes nothing, and shows what the import would do. */
    @PostMapping("/admin/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal user,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Job job;
        try {
            if (file == null || file.isEmpty()) {
                throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.empty");
            }
            if (file.getSize() > UploadReader.MAX_BYTES) {
                throw new UploadException(
                        HttpStatus.CONTENT_TOO_LARGE, "transfer.error.too-large", UploadReader.MAX_BYTES >> 20);
            }
            job = jobs.prepare(user.getName(), file.getOriginalFilename(), file.getBytes());
        } catch (UploadException e) {
            model.addAttribute("uploadError", messages.getMessage(e.code(), e.arguments(), locale));
            response.setStatus(e.status().value());
            return HUB;
        }
        describe(job, model, locale);
        if (job.state() == State.INVALID) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return PREVIEW;
    }

    /** Confirms a dry run; published practices the import changes go to review unless the administrator chose. */
    @PostMapping("/admin/import/{id}")
    String start(
            @PathVariable String id,
            @RequestParam(name = "published", defaultValue = "REVIEW") PublishedChanges published,
            Principal user) {
        Job job = job(id, user);
        if (!jobs.start(job, published)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return "redirect:/admin/import/" + id;
    }

    /** The progress of a running import, or its result. */
    @GetMapping("/admin/import/{id}")
    String show(@PathVariable String id, Principal user, Model model, Locale locale, HttpServletResponse response) {
        Job job = jobs.withDryRun(job(id, user));
        describe(job, model, locale);
        if (job.state() == State.READY || job.state() == State.INVALID) {
            return PREVIEW;
        }
        if (job.state() == State.FAILED) {
            response.setStatus(
                    job.rejected() || !job.seedProblems().isEmpty()
                            ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                            : HttpStatus.CONFLICT.value());
        }
        return JOB;
    }

    /** Polled by the progress page. */
    @GetMapping("/admin/import/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable String id, Principal user) {
        Job job = job(id, user);
        return Map.of(
                "state", job.state().code(), "done", job.done(), "total", job.total(), "finished", job.finished());
    }

    private Job job(String id, Principal user) {
        return jobs.find(id, user.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A row of the dry run as shown: its problems worded in the reader's language. */
    record RowView(int line, String slug, String action, List<String> problems) {}

    private void describe(Job job, Model model, Locale locale) {
        model.addAttribute("job", job);
        if (job.plan() != null) {
            List<Outcome> outcomes = job.plan().outcomes();
            List<Outcome> shown = job.plan().valid()
                    ? outcomes
                    : outcomes.stream()
                            .filter(o -> o.action() == Action.INVALID)
                            .toList();
            model.addAttribute(
                    "rows",
                    shown.stream().limit(SHOWN_ROWS).map(o -> view(o, locale)).toList());
            model.addAttribute("hiddenRows", Math.max(0, shown.size() - SHOWN_ROWS));
            Map<Action, Long> counts = job.plan().counts();
            model.addAttribute("counts", counts);
            model.addAttribute("publishedChanges", job.plan().publishedChanges());
            model.addAttribute("publishedChoices", PublishedChanges.values());
        }
        if (job.failure() != null) {
            model.addAttribute("failure", messages.getMessage(job.failure(), null, locale));
        }
    }

    private RowView view(Outcome outcome, Locale locale) {
        List<String> problems = outcome.problems().stream()
                .map(p -> (p.column() == null ? "" : p.column() + ": ") + messages.getMessage(p.message(), locale))
                .toList();
        String action = outcome.changesPublished()
                ? "update-published"
                : outcome.action().code();
        return new RowView(outcome.line(), outcome.slug(), action, problems);
    }
}
