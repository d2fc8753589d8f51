package onramp.documents.front;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One initialised Tesseract; not thread-safe (neither is TessBaseAPI), so {@link EnginePool} lends
 * each to one thread at a time. Sparse-text mode, because a card is scattered fields, not a page.
 * No character whitelist: with one, the LSTM model dropped the spaces between words (measured).
 */
final class OcrEngine implements AutoCloseable {
  private final TessBaseAPI api;

  private OcrEngine(TessBaseAPI api) {
    this.api = api;
  }

  static OcrEngine open(Path tessdata) {
    TessBaseAPI api = new TessBaseAPI();
    if (api.Init(tessdata.toString(), "eng", OEM_LSTM_ONLY) != 0) {
      api.close();
      throw new IllegalStateException("Tesseract could not load eng from " + tessdata);
    }
    api.SetPageSegMode(PSM_SPARSE_TEXT);
    api.SetVariable("debug_file", "/dev/null");
    api.SetVariable("user_defined_dpi", "300");
    return new OcrEngine(api);
  }

  /** Words of an 8-bit grey image, row-major, one byte per pixel. */
  List<OcrWord> words(byte[] grey, int width, int height) {
    api.SetImage(grey, width, height, 1, width);
    api.SetSourceResolution(300);
    List<OcrWord> words = new ArrayList<>();
    if (api.Recognize(null) != 0) {
      api.Clear();
      return words;
    }
    ResultIterator it = api.GetIterator();
    if (it == null) {
      api.Clear();
      return words;
    }
    try {
      int[] l = new int[1], t = new int[1], r = new int[1], b = new int[1];
      do {
        BytePointer text = it.GetUTF8Text(RIL_WORD);
        if (text == null || text.isNull()) {
          continue;
        }
        String word = text.getString(java.nio.charset.StandardCharsets.UTF_8).strip();
        TessDeleteText(text);
        if (!word.isEmpty() && it.BoundingBox(RIL_WORD, l, t, r, b)) {
          words.add(new OcrWord(word, it.Confidence(RIL_WORD), l[0], t[0], r[0], b[0]));
        }
      } while (it.Next(RIL_WORD));
    } finally {
      TessResultIteratorDelete(it);
      api.Clear();
    }
    return words;
  }

  @Override
  public void close() {
    api.End();
    api.close();
  }
}
