package onramp.devtools.report;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown as a CommonMark reader sees it: the text of paragraphs, code blocks, links, headings.
 */
record RenderedMarkdown(
    List<String> paragraphs,
    List<FencedCodeBlock> blocks,
    List<String> links,
    List<String> headings,
    List<String> inlineHtml) {

  static RenderedMarkdown of(String markdown) {
    Node doc = Parser.builder().build().parse(markdown);
    RenderedMarkdown out =
        new RenderedMarkdown(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph p) {
            out.paragraphs.add(text(p));
            visitChildren(p);
          }

          @Override
          public void visit(Heading h) {
            out.headings.add(text(h));
          }

          @Override
          public void visit(FencedCodeBlock b) {
            out.blocks.add(b);
          }

          @Override
          public void visit(Link l) {
            out.links.add(l.getDestination());
            visitChildren(l);
          }

          @Override
          public void visit(HtmlInline h) {
            out.inlineHtml.add(h.getLiteral());
          }
        });
    return out;
  }

  /** The text a reader sees in {@code node}: text, code spans, line breaks as newlines. */
  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            sb.append(t.getLiteral());
          }

          @Override
          public void visit(Code c) {
            sb.append('`').append(c.getLiteral()).append('`');
          }

          @Override
          public void visit(SoftLineBreak b) {
            sb.append('\n');
          }

          @Override
          public void visit(HardLineBreak b) {
            sb.append('\n');
          }

          @Override
          public void visit(HtmlInline h) {
            sb.append(h.getLiteral());
          }
        });
    return sb.toString();
  }

  List<String> blocksOf(String info) {
    return blocks.stream()
        .filter(b -> info.equals(b.getInfo()))
        .map(FencedCodeBlock::getLiteral)
        .toList();
  }

  boolean anyParagraphContains(String text) {
    return paragraphs.stream().anyMatch(p -> p.contains(text));
  }
}
