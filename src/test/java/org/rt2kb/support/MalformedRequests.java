package org.rt2kb.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates requests a client should not send, from a seed: bad escapes, bytes that are not UTF-8, control characters,
 * empty or odd parameter names, spoilt cookies and headers, multipart bodies without a boundary, bodies over the
 * limits, unexpected methods. Each starts from a real route of the application and spoils one to three things.
 */
public final class MalformedRequests {

    /** A route to start from: a path with its variables filled in, and a method it takes. */
    public record Route(String method, String path) {}

    private static final List<String> METHODS =
            List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW");
    private static final List<String> PARAMETER_NAMES = List.of(
            "page",
            "size",
            "sort",
            "q",
            "lang",
            "from",
            "to",
            "theme",
            "group",
            "country",
            "region",
            "type",
            "body",
            "view",
            "status",
            "version",
            "_csrf",
            "target",
            "relation",
            "username",
            "password",
            "title",
            "titleEn",
            "titleFr",
            "slug",
            "year",
            "file",
            "items");
    private static final List<String> BAD_ESCAPES = List.of(
            "%",
            "%g0",
            "%f",
            "%ff",
            "%ff%fe",
            "%c0%af",
            "%00",
            "%e2%80",
            "%ed%a0%80",
            "%0a",
            "%0d%0a",
            "%1b",
            "%7f",
            "%25%",
            "%%",
            "%u0041",
            "%C3%28",
            "%F4%90%80%80");
    private static final List<String> ODD_VALUES = List.of(
            "",
            "-1",
            "0",
            "99999999999999999999",
            "1e9",
            "NaN",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "../../etc/passwd",
            "\u202e",
            "%20",
            "null",
            "[]",
            "{}",
            "true",
            "x".repeat(300),
            "ça-été",
            "日本語",
            "🙂");

    private final List<Route> routes;
    private final String sessionCookie;
    private final String csrfToken;
    private final Random random;
    private final List<Supplier<String>> spoilers = List.of(
            this::badEscapeInQuery, this::oddParameterName, this::oddValue, this::manyParameters, this::longValue);

    /**
     * @param sessionCookie a signed-in session's cookie value, or null to stay anonymous
     * @param csrfToken that session's token, sent with some forms so that they reach their controllers
     */
    public MalformedRequests(List<Route> routes, String sessionCookie, String csrfToken, long seed) {
        this.routes = List.copyOf(routes);
        this.sessionCookie = sessionCookie;
        this.csrfToken = csrfToken;
        this.random = new Random(seed);
    }

    public RawHttp.Request next() {
        Route route = pick(routes);
        String method = chance(10) ? pick(METHODS) : route.method();
        String path = route.path();
        StringBuilder query = new StringBuilder();
        List<String> headers = new ArrayList<>();
        byte[] body = new byte[0];
        int spoilt = 1 + random.nextInt(3);
        for (int i = 0; i < spoilt; i++) {
            switch (random.nextInt(5)) {
                case 0, 1 -> append(query, pick(spoilers).get());
                case 2 -> path = path + oddPath();
                case 3 -> headers.add(oddHeader());
                default -> {
                    Body odd = oddBody();
                    headers.add("Content-Type: " + odd.type());
                    body = odd.bytes();
                }
            }
        }
        if (sessionCookie != null && !headers.stream().anyMatch(h -> h.startsWith("Cookie:"))) {
            headers.add("Cookie: kb-session=" + sessionCookie);
        }
        if (csrfToken != null && !method.equals("GET") && chance(2)) {
            headers.add("X-CSRF-TOKEN: " + csrfToken);
        }
        StringBuilder head = new StringBuilder();
        head.append(method)
                .append(' ')
                .append(path)
                .append(query.isEmpty() ? "" : "?" + query)
                .append(" HTTP/1.1");
        head.append("\r\nHost: localhost\r\nConnection: close");
        headers.forEach(h -> head.append("\r\n").append(h));
        if (body.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            head.append("\r\nContent-Length: ").append(body.length);
        }
        return new RawHttp.Request(head.toString(), body);
    }

