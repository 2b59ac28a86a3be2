package org.rt2kb.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 spoken over a plain socket, so that a test can send what no well-behaved client would (bad escapes, bytes
 * that are not UTF-8, broken headers) and see exactly what came back, including whether the answer was cut off.
 * Every request is sent with {@code Connection: close}, so an answer ends when the server closes the connection.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;

    private RawHttp() {}

    /** A request as bytes: the request line and headers, without the final empty line, and a body. */
    public record Request(String head, byte[] body) {

        /** The request in short: each line of its head cut at 120 characters, and the size of its body. */
        public String describe() {
            return head.lines()
                            .map(line -> line.length() > 120 ? line.substring(0, 120) + "…" : line)
                            .collect(Collectors.joining(" | "))
                    + " (" + body.length + " bytes)";
        }
    }

    /**
     * What came back. {@code complete} says whether the body is whole: as long as its {@code Content-Length}, or
     * ended by the last chunk; without either, whatever came before the connection closed.
     */
    public record Response(int status, Map<String, String> headers, String body, boolean complete) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A plain GET, with a session cookie when one is given. */
    public static Request get(String path, String session, String... headers) {
        return new Request(head("GET", path, session, headers), new byte[0]);
    }

    /** A POST of {@code body} as {@code type}, with a session cookie when one is given. */
    public static Request post(String path, String session, String type, byte[] body, String... headers) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type: " + type;
        all[headers.length + 1] = "Content-Length: " + body.length;
        return new Request(head("POST", path, session, all), body);
    }

    private static String head(String method, String path, String session, String... headers) {
        StringBuilder head =
                new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close");
        if (session != null) {
            head.append("\r\nCookie: kb-session=").append(session);
        }
        for (String header : headers) {
            head.append("\r\n").append(header);
        }
        return head.toString();
    }

    public static Response send(int port, Request request) throws IOException {
        boolean bodiless = request.head().startsWith("HEAD ");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.head().getBytes(StandardCharsets.ISO_8859_1));
                out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.write(request.body());
                out.flush();
            } catch (IOException refusedBeforeTheEnd) {
                // The server may answer (413, 400) and close before the whole body is sent; read what it said.
            }
            return read(socket.getInputStream(), bodiless);
        }
    }

    private static Response read(InputStream in, boolean bodiless) throws IOException {
        byte[] bytes = readAll(in);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0 || !text.startsWith("HTTP/1.1 ")) {
            return new Response(-1, Map.of(), text, false);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] raw = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (bodiless || status == 204 || status == 304) {
            return new Response(status, headers, "", raw.length == 0);
        }
        String length = headers.get("content-length");
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return dechunked(status, headers, raw);
        }
        if (length != null) {
            int expected = Integer.parseInt(length);
            return new Response(status, headers, utf8(raw, Math.min(raw.length, expected)), raw.length == expected);
        }
        return new Response(status, headers, utf8(raw, raw.length), true);
    }

    private static Response dechunked(int status, Map<String, String> headers, byte[] raw) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(raw, at);
            if (lineEnd < 0) {
                return new Response(status, headers, body.toString(StandardCharsets.UTF_8), false);
            }
            String sizeLine = new String(raw, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeLine, 16);
            } catch (NumberFormatException ex) {
                return new Response(status, headers, body.toString(StandardCharsets.UTF_8), false);
            }
            at = lineEnd + 2;
            if (size == 0) {
                return new Response(status, headers, body.toString(StandardCharsets.UTF_8), true);
            }
            if (at + size > raw.length) {
                body.write(raw, at, raw.length - at);
                return new Response(status, headers, body.toString(StandardCharsets.UTF_8), false);
            }
            body.write(raw, at, size);
            at += size + 2;
        }
    }

    private static int indexOf(byte[] raw, int from) {
        for (int i = from; i + 1 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(byte[] raw, int length) {
        return new String(raw, 0, length, StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try {
            for (int read; (read = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException | SocketException closedOrSilent) {
            // What arrived so far is the answer; the assertions say whether it was whole.
        }
        return bytes.toByteArray();
    }
}
