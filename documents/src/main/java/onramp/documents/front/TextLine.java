package onramp.documents.front;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import onramp.documents.ocr.OcrWord;

/** Words that share a baseline, left to right. */
record TextLine(List<OcrWord> words) {
  TextLine {
    words = words.stream().sorted(Comparator.comparingInt(OcrWord::left)).toList();
  }

  int top() {
    return words.stream().mapToInt(OcrWord::top).min().orElse(0);
  }

  int bottom() {
    return words.stream().mapToInt(OcrWord::bottom).max().orElse(0);
  }

  /** The median word height: the unit for gaps and distances on this line. */
  int unit() {
    int[] heights = words.stream().mapToInt(OcrWord::height).sorted().toArray();
    return Math.max(1, heights[heights.length / 2]);
  }

  String text() {
    return String.join(" ", words.stream().map(OcrWord::text).toList());
  }

  /**
   * Groups words into lines: a word joins the line whose typical box (median top and bottom) it
   * overlaps by half its height or more. Medians, because Tesseract sometimes stretches a box up
   * over a label printed above the word, and letters such as J and Q reach below the baseline.
   */
  static List<TextLine> group(List<OcrWord> words) {
    List<List<OcrWord>> lines = new ArrayList<>();
    for (OcrWord word : words.stream().sorted(Comparator.comparingInt(OcrWord::bottom)).toList()) {
      List<OcrWord> best = null;
      double bestOverlap = 0;
      for (List<OcrWord> line : lines) {
        int top = median(line.stream().mapToInt(OcrWord::top).toArray());
        int bottom = median(line.stream().mapToInt(OcrWord::bottom).toArray());
        double overlap = Math.min(bottom, word.bottom()) - Math.max(top, word.top());
        double needed = 0.5 * Math.max(1, Math.min(bottom - top, word.height()));
        if (overlap >= needed && overlap > bestOverlap) {
          best = line;
          bestOverlap = overlap;
        }
      }
      if (best == null) {
        lines.add(new ArrayList<>(List.of(word)));
      } else {
        best.add(word);
      }
    }
    return lines.stream()
        .map(TextLine::new)
        .sorted(
            Comparator.comparingInt(
                line -> median(line.words().stream().mapToInt(OcrWord::bottom).toArray())))
        .toList();
  }

  private static int median(int[] values) {
    int[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
