package org.rt2kb.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.rt2kb.dossier.ItemSheets.Marked;
import org.rt2kb.dossier.ItemSheets.Sheet;
import org.springframework.stereotype.Component;

/**
 * The dossier as a Word document, the form drafters work in. It uses Word's own styles (Title, Heading 1 for the
 * groups, Heading 2 for the items), so the navigation pane and a table of contents see its outline; every run of
 * text carries its language, so Word checks the spelling of French as French. Side by side, each item is a table of
 * two columns, English on the left.
 */
@Component
class WordExport {

    private static final String TITLE = "Title";
    private static final String HEADING_1 = "Heading1";
    private static final String HEADING_2 = "Heading2";
    private static final String CITATION = "Citation";
    private static final String SMALL = "Small";
    /** Word's language of each text, for its spelling and hyphenation. */
    private static final Map<String, String> WORD_LANGUAGES = Map.of("en", "en-GB", "fr", "fr-FR", "es", "es-ES");

    private final ItemSheets sheets;

    WordExport(ItemSheets sheets) {
        this.sheets = sheets;
    }

    byte[] write(PrintView view) {
        Locale first = view.language().first();
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defineStyles(document.createStyles());
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(view.title());
            properties.setCreator(sheets.label("site.name", first));
            text(document.createParagraph(), TITLE, view.title(), first);
            for (String line : view.notices()) {
                text(document.createParagraph(), SMALL, line, first);
            }
            for (PrintView.PrintedGroup group : view.groups()) {
                if (group.heading() != null) {
                    text(document.createParagraph(), HEADING_1, group.heading(), first);
                }
                for (PrintView.PrintedItem item : group.items()) {
                    write(document, item, view);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(XWPFDocument document, PrintView.PrintedItem item, PrintView view) {
        Sheet heading = item.sheets().get(0);
        // The heading is the item's title, in the language it exists in.
        text(
                document.createParagraph(),
                HEADING_2,
                (heading.code() == null ? "" : heading.code() + " · ")
                        + heading.title().text(),
                Locale.forLanguageTag(heading.title().lang()));
        if (!view.language().sideBySide()) {
            body(document::createParagraph, heading);
            return;
        }
        XWPFTable table = document.createTable(1, item.sheets().size());
        table.setWidth("100%");
        for (int column = 0; column < item.sheets().size(); column++) {
            XWPFTableCell cell = table.getRow(0).getCell(column);
            Sheet sheet = item.sheets().get(column);
            marked(cell.getParagraphs().get(0), sheet.title(), locale(sheet), true);
            body(cell::addParagraph, sheet);
        }
        document.createParagraph();
    }

    /** Everything under an item's heading, in one language. */
    private void body(Supplier<XWPFParagraph> next, Sheet sheet) {
        Locale language = locale(sheet);
        text(next.get(), SMALL, sheet.kind(), language);
        if (sheet.citation() != null) {
            text(
                    next.get(),
                    CITATION,
                    sheet.citation().text(),
                    Locale.forLanguageTag(sheet.citation().lang()));
        }
        if (sheet.unconfirmed() != null) {
            text(next.get(), SMALL, sheet.unconfirmed(), language);
        }
        for (ItemSheets.Fact fact : sheet.facts()) {
            XWPFParagraph paragraph = next.get();
            XWPFRun label = run(paragraph, sheets.label("export.fact", language, fact.label()) + " ", language);
            label.setBold(true);
            run(paragraph, fact.value(), language);
        }
        if (sheet.text() != null) {
            marked(next.get(), sheet.text(), language, false);
        }
        if (sheet.caveat() != null) {
            text(next.get(), SMALL, sheet.caveat(), language);
        }
        if (!sheet.passages().isEmpty()) {
            XWPFRun label = run(next.get(), sheets.label("export.passages", language), language);
            label.setBold(true);
            for (Marked passage : sheet.passages()) {
                marked(next.get(), passage, language, false);
            }
        }
        XWPFParagraph address = next.get();
        address.setStyle(SMALL);
        address.createHyperlinkRun(sheet.address()).setText(sheet.address());
        if (sheet.note() != null) {
            XWPFParagraph note = next.get();
            XWPFRun label = run(note, sheets.label("dossier.note", language) + " — ", language);
            label.setBold(true);
            run(note, sheet.note(), language).setItalic(true);
        }
    }

    private static Locale locale(Sheet sheet) {
        return Locale.forLanguageTag(sheet.language());
    }

    /** A text in its own language, followed by its mark ("unofficial translation") in the export's. */
    private static void marked(XWPFParagraph paragraph, Marked text, Locale language, boolean bold) {
        if (text == null) {
            return;
        }
        XWPFRun run = run(paragraph, text.text(), Locale.forLanguageTag(text.lang()));
        run.setBold(bold);
        if (text.mark() != null) {
            run(paragraph, " (" + text.mark() + ")", language).setItalic(true);
        }
    }

    private static void text(XWPFParagraph paragraph, String style, String text, Locale language) {
        paragraph.setStyle(style);
        run(paragraph, text, language);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, Locale language) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setLang(WORD_LANGUAGES.get(language.getLanguage()));
        return run;
    }

    /** Word's built-in names, so that Word treats them as its own Title and Heading styles. */
    private static void defineStyles(XWPFStyles styles) {
        style(styles, TITLE, "Title", -1, 40, true, "1F3A5F");
        style(styles, HEADING_1, "heading 1", 0, 30, true, "1F3A5F");
        style(styles, HEADING_2, "heading 2", 1, 24, true, "1F3A5F");
        style(styles, CITATION, "Citation", -1, 22, false, "000000");
        style(styles, SMALL, "Small", -1, 18, false, "555555");
    }

    private static void style(
            XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints, boolean bold, String color) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(color);
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
