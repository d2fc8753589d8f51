package onramp.documents.i9;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;
import onramp.documents.i9.I9Exception.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Opens untrusted PDF bytes with limits checked before the expensive work: file size, magic bytes,
 * encryption, page count (read from the page tree's /Count, not by walking it), the decoded size of
 * each page's content and the pixel count of each image, the depth and size of the page tree
 * (walked here without recursion before PDFBox walks it recursively). A PDF bomb is refused, not
 * decoded. PDFBox's parser recurses into nested objects, so a file nested thousands of levels deep
 * exhausts the stack: {@link #withinStack} turns that into a refusal naming the file.
 */
final class SafePdf {
  static final int MAX_BYTES = 20 * 1024 * 1024;
  static final int MAX_PAGES = 8;
  static final long MAX_CONTENT_BYTES = 16L * 1024 * 1024;
  static final long MAX_IMAGE_PIXELS = 40_000_000L;

  /** A 4-page form has a page tree one or two levels deep and a handful of nodes. */
  static final int MAX_PAGE_TREE_DEPTH = 32;

  static final int MAX_PAGE_TREE_NODES = 1_000;
  private static final long MAX_SCRATCH_BYTES = 64L * 1024 * 1024;

  private SafePdf() {}

  static PDDocument open(String name, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw tooManyBytes(name, bytes.length);
    }
    if (!hasPdfHeader(bytes)) {
      throw new I9Exception(
          name,
          Reason.NOT_A_PDF,
          name + " is not a PDF. Send the Form I-9 as a PDF, or its pages as PNG images.");
    }
    PDDocument doc = withinStack(name, () -> load(name, bytes));
    try {
      withinStack(
          name,
          () -> {
            checkLimits(name, doc);
            return doc;
          });
      return doc;
    } catch (RuntimeException e) {
      closeQuietly(doc);
      throw e;
    }
  }

  /**
   * Runs PDFBox work on untrusted bytes; a stack overflow (objects nested thousands of levels deep)
   * becomes a refusal naming the file. Nothing outlives the overflow: the document is the caller's
   * and is closed by it.
   */
  static <T> T withinStack(String name, Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError e) {
      throw nestedTooDeep(name);
    }
  }

  private static I9Exception nestedTooDeep(String name) {
    return new I9Exception(
        name,
        Reason.DAMAGED,
        name
            + " nests its objects thousands of levels deep (its page tree, or a dictionary within"
            + " a dictionary), which no Form I-9 does; export the form again from the HR system.");
  }

  private static PDDocument load(String name, byte[] bytes) {
    try {
      return Loader.loadPDF(
          new RandomAccessReadBuffer(bytes),
          "",
          null,
          null,
          MemoryUsageSetting.setupMainMemoryOnly(MAX_SCRATCH_BYTES).streamCache);
    } catch (InvalidPasswordException e) {
      throw new I9Exception(
          name,
          Reason.ENCRYPTED,
          name + " is encrypted; export it unlocked from the HR system.",
          e);
    } catch (IOException | RuntimeException e) {
      throw damaged(name, e);
    }
  }

  static I9Exception tooManyBytes(String name, long size) {
    return new I9Exception(
        name,
        Reason.TOO_LARGE,
        name
            + " is "
            + size / (1024 * 1024)
            + " MB; a Form I-9 is under 1 MB. Export the 4-page form alone from the HR system.");
  }

  static I9Exception damaged(String name, Exception cause) {
    return new I9Exception(
        name,
        Reason.DAMAGED,
        name + " is damaged or truncated and cannot be read; export it again from the HR system.",
        cause);
  }

  private static void checkLimits(String name, PDDocument doc) {
    int pages = doc.getNumberOfPages();
    if (pages > MAX_PAGES) {
      throw new I9Exception(
          name,
          Reason.TOO_LARGE,
          name + " declares " + pages + " pages; a Form I-9 has 4. Send the Form I-9 alone.");
    }
    if (pages == 0) {
      throw damaged(name, new IOException("no pages"));
    }
    try {
      checkPageTree(name, doc);
      for (int i = 0; i < pages; i++) {
        PDPage page = doc.getPage(i);
        if (contentBytes(page) > MAX_CONTENT_BYTES) {
          throw tooLarge(
              name, "page " + (i + 1) + " expands to more than 16 MB of drawing instructions");
        }
        checkImages(name, page.getResources(), i + 1);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof I9Exception ie) {
        throw ie;
      }
      throw damaged(name, e);
    }
  }

  /**
   * Walks the page tree breadth first, without recursion: refuses one deeper than {@link
   * #MAX_PAGE_TREE_DEPTH}, larger than {@link #MAX_PAGE_TREE_NODES}, or holding itself.
   */
  private static void checkPageTree(String name, PDDocument doc) {
    COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
    if (root == null) {
      throw damaged(name, new IOException("no page tree"));
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> level = new ArrayDeque<>();
    level.add(root);
    seen.add(root);
    for (int depth = 1; !level.isEmpty(); depth++) {
      if (depth > MAX_PAGE_TREE_DEPTH) {
        throw pageTree(name, "is nested more than " + MAX_PAGE_TREE_DEPTH + " levels deep");
      }
      Deque<COSDictionary> next = new ArrayDeque<>();
      for (COSDictionary node : level) {
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids == null) {
          continue;
        }
        for (int i = 0; i < kids.size(); i++) {
          COSBase kid = kids.getObject(i);
          if (kid instanceof COSDictionary child) {
            if (!seen.add(child)) {
              throw pageTree(name, "contains itself");
            }
            if (seen.size() > MAX_PAGE_TREE_NODES) {
              throw pageTree(name, "has more than " + MAX_PAGE_TREE_NODES + " nodes");
            }
            next.add(child);
          }
        }
      }
      level = next;
    }
  }

  private static I9Exception pageTree(String name, String problem) {
    return new I9Exception(
        name,
        Reason.DAMAGED,
        name
            + ": its page tree "
            + problem
            + ", which no Form I-9 does; export the form again from the HR system.");
  }

  private static long contentBytes(PDPage page) throws IOException {
    if (!page.hasContents()) {
      return 0;
    }
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = page.getContents()) {
      for (int n; total <= MAX_CONTENT_BYTES && (n = in.read(buffer)) >= 0; ) {
        total += n;
      }
    }
    return total;
  }

  private static void checkImages(String name, PDResources resources, int page) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName xName : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(xName);
      if (x instanceof PDImageXObject image
          && (long) image.getWidth() * image.getHeight() > MAX_IMAGE_PIXELS) {
        throw tooLarge(
            name,
            "page "
                + page
                + " holds an image of "
                + image.getWidth()
                + "×"
                + image.getHeight()
                + " pixels");
      }
    }
  }

  private static I9Exception tooLarge(String name, String what) {
    return new I9Exception(
        name,
        Reason.TOO_LARGE,
        name + ": " + what + ", far beyond a Form I-9. Export the form again from the HR system.");
  }

  private static boolean hasPdfHeader(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  static void closeQuietly(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }
}
