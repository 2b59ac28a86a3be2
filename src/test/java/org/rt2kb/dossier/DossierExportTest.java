package org.rt2kb.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every export of a dossier, read back with the library its readers use. */
@CatalogueTest
class DossierExportTest {

    /** A Convention, a covenant in the Treaty Series, a practice, a section and an objective, with a note. */
    private static final String DOSSIER = "items=instrument:c189,instrument:iccpr,"
            + "practice:finland-healthcare-undocumented-migrants,theme:labour-rights,objective:6"
            + "&group=type&note.instrument:c189=Art.%209%20%C3%A0%20citer";

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldWriteAWordDocumentWithWordsHeadingsAndFrenchCitations() throws Exception {
        byte[] docx = download("docx", "fr", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(styled(word, "Title")).containsExactly("Dossier tiré de la Base de connaissances TR2");
            assertThat(styled(word, "Heading1"))
                    .containsExactly("Instruments", "Pratiques", "Sections du document", "Objectifs du PMM");
            assertThat(styled(word, "Heading2"))
                    .contains(
                            "C189 · Convention (n° 189) sur les travailleuses et" + " travailleurs domestiques, 2011");
            assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(styled(word, "Citation"))
                    .contains("OIT, Convention (n° 189) sur les travailleuses et travailleurs domestiques, 2011"
                            + " (Genève, 16 juin 2011), 100e session de la Conférence internationale du Travail;"
                            + " entrée en vigueur le 5 septembre 2013.");
            String text = String.join(
                    "\n",
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text)
                    .contains("Établi le ", "/dossier?items=instrument:c189,instrument:iccpr,")
                    .contains("http://localhost/practices/finland-healthcare-undocumented-migrants")
                    .contains("Pays : Finlande", "traduction non officielle", "Art. 9 à citer")
                    .contains("CC BY 4.0");
            assertThat(word.getParagraphs().stream()
                            .filter(p -> "Citation".equals(p.getStyle()))
                            .flatMap(p -> p.getRuns().stream())
                            .map(run -> run.getLang()))
                    .containsOnly("fr-FR");
        }
    }

