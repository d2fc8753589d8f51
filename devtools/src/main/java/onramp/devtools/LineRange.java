package onramp.devtools;

/** Lines {@code start..end} of a file, 1-based and inclusive. */
public record LineRange(int start, int end) {
  public LineRange {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException("line range " + start + ".." + end + " is not valid");
    }
  }

  public boolean contains(int line) {
    return line >= start && line <= end;
  }

  public boolean overlaps(LineRange other) {
    return start <= other.end && other.start <= end;
  }
}
