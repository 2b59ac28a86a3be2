package org.rt2kb.dossier;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The dossier as PDF: the print view's own template, laid out by openhtmltopdf with DejaVu Serif embedded (subset),
 * so that accents print whatever fonts the reader's machine has.
 */
@Component
class PdfExport {

    static final String TEMPLATE = "dossier/print";
    private static final String FAMILY = "DejaVu Serif";

    private final SpringTemplateEngine templates;
    private final String css;
    /** The font files, read once: each export lays out its own subset of them. */
    private final byte[] regular;

    private final byte[] bold;
    private final byte[] italic;

    PdfExport(SpringTemplateEngine templates) throws IOException {
        this.templates = templates;
        this.css = new ClassPathResource("static/css/dossier-print.css").getContentAsString(StandardCharsets.UTF_8);
        this.regular = font("DejaVuSerif.ttf");
        this.bold = font("DejaVuSerif-Bold.ttf");
        this.italic = font("DejaVuSerif-Italic.ttf");
    }

    byte[] write(PrintView view, String baseAddress) {
        Context context = new Context(view.language().first(), Map.of("print", view, "pdf", true, "css", css));
        String html = templates.process(TEMPLATE, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
            pdf.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
            pdf.useFont(() -> new ByteArrayInputStream(italic), FAMILY, 400, FontStyle.ITALIC, true);
            pdf.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseAddress)), baseAddress);
            pdf.withProducer(view.title());
            pdf.toStream(out);
            pdf.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) throws IOException {
        return new ClassPathResource("fonts/" + file).getContentAsByteArray();
    }
}