    @Test
    void shouldWriteASpanishExportInSpanishAndTagItsEnglishCitationsAsEnglish() throws Exception {
        byte[] docx = download("docx", "es", null);

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(styled(word, "Heading1"))
                    .containsExactly("Instrumentos", "Prácticas", "Secciones del documento", "Objetivos del PMM");
            var c189 = word.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle()) && p.getText().startsWith("C189"))
                    .findFirst()
                    .orElseThrow();
            assertThat(c189.getText()).contains("Convenio sobre las trabajadoras y los trabajadores domésticos");
            assertThat(c189.getRuns().get(0).getLang()).isEqualTo("es-ES");
            // The formal citation has no Spanish form yet (body names, sessions): it is written in English, tagged so.
            assertThat(word.getParagraphs().stream()
                            .filter(p -> "Citation".equals(p.getStyle())
                                    && p.getText().startsWith("ILO Domestic Workers Convention"))
                            .flatMap(p -> p.getRuns().stream())
                            .map(run -> run.getLang()))
                    .isNotEmpty()
                    .containsOnly("en-GB");
        }
    }

    @Test
    void shouldPutEnglishAndFrenchSideBySideInWord() throws Exception {
        byte[] docx = download("docx", "en-fr", null);

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(word.getTables()).hasSize(5);
            var c189 = word.getTables().get(0).getRow(0);
            assertThat(c189.getCell(0).getText()).contains("ILO Domestic Workers Convention, 2011 (No. 189) (Geneva");
            assertThat(c189.getCell(1).getText()).contains("OIT, Convention (n° 189)", "(Genève");
        }
    }

    @Test
    void shouldPrintAPdfWithItsFontsEmbeddedSoThatAccentsPrint() throws Exception {
        byte[] pdf = download("pdf", "fr", "application/pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Dossier tiré de la Base de connaissances TR2")
                    .contains("Convention (n° 189) sur les travailleuses et travailleurs domestiques")
                    .contains("Genève", "entrée en vigueur le 5 septembre 2013", "Établi le", "Art. 9 à citer");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSerif");
            }
        }
        assertThat(mvc.get()
                        .uri(URI.create("/dossier/print?lang=fr&" + DOSSIER))
                        .exchange())
                .hasStatus(HttpStatus.OK)
                .bodyText()
                .contains("Convention (n° 189) sur les travailleuses");
    }

    @Test
    void shouldCiteInRisAsZoteroAndEndNoteReadIt() throws Exception {
        String ris = new String(download("ris", "en", "application/x-research-info-systems"), StandardCharsets.UTF_8);

        List<RISReference> references =
                new RISParser().parse(new StringReader(ris)).getReferences();
        assertThat(references).hasSize(5);
        RISReference covenant = references.get(1);
        assertThat(covenant.getType()).isEqualTo(RISType.STAT);
        assertThat(covenant.getTitle()).isEqualTo("International Covenant on Civil and Political Rights");
        assertThat(covenant.getVolume()).isEqualTo("999");
        assertThat(covenant.getStartPage()).isEqualTo("171");
        assertThat(covenant.getDate()).isEqualTo("1966/12/16");
        assertThat(covenant.getPlace()).isEqualTo("New York");
        assertThat(references.get(0).getNotes()[0]).endsWith("Art. 9 à citer");
        assertThat(references.get(2).getType()).isEqualTo(RISType.ELEC);
        assertThat(references.get(2).getNotes()[0]).contains("unofficial translation");
        assertThat(ris).contains("DB  - RT2 Knowledge Base\r\n", "Y2  - ");
    }

    @Test
    void shouldCiteInCslJsonAsCitationProcessorsReadIt() throws Exception {
        String json =
                new String(download("csl", "fr", "application/vnd.citationstyles.csl+json"), StandardCharsets.UTF_8);

        List<Map<String, Object>> items = JsonMapper.builder().build().readValue(json, new TypeReference<>() {});
        List<CSLItemData> cited = items.stream().map(CSLItemData::fromJson).toList();
        assertThat(cited).hasSize(5);
        assertThat(cited.get(1).getType()).isEqualTo(CSLType.TREATY);
        assertThat(cited.get(1).getTitle()).isEqualTo("Pacte international relatif aux droits civils et politiques");
        assertThat(cited.get(1).getVolume()).isEqualTo("999");
        assertThat(cited.get(1).getIssued().getDateParts()).isEqualTo(new int[][] {{1966, 12, 16}});
        assertThat(cited.get(0).getURL()).isEqualTo("http://localhost/instruments/c189");
    }

    @Test
    void shouldCiteInBibTexAsBibliographiesReadIt() throws Exception {
        byte[] bib = download("bib", "en", "application/x-bibtex");

        BibTeXDatabase database = new BibTeXConverter().loadDatabase(new ByteArrayInputStream(bib));
        assertThat(database.getEntries()).hasSize(5);
        assertThat(new String(bib, StandardCharsets.UTF_8))
                .startsWith("@comment{Made on ")
                .contains("CC BY 4.0");
        BibTeXEntry convention = database.getEntries().get(new Key("instrument_c189"));
        assertThat(convention.getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo("Domestic Workers Convention, 2011 (No. 189)");
        assertThat(convention.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{ILO}");
        assertThat(convention.getField(BibTeXEntry.KEY_URL).toUserString())
                .isEqualTo("http://localhost/instruments/c189");
    }

    @Test
    void shouldWriteCsvAndJsonWithTheUnofficialTranslationsFlagged() throws Exception {
        String csv = new String(download("csv", "en-fr", "text/csv"), StandardCharsets.UTF_8);

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(rows).hasSize(5);
        CSVRecord practice = rows.get(2);
        assertThat(practice.get("key")).isEqualTo("finland-healthcare-undocumented-migrants");
        assertThat(practice.get("title_fr_unofficial")).isEqualTo("true");
        assertThat(rows.get(0).get("citation_fr")).startsWith("OIT, Convention (n° 189)");
        assertThat(rows.get(0).get("note")).isEqualTo("Art. 9 à citer");
        assertThat(rows.get(0).get("exported_from")).isEqualTo("http://localhost/dossier");

        String json = new String(download("json", "en", "application/json"), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"exportedFrom\" : \"http://localhost/dossier\"")
                .contains("\"address\" : \"http://localhost/dossier?items=instrument:c189,")
                .contains("\"licence\" : \"https://creativecommons.org/licenses/by/4.0/\"");
    }

    @Test
    void shouldExportAFilteredListOrASearchAsItStands() throws Exception {
        byte[] docx = fetch("/export/practices.docx?theme=health&lang=en");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String listed = Pages.page(mvc, "/practices?theme=health")
                    .select("h2.result-count")
                    .text();
            assertThat(styled(word, "Heading2").size() + " practices").isEqualTo(listed);
            assertThat(String.join("\n", styled(word, "Small")))
                    .contains("from http://localhost/practices?theme=health");
        }

        String ris = new String(fetch("/export/instruments.ris?type=ilo-convention"), StandardCharsets.UTF_8);
        List<RISReference> conventions =
                new RISParser().parse(new StringReader(ris)).getReferences();
        assertThat(conventions)
                .hasSize(19)
                .allSatisfy(c -> assertThat(c.getType()).isEqualTo(RISType.STAT));

        String bib = new String(fetch("/export/search.bib?q=domestic+workers&type=instrument"), StandardCharsets.UTF_8);
        BibTeXDatabase found =
                new BibTeXConverter().loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8)));
        assertThat(found.getEntries()).containsKey(new Key("instrument_c189"));
        assertThat(found.getEntries().keySet())
                .allSatisfy(key -> assertThat(key.getValue()).startsWith("instrument_"));

        assertThat(Pages.page(mvc, "/practices?theme=health")
                        .select("p.download a")
                        .eachAttr("href"))
                .containsExactly(
                        "/export/practices.csv?theme=health",
                        "/export/practices.docx?theme=health",
                        "/export/practices.pdf?theme=health",
                        "/export/practices.ris?theme=health",
                        "/export/practices.bib?theme=health");
    }

    @Test
    void shouldRefuseAnUnknownFormatOrLanguage() {
        assertThat(mvc.get()
                        .uri(URI.create("/dossier/export?format=odt&" + DOSSIER))
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get()
                        .uri(URI.create("/dossier/export?format=pdf&lang=de&" + DOSSIER))
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    private byte[] download(String format, String language, String type) {
        MvcTestResult result = mvc.get()
                .uri(URI.create("/dossier/export?format=" + format + "&lang=" + language + "&" + DOSSIER))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        if (type != null) {
            assertThat(result.getResponse().getContentType()).startsWith(type);
        }
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"dossier-");
        return result.getResponse().getContentAsByteArray();
    }

    private byte[] fetch(String uri) {
        MvcTestResult result = mvc.get().uri(URI.create(uri)).exchange();
        assertThat(result).as(uri).hasStatus(HttpStatus.OK);
        return result.getResponse().getContentAsByteArray();
    }

    private static List<String> styled(XWPFDocument word, String style) {
        return word.getParagraphs().stream()
                .filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }
}
