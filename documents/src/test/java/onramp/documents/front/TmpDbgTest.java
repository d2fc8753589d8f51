package onramp.documents.front;
import org.junit.jupiter.api.Test;
class TmpDbgTest {
  @Test void show() throws Exception {
    for (String f : System.getProperty("dbg.files", "").split(",")) {
      if (f.isBlank()) continue;
      var img = onramp.documents.image.SafeImages.read(java.nio.file.Path.of(f));
      FrontReading r = FrontReader.standard().read(img);
      StringBuilder b = new StringBuilder("=== " + f + "\n");
      new java.util.TreeMap<>(r.fields()).forEach((k, v) -> b.append(k).append(" = ").append(v.value()).append(String.format(" (%.2f)%n", v.confidence())));
      b.append(r.rawText());
      System.err.println(b);
    }
  }
}
