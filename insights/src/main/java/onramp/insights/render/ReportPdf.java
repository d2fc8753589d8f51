package onramp.insights.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import onramp.insights.ReportException;

/**
 * The report's XHTML as a PDF (openhtmltopdf on PDFBox 3): the charts stay vector (SVG drawn by
 * Batik) and Liberation Sans is embedded, so the file looks the same everywhere.
 */
public final class ReportPdf {
  private static final String FONTS = "/onramp/insights/liberation/";

  private ReportPdf() {}

  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.useFont(
          () -> font("LiberationSans-Regular.ttf"),
          ReportCharts.FONT,
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("LiberationSans-Bold.ttf"),
          ReportCharts.FONT,
          700,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new ReportException(
          "report.pdf could not be made from the report's HTML: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String name) {
    InputStream in = ReportPdf.class.getResourceAsStream(FONTS + name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException(
              "the font "
                  + name
                  + " is missing from the insights jar (unpacked at build time from openpdf-fonts-extra); rebuild insights"));
    }
    return in;
  }
}
