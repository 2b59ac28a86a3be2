package org.rt2kb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.TestDatabase;
import org.rt2kb.transfer.TransferBench;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import of a large practices CSV: {@code kb.bench.rows} rows (default 10 000) made from the 34 seed practices
 * (each with a new slug, title and period, the rest kept: texts in both languages, countries, themes, tags, links),
 * checked (the dry run) then imported as drafts, with the time of each step. Run: {@code ./mvnw -B verify
 * -Djacoco.skip=true -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=ImportBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "kb.test.database=import-benchmark")
@ActiveProfiles("test")
@Import({TestDatabase.class, TransferBench.class})
class ImportBenchmark {

    @Autowired
    TransferBench transfer;

    @Test
    void importTenThousandRows() throws Exception {
        int rows = Integer.getInteger("kb.bench.rows", 10_000);
        byte[] csv = generate(rows);
        print("generated %d rows, %d KB", rows, csv.length / 1024);

        TransferBench.Timing timing = transfer.importCsv(csv, 300, TimeUnit.SECONDS);

        print("dry run (read + check every row): %d ms", timing.dryRunMillis());
        print("import (check again, save, history, reindex): %d ms", timing.importMillis());
        print("created %d practices; %d practices now in the catalogue", timing.created(), timing.practices());
        assertThat(timing.created()).isEqualTo(rows);
        assertThat(timing.dryRunMillis() + timing.importMillis()).isLessThan(30_000);
    }

    private byte[] generate(int count) throws Exception {
        String export = new String(transfer.publicPracticesCsv(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> seeds = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(export))
                .getRecords();
        List<String> header = seeds.get(0).getParser().getHeaderNames();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CSVRecord seed = seeds.get(i % seeds.size());
            List<String> row = new ArrayList<>(seed.toList());
            row.set(header.indexOf("slug"), "bench-" + i + "-" + seed.get("slug"));
            row.set(header.indexOf("number"), "");
            row.set(header.indexOf("titleEn"), seed.get("titleEn") + " (variant " + i + ")");
            row.set(header.indexOf("startYear"), String.valueOf(2000 + i % 25));
            row.set(header.indexOf("endYear"), "");
            row.set(header.indexOf("startDate"), "");
            row.set(header.indexOf("endDate"), "");
            rows.add(row);
        }
        return TransferBench.csv(header, rows);
    }

    private static void print(String format, Object... args) {
        System.out.println("[import-benchmark] " + String.format(format, args));
    }
}
