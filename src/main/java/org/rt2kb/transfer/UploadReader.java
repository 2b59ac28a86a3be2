package org.rt2kb.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rt2kb.practice.ActorType;
import org.rt2kb.practice.PracticeForm;
import org.rt2kb.practice.PracticeScope;
import org.rt2kb.shared.Coded;
import org.rt2kb.transfer.Upload.Problem;
import org.rt2kb.transfer.Upload.Row;
import org.rt2kb.transfer.seed.SeedFiles;
import org.rt2kb.transfer.seed.SeedFiles.PracticeSeed;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded file: a practices CSV (the columns of the export), the {@code practices.json} of an export, or
 * the zip of a whole export. Anything else, or a file that cannot be read, is refused with a reason
 * ({@link UploadException}); a row whose cells do not convert (a word where a year belongs) keeps the problem.
 */
final class UploadReader {

    /** The largest file accepted, and the most a zip may hold once unpacked. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final long MAX_UNZIPPED = 100L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 100;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private UploadReader() {}

    /**
     * @param catalogueEmpty whether the catalogue holds no entry: a zip is then imported whole
     */
    static Upload read(String fileName, byte[] bytes, boolean catalogueEmpty) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        if (bytes.length == 0) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UploadException(HttpStatus.CONTENT_TOO_LARGE, "transfer.error.too-large", MAX_BYTES >> 20);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            Map<String, byte[]> files = unzip(bytes);
            if (catalogueEmpty) {
                return new Upload.Catalogue(name, files);
            }
            byte[] practices = files.get("practices.json");
            if (practices == null) {
                throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.zip-without-practices");
            }
            return json(name, practices);
        }
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new UploadException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "transfer.error.not-csv");
        }
        if (text.stripLeading().startsWith("{")) {
            return json(name, bytes);
        }
        return csv(name, text);
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith(CsvExport.BOM) ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.encoding");
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName().replace('\\', '/');
                if (path.startsWith("/") || path.contains("..") || files.size() >= MAX_ZIP_ENTRIES) {
                    throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.bad-zip");
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED - total + 1));
                total += content.length;
                if (total > MAX_UNZIPPED) {
                    throw new UploadException(
                            HttpStatus.CONTENT_TOO_LARGE, "transfer.error.too-large", MAX_UNZIPPED >> 20);
                }
                files.put(path, content);
            }
        } catch (ZipException e) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.bad-zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.bad-zip");
        }
        return files;
    }

    // --- JSON: the practices.json of an export -----------------------------------------------------------------

    private static Upload.Rows json(String name, byte[] bytes) {
        SeedFiles.PracticesFile file;
        try {
            file = JSON.readValue(bytes, SeedFiles.PracticesFile.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new UploadException(
                    HttpStatus.BAD_REQUEST, "transfer.error.bad-json", location == null ? 0 : location.getLineNr());
        }
        if (file == null || file.practices() == null) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.not-practices");
        }
        if (file.practices().isEmpty()) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.no-rows");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < file.practices().size(); i++) {
            PracticeSeed p = file.practices().get(i);
            List<Problem> problems = new ArrayList<>();
            PracticeScope scope = code(PracticeScope.class, p.scope(), "scope", problems);
            ActorType actorType = code(ActorType.class, p.actorType(), "actorType", problems);
            PracticeForm form = PracticeForm.builder()
                    .slug(p.slug())
                    .number(p.number())
                    .group(p.group())
                    .titleEn(p.titleEn())
                    .enUnofficial(p.enUnofficial())
                    .titleFr(p.titleFr())
                    .frUnofficial(p.frUnofficial())
                    .titleEs(p.titleEs())
                    .esUnofficial(p.esUnofficial())
                    .descriptionEn(p.descriptionEn())
                    .descriptionFr(p.descriptionFr())
                    .descriptionEs(p.descriptionEs())
                    .countries(p.countries() == null ? null : String.join(", ", p.countries()))
                    .actor(p.actor())
                    .region(p.region())
                    .scope(scope)
                    .actorType(actorType)
                    .startYear(p.startYear())
                    .endYear(p.endYear())
                    .startDate(p.startDate())
                    .endDate(p.endDate())
                    .statusNoteEn(p.statusNoteEn())
                    .statusNoteFr(p.statusNoteFr())
                    .statusNoteEs(p.statusNoteEs())
                    .links(p.links() == null ? null : String.join("\n", p.links()))
                    .themes(list(p.themes()))
                    .gcmObjectives(list(p.gcmObjectives()))
                    .gcmPrinciples(list(p.gcmPrinciples()))
                    .sdgTargets(list(p.sdgTargets()))
                    .version(0)
                    .build();
            rows.add(new Row(i + 1, p.slug(), form, problems));
        }
        return new Upload.Rows(name, rows);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    // --- CSV --------------------------------------------------------------------------------------------------

    private static Upload.Rows csv(String name, String text) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(String::strip).toList();
            List<String> missing = PracticeColumns.COLUMNS.stream()
                    .filter(c -> !header.contains(c))
                    .toList();
            if (header.size() <= 1 && missing.size() > 1) {
                throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.not-csv");
            }
            if (!missing.isEmpty()) {
                throw new UploadException(
                        HttpStatus.BAD_REQUEST, "transfer.error.missing-columns", String.join(", ", missing));
            }
            List<String> unknown = header.stream()
                    .filter(c -> !PracticeColumns.COLUMNS.contains(c) && !c.equals(PracticeColumns.STATUS))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new UploadException(
                        HttpStatus.BAD_REQUEST, "transfer.error.unknown-columns", String.join(", ", unknown));
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
            for (CSVRecord record : parser) {
                rows.add(row(record, index, header.size()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Unbalanced quotes, a duplicate or blank header name: not a CSV file this import can read.
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.not-csv");
        }
        if (rows.isEmpty()) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.no-rows");
        }
        return new Upload.Rows(name, rows);
    }

    private static Row row(CSVRecord record, Map<String, Integer> index, int columns) {
        int line = Math.toIntExact(record.getRecordNumber() + 1); // as a spreadsheet numbers it, the header being 1
        List<Problem> problems = new ArrayList<>();
        if (record.size() != columns) {
            problems.add(new Problem(null, "transfer.row.columns", record.size(), columns));
        }
        Cells cells = new Cells(record, index, problems);
        String slug = cells.text("slug");
        PracticeForm form = PracticeForm.builder()
                .slug(slug)
                .number(cells.number("number"))
                .group(cells.text("group"))
                .titleEn(cells.text("titleEn"))
                .enUnofficial(cells.bool("enUnofficial"))
                .titleFr(cells.text("titleFr"))
                .frUnofficial(cells.bool("frUnofficial"))
                .titleEs(cells.text("titleEs"))
                .esUnofficial(cells.bool("esUnofficial"))
                .descriptionEn(cells.text("descriptionEn"))
                .descriptionFr(cells.text("descriptionFr"))
                .descriptionEs(cells.text("descriptionEs"))
                .countries(String.join(", ", PracticeColumns.split(cells.text("countries"))))
                .actor(cells.text("actor"))
                .region(cells.text("region"))
                .scope(code(PracticeScope.class, cells.text("scope"), "scope", problems))
                .actorType(code(ActorType.class, cells.text("actorType"), "actorType", problems))
                .startYear(cells.number("startYear"))
                .endYear(cells.number("endYear"))
                .startDate(cells.date("startDate"))
                .endDate(cells.date("endDate"))
                .statusNoteEn(cells.text("statusNoteEn"))
                .statusNoteFr(cells.text("statusNoteFr"))
                .statusNoteEs(cells.text("statusNoteEs"))
                .links(String.join("\n", PracticeColumns.split(cells.text("links"))))
                .themes(cells.list("themes", Function.identity()))
                .gcmObjectives(cells.list("gcmObjectives", Integer::valueOf))
                .gcmPrinciples(cells.list("gcmPrinciples", Function.identity()))
                .sdgTargets(cells.list("sdgTargets", Function.identity()))
                .concepts(cells.list("concepts", Function.identity()))
                .version(0)
                .build();
        return new Row(line, slug, form, problems);
    }

    /** The cells of one CSV record, converted, with a problem for each that does not convert. */
    private record Cells(CSVRecord record, Map<String, Integer> index, List<Problem> problems) {

        String text(String column) {
            int at = index.get(column);
            if (at >= record.size()) {
                return null;
            }
            String value = record.get(at).strip();
            return value.isEmpty() ? null : value;
        }

        Integer number(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                problems.add(new Problem(column, "transfer.row.not-a-number", value));
                return null;
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(column, "transfer.row.not-a-date", value));
                return null;
            }
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    problems.add(new Problem(column, "transfer.row.not-a-boolean", value));
                    yield false;
                }
            };
        }

        <T> List<T> list(String column, Function<String, T> convert) {
            List<T> values = new ArrayList<>();
            for (String item : PracticeColumns.split(text(column))) {
                try {
                    values.add(convert.apply(item));
                } catch (NumberFormatException e) {
                    problems.add(new Problem(column, "transfer.row.not-a-number", item));
                }
            }
            return values;
        }
    }

    private static <E extends Enum<E> & Coded> E code(
            Class<E> type, String code, String column, List<Problem> problems) {
        if (code == null) {
            return null; // Bean Validation reports the missing value
        }
        var value = Coded.fromCode(type, code);
        if (value.isEmpty()) {
            problems.add(new Problem(column, "transfer.row.unknown-code", code, Coded.codesOf(type)));
        }
        return value.orElse(null);
    }
}
