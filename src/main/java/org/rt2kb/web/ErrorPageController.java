package org.rt2kb.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet container's error page, for what failed outside a controller: an unknown address, a method a route does
 * not take, a request the container or a filter refused, a database out of reach. Addresses under {@code /api/} get
 * a problem document, the rest the error page, both in the reader's language. Asked for directly, {@code /error} is
 * just an address with nothing at it.
 */
@Controller
@RequestMapping("/error")
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ErrorResponses responses;
    private final ErrorStatus errorStatus;

    ErrorPageController(ErrorResponses responses, ErrorStatus errorStatus) {
        this.responses = responses;
        this.errorStatus = errorStatus;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        HttpStatusCode status = status(request);
        String address = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setStatus(status.value());
        // Whoever answered 503 may have said when to come back (a burst passes sooner than an outage).
        if (ErrorKind.isUnavailable(status) && !response.containsHeader(HttpHeaders.RETRY_AFTER)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, ErrorKind.RETRY_AFTER_SECONDS);
        }
        if (address != null && address.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = status.value() == HttpStatus.NOT_FOUND.value()
                    ? responses.problem(status, locale, "error.notFound.address", address)
                    : responses.problem(status, locale);
            writeProblem(problem, address, response);
            return null; // answered
        }
        return ErrorResponses.page(status);
    }

    private HttpStatusCode status(HttpServletRequest request) {
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure == null) {
            return HttpStatusCode.valueOf(code);
        }
        HttpStatusCode status = errorStatus.of(failure);
        ErrorStatus.log(log, status, request, failure);
        return status;
    }

    private static void writeProblem(ProblemDetail problem, String address, HttpServletResponse response)
            throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        if (problem.getType() != null) {
            document.put("type", problem.getType().toString());
        }
        document.put("title", problem.getTitle());
        document.put("status", problem.getStatus());
        document.put("detail", problem.getDetail());
        document.put("instance", address);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE); // JSON is UTF-8, as the mapper writes it
        JSON.writeValue(response.getOutputStream(), document);
    }
}
