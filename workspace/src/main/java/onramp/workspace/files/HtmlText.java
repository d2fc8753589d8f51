package onramp.workspace.files;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The readable text of an HTML mail body: block elements become line breaks, scripts vanish. */
final class HtmlText implements NodeVisitor {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "ul",
          "ol",
          "hr",
          "section",
          "article",
          "header",
          "footer");

  private final StringBuilder out = new StringBuilder();

  private HtmlText() {}

  static String of(String html) {
    Element body = Jsoup.parse(html).body();
    body.select("script, style, head, template").remove();
    HtmlText visitor = new HtmlText();
    body.traverse(visitor);
    return visitor.out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      String s = text.text();
      if (!s.isBlank()) {
        out.append(s);
      } else if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
        out.append(' ');
      }
    } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
      newline();
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
      newline();
    } else if (node instanceof Element e
        && (e.normalName().equals("td") || e.normalName().equals("th"))) {
      out.append('\t');
    }
  }

  private void newline() {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
