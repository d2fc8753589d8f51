package onramp.workspace.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import onramp.workspace.files.UnreadableFileException.Problem;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A ZIP container read the way POI will read it (entry by entry, as stored), once, to learn what it
 * holds and to stop a zip bomb: every entry is decompressed and counted, and the whole archive may
 * not expand past {@link FileLimits#maxExpandedBytes()} nor hold more than 10,000 entries.
 */
final class Archive {
  private static final int MAX_ENTRIES = 10_000;

  private Archive() {}

  /** The entry names, once the archive is known to be safe to open. */
  static Set<String> inspect(byte[] bytes, Budget budget) {
    long limit = budget.limits().maxExpandedBytes();
    Set<String> names = new HashSet<>();
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipArchiveInputStream zip =
        new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (names.size() >= MAX_ENTRIES) {
          throw budget.refuse(
              Problem.OVER_LIMIT,
              "the archive holds more than "
                  + Budget.number(MAX_ENTRIES)
                  + " parts, far more than any document needs. Save it again from Word and upload"
                  + " that.");
        }
        names.add(entry.getName());
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > limit) {
            throw budget.refuse(
                Problem.OVER_LIMIT,
                "it unpacks to more than "
                    + Budget.megabytes(limit)
                    + ", far more than its size explains (a zip bomb?). Save it again from Word and"
                    + " upload that.");
          }
        }
        budget.checkTime();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableFileException u) {
        throw u;
      }
      throw budget.refuse(
          Problem.DAMAGED,
          "the archive is damaged and cannot be unpacked. Save it again and upload that.");
    }
    return names;
  }

  /** What kind of document a ZIP container is, from the parts it holds. */
  static String describe(Set<String> names) {
    if (names.contains("word/document.xml")) {
      return "a Word document (DOCX)";
    }
    if (names.contains("xl/workbook.xml")) {
      return "an Excel workbook (XLSX)";
    }
    if (names.contains("ppt/presentation.xml")) {
      return "a PowerPoint presentation (PPTX)";
    }
    if (names.contains("content.xml") && names.contains("mimetype")) {
      return "an OpenDocument file (ODT, ODS or ODP)";
    }
    if (names.contains("META-INF/container.xml")) {
      return "an e-book (EPUB)";
    }
    if (names.contains("META-INF/MANIFEST.MF")) {
      return "a Java archive (JAR)";
    }
    return "a ZIP archive";
  }
}
