package org.rt2kb.dossier;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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

    PdfExport(SpringTemplateEngine templates) throws IOException {
        this.templates = templates;
        this.css = new ClassPathResource("static/css/dossier-print.css").getContentAsString(StandardCharsets.UTF_8);
    }

    byte[] write(PrintView view, String baseAddress) {
        Context context = new Context(view.language().first(), Map.of("print", view, "pdf", true, "css", css));
        String html = templates.process(TEMPLATE, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            font(pdf, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
            font(pdf, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
            font(pdf, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
            pdf.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseAddress)), baseAddress);
            pdf.withProducer(view.title());
            pdf.toStream(out);
            pdf.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder pdf, String file, int weight, FontStyle style) {
        ClassPathResource font = new ClassPathResource("fonts/" + file);
        pdf.useFont(
                () -> {
                    try {
                        return font.getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                FAMILY,
                weight,
                style,
                true);
    }
}
