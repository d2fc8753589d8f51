package onramp.workspace.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, from its first bytes and, for archives, its structure: never from its name. The
 * description names the type for a person ("a Windows program (EXE)").
 */
final class Sniffer {
  enum Format {
    PDF,
    ZIP,
    PNG,
    JPEG,
    GIF,
    WEBP,
    /** No binary signature: text, if it decodes as text. */
    MAYBE_TEXT,
    /** Known, and not read. */
    UNSUPPORTED
  }

  record Sniffed(Format format, String description) {}

  private Sniffer() {}

  static Sniffed sniff(byte[] b) {
    if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
      return new Sniffed(Format.PDF, "a PDF");
    }
    if (starts(b, 0, 'P', 'K', 3, 4) || starts(b, 0, 'P', 'K', 5, 6)) {
      return new Sniffed(Format.ZIP, "a ZIP archive");
    }
    if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return new Sniffed(Format.PNG, "a PNG image");
    }
    if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
      return new Sniffed(Format.JPEG, "a JPEG image");
    }
    if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
      return new Sniffed(Format.GIF, "a GIF image");
    }
    if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
      return new Sniffed(Format.WEBP, "a WebP image");
    }
    if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return new Sniffed(Format.UNSUPPORTED, office97(b));
    }
    String other = otherBinary(b);
    return other.isEmpty()
        ? new Sniffed(Format.MAYBE_TEXT, "a text file")
        : new Sniffed(Format.UNSUPPORTED, other);
  }

  /** Binary types people upload by mistake, named so the refusal can say what the file is. */
  private static String otherBinary(byte[] b) {
    if (starts(b, 0, 'M', 'Z')) {
      return "a Windows program (EXE)";
    }
    if (starts(b, 0, 0x7F, 'E', 'L', 'F')) {
      return "a Linux program (ELF)";
    }
    if (starts(b, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "a compiled Java class";
    }
    if (starts(b, 0, 0xCF, 0xFA, 0xED, 0xFE) || starts(b, 0, 0xFE, 0xED, 0xFA, 0xCF)) {
      return "a macOS program";
    }
    if (starts(b, 0, 'R', 'a', 'r', '!')) {
      return "a RAR archive";
    }
    if (starts(b, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "a 7-Zip archive";
    }
    if (starts(b, 0, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    if (starts(b, 0, 'I', 'I', '*', 0) || starts(b, 0, 'M', 'M', 0, '*')) {
      return "a TIFF image";
    }
    if (starts(b, 0, 'B', 'M') && b.length > 14 && le32(b, 2) == b.length) {
      return "a BMP image";
    }
    if (starts(b, 4, 'f', 't', 'y', 'p')) {
      String brand = b.length >= 12 ? new String(b, 8, 4, StandardCharsets.US_ASCII) : "";
      return switch (brand) {
        case "heic", "heix", "mif1", "msf1", "hevc" -> "a HEIC image";
        case "avif", "avis" -> "an AVIF image";
        case "qt  " -> "a QuickTime video";
        default -> "an MP4 video or audio file";
      };
    }
    if (starts(b, 0, 'R', 'I', 'F', 'F')) {
      return "a RIFF media file (audio or video)";
    }
    if (starts(b, 0, 'O', 'g', 'g', 'S') || starts(b, 0, 'I', 'D', '3') || starts(b, 0, 'f', 'L')) {
      return "an audio file";
    }
    if (starts(b, 0, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't')) {
      return "an SQLite database";
    }
    if (starts(b, 0, '{', '\\', 'r', 't', 'f')) {
      return "a Rich Text (RTF) document";
    }
    return "";
  }

  /** The Office 97-2003 container: which program wrote it decides the advice. */
  private static String office97(byte[] b) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
      DirectoryNode root = fs.getRoot();
      Set<String> names = root.getEntryNames();
      if (names.contains("EncryptedPackage") || names.contains("EncryptionInfo")) {
        return "a password-protected Office document";
      }
      if (names.contains("WordDocument")) {
        return "a Word 97-2003 document (DOC)";
      }
      if (names.contains("Workbook") || names.contains("Book")) {
        return "an Excel 97-2003 workbook (XLS)";
      }
      if (names.contains("PowerPoint Document")) {
        return "a PowerPoint 97-2003 presentation (PPT)";
      }
      if (names.stream().anyMatch(n -> n.startsWith("__substg1.0_"))) {
        return "an Outlook message (MSG)";
      }
    } catch (IOException | RuntimeException e) {
      return "a damaged Office 97-2003 file";
    }
    return "an Office 97-2003 file";
  }

  static boolean starts(byte[] b, int at, int... expected) {
    if (b.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[at + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] b, byte[] what, int within) {
    int end = Math.min(b.length, within) - what.length;
    outer:
    for (int i = 0; i <= end; i++) {
      for (int j = 0; j < what.length; j++) {
        if (b[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static long le32(byte[] b, int at) {
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }
}
