package org.ssda903.kpi.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.ssda903.kpi.KpiPack;

/**
 * kpi/committee-report.html and kpi/committee-report.pdf: the committee's pack on A4,
 * rendered from the Thymeleaf templates under templates/report/ (a council restyles them
 * without Java). The page is self-contained (inline CSS and SVG, no script, no link out).
 * Counts from 1 to 4, and the figures built on them, are shown as "c", as DfE suppresses
 * them, because committee papers are published. The same pack and context give the same
 * bytes.
 */
public final class CommitteeReport {

	/**
	 * Where the DejaVu fonts of the jasperreports-fonts artifact are, with their licence.
	 */
	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	/** The family the templates' CSS names first. */
	static final String FONT_FAMILY = "DejaVu Sans Condensed";

	private CommitteeReport() {
	}

	/**
	 * The page, as UTF-8 XHTML-compatible HTML that browsers and the PDF renderer both
	 * read.
	 */
	public static String renderHtml(KpiPack pack, ReportContext context) {
		Context variables = new Context();
		variables.setVariables(Map.of("page", ReportModel.of(pack, context)));
		return engine().process("committee-report", variables);
	}

	/** The same page as an A4 PDF with its fonts embedded. */
	public static byte[] renderPdf(KpiPack pack, ReportContext context) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writePdf(renderHtml(pack, context), context, out);
		return out.toByteArray();
	}

	private static void writePdf(String html, ReportContext context, OutputStream out) {
		// the renderer reports on the console each print rule it ignores (rules written
		// for browsers); the PDF is
		// checked by the report's tests, and an operator's console is for what they must
		// act on
		XRLog.setLoggingEnabled(false);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		// the PDF renderer reads XML and knows a chart by its namespace, which browsers
		// do not need on the page
		builder.withHtmlContent(html.replace("<svg ", "<svg xmlns=\"" + SVG_NAMESPACE + "\" "), null);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.useFont(() -> font("DejaVuSansCondensed.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSansCondensed-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSansCondensed-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
		builder.withProducer("ssda903-batch");
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.createPDFWithoutClosing();
			PDDocument document = renderer.getPdfDocument();
			fixDates(document.getDocumentInformation(), context);
			// PDFBox would otherwise derive the file identifier from the clock
			byte[] id = digest(html);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			document.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the committee report PDF", ex);
		}
	}

	private static void fixDates(PDDocumentInformation info, ReportContext context) {
		Calendar produced = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		produced.clear();
		produced.set(context.produced().getYear(), context.produced().getMonthValue() - 1,
				context.produced().getDayOfMonth());
		info.setCreationDate(produced);
		info.setModificationDate(produced);
	}

	private static byte[] digest(String html) {
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)),
					16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream font(String file) {
		InputStream stream = CommitteeReport.class.getResourceAsStream(FONTS + file);
		if (stream == null) {
			throw new IllegalStateException("font " + file + " is not on the class path (jasperreports-fonts)");
		}
		return stream;
	}

	private static TemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(CommitteeReport.class.getClassLoader());
		resolver.setPrefix("templates/report/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
