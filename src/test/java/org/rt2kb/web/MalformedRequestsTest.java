package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;
import org.rt2kb.support.MalformedRequests;
import org.rt2kb.support.MalformedRequests.Route;
import org.rt2kb.support.RawHttp;
import org.rt2kb.support.ServedSession;
import org.rt2kb.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A fuzz test of the served application: thousands of malformed requests, generated from a seed, over every route
 * Spring MVC maps and the few it does not (sign-in, sign-out, health, assets, unknown addresses), anonymous and
 * signed in as an administrator. None may get a 5xx, a stack trace or an answer cut off, nothing may be logged as an
 * error, and the application must still answer afterwards.
 *
 * <p>It runs on its own application and database, because a signed-in request with a valid token may change the
 * catalogue. {@code -Dkb.fuzz.seed=…} and {@code -Dkb.fuzz.requests=…} run it with another seed or size.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// A profile of its own gives it an application of its own.
@ActiveProfiles({"test", "fuzz"})
@Import(TestDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest {

    private static final long SEED = Long.getLong("kb.fuzz.seed", 20261129L);
    private static final int REQUESTS = Integer.getInteger("kb.fuzz.requests", 2000);
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (org|java|jakarta)\\.|Exception:|\\.java:\\d+");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Test
    void shouldAnswerEveryMalformedRequestWithoutAServerErrorAStackTraceOrACutOffPage(CapturedOutput log)
            throws IOException {
        List<Route> routes = routes();
        ServedSession admin = ServedSession.signIn(port, accounts, Role.ADMIN);
        MalformedRequests anonymous = new MalformedRequests(routes, null, null, SEED);
        MalformedRequests signedIn = new MalformedRequests(routes, admin.cookie(), admin.csrf(), SEED + 1);
        List<String> failures = new ArrayList<>();
        int logBefore = log.getOut().length();

        for (int i = 0; i < REQUESTS; i++) {
            RawHttp.Request request = (i % 2 == 0 ? anonymous : signedIn).next();
            RawHttp.Response response = RawHttp.send(port, request);
            String problem = problem(request, response);
            if (problem != null) {
                failures.add(problem + ": " + request.describe());
            }
        }

        assertThat(failures).as("seed %d, %d requests", SEED, REQUESTS).isEmpty();
        assertThat(RawHttp.send(port, RawHttp.get("/practices", null)).status()).isEqualTo(200);
        assertThat(log.getOut().substring(logBefore))
                .as("errors logged while fuzzing")
                .doesNotContain(" ERROR ");
    }

    private static String problem(RawHttp.Request request, RawHttp.Response response) {
        if (response.status() < 0) {
            return "no HTTP answer";
        }
        if (response.status() >= 500) {
            return "status " + response.status();
        }
        if (!response.complete()) {
            return "answer cut off";
        }
        if (STACK_TRACE.matcher(response.body()).find()) {
            return "stack trace in the answer";
        }
        String type = response.header("Content-Type");
        boolean page =
                type != null && type.startsWith("text/html") && !request.head().startsWith("HEAD ");
        if (page && !response.body().stripTrailing().endsWith("</html>")) {
            return "page cut off";
        }
        return null;
    }

    /** Every route Spring MVC maps, with a sample for each path variable, and the routes it does not map. */
    private List<Route> routes() {
        Set<String> unique = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    unique.add(method.name() + " " + sample(pattern));
                }
            }
        });
        unique.addAll(List.of(
                "GET /login",
                "POST /login",
                "POST /logout",
                "GET /actuator/health",
                "GET /actuator/health/readiness",
                "GET /actuator/info",
                "GET /error",
                "GET /assets/css/site.css",
                "GET /nowhere",
                "GET /"));
        assertThat(unique).hasSizeGreaterThan(60).contains("GET /practices", "POST /suggest", "POST /admin/import");
        return unique.stream()
                .map(line -> line.split(" ", 2))
                .map(parts -> new Route(parts[0], parts[1]))
                .toList();
    }

    private static String sample(String pattern) {
        return pattern.replace("{slug}", "iccpr")
                .replace("{code}", "FR")
                .replaceAll("\\{[a-zA-Z]*[iI]d}", "1")
                .replace("{number}", "1")
                .replaceAll("\\{[^}]*}", "x");
    }
}
