package jp.tsunagu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The case collection as an A4 PDF with the same content as the page: the page's own template
 * (without navigation) rendered by openhtmltopdf on Apache PDFBox, with Noto Sans JP (SIL Open Font
 * License 1.1) embedded as a subset, so the PDF reads the same on any PC and its text can be copied
 * and searched. The font comes from the build (pom.xml, target/classes/fonts), never from the system.
 */
@Component
public class CaseCollectionPdf {

    /** The family the template names first; the PDF has no other Japanese font. */
    static final String FONT_FAMILY = "Noto Sans JP";
    static final String REGULAR = "fonts/NotoSansJP_400Regular.ttf";
    static final String BOLD = "fonts/NotoSansJP_700Bold.ttf";

    private final ITemplateEngine templates;

    public CaseCollectionPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(CaseCollection.Page page) {
        Context context = new Context(java.util.Locale.JAPAN, Map.of("page", page, "pdf", true, "mayEdit", false));
        String html = templates.process("report/case-collection", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("つなぐ");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the case collection could not be made into a PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new IllegalStateException(path + " is missing from the classpath: the Maven build (generate-resources)"
                    + " copies it from the npm package @expo-google-fonts/noto-sans-jp; build with ./mvnw", e);
        }
    }
}