    private String badEscapeInQuery() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(PARAMETER_NAMES) + "=" + pick(BAD_ESCAPES);
            case 1 -> pick(BAD_ESCAPES) + "=" + pick(ODD_VALUES).replace(" ", "+");
            default -> pick(PARAMETER_NAMES) + "=a" + pick(BAD_ESCAPES) + "b";
        };
    }

    private String oddParameterName() {
        return pick(List.of(
                "=x",
                "=",
                "&&",
                "&=&",
                "a%20b=1",
                "a%0ab=1",
                "a%09b=1",
                "%00=1",
                "a[b]=1",
                "a.b=1",
                "page",
                "q=1=2",
                ";=;",
                "%3D=%3D",
                "%26=%26",
                "lang=%ff",
                "_csrf=",
                "x%20"));
    }

    private String oddValue() {
        String value = pick(ODD_VALUES);
        return pick(PARAMETER_NAMES) + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String manyParameters() {
        StringBuilder many = new StringBuilder();
        int count = pick(List.of(50, 500, 1500));
        for (int i = 0; i < count; i++) {
            append(many, "p" + i + "=" + i);
        }
        return many.toString();
    }

    private String longValue() {
        return pick(PARAMETER_NAMES) + "=" + "a".repeat(pick(List.of(2_000, 6_000, 7_500)));
    }

    private String oddPath() {
        return pick(List.of(
                "/",
                "//",
                "/.",
                "/..",
                "/%2e%2e",
                "/%2f",
                "/%5c",
                "/%00",
                "/%ff",
                "/%g0",
                ";jsessionid=x",
                ";a=b",
                "/x;y",
                ".json",
                "/%e2%80%ae",
                "/" + "s".repeat(3_000),
                "/%20",
                "/~",
                "/%C3%A9"));
    }

    private String oddHeader() {
        return pick(List.of(
                "Cookie: kb-lang=\"fr\"",
                "Cookie: kb-lang=%ff",
                "Cookie: kb-lang=de",
                "Cookie: kb-lang=",
                "Cookie: kb-session=garbage",
                "Cookie: ;;=;",
                "Cookie: kb-lang=fr; kb-lang=en; =",
                "Cookie: x=" + "c".repeat(5_000),
                "Accept-Language: *;q=x",
                "Accept-Language: fr-FR;q=0.9,,,;q=",
                "Accept-Language: zz-ZZ",
                "Accept-Language: " + "fr,".repeat(500),
                "Accept: application/x-nonsense",
                "Accept: */*;q=abc",
                "Accept: text/html;q=0, application/json;q=0",
                "Accept: application/json",
                "If-None-Match: \"garbage",
                "If-Modified-Since: yesterday",
                "Range: bytes=9-1",
                "X-Forwarded-For: ::::",
                "X-Forwarded-Proto: gopher",
                "Referer: %01",
                "Content-Type: multipart/form-data",
                "Content-Type: text/plain; charset=klingon",
                "Content-Type: application/x-www-form-urlencoded; charset=ebcdic",
                "Origin: null",
                "X-HTTP-Method-Override: DELETE",
                "User-Agent: " + "u".repeat(4_000)));
    }

    private record Body(String type, byte[] bytes) {}

    private Body oddBody() {
        return switch (random.nextInt(8)) {
            case 0 -> new Body("multipart/form-data", "--x\r\nContent-Disposition: form-data\r\n\r\nv".getBytes());
            case 1 -> new Body("multipart/form-data; boundary=b", "garbage with no parts".getBytes());
            case 2 ->
                new Body(
                        "multipart/form-data; boundary=b",
                        ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                                        + "Content-Type: text/csv\r\n\r\n" + "a,b\r\n\u0000\u00ff".repeat(10))
                                .getBytes(StandardCharsets.ISO_8859_1));
            case 3 ->
                new Body(
                        "application/x-www-form-urlencoded",
                        (pick(PARAMETER_NAMES) + "=" + pick(BAD_ESCAPES) + "&=x&" + oddValue()).getBytes());
            case 4 -> new Body("application/x-www-form-urlencoded", ("q=" + "z".repeat(2_200_000)).getBytes());
            case 5 -> new Body("application/json", "{\"title\": [1, 2".getBytes());
            case 6 -> new Body("application/octet-stream", randomBytes(2_000));
            default -> new Body("application/x-www-form-urlencoded", randomBytes(500));
        };
    }

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void append(StringBuilder query, String part) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(part);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
