package onramp.gateway;

import java.util.List;
import java.util.function.UnaryOperator;

/** One turn of the conversation. */
public record Message(Role role, List<Content> content) {
  public Message {
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a message needs at least one content block");
    }
  }

  public static Message user(String text) {
    return new Message(Role.USER, List.of(Content.text(text)));
  }

  public static Message user(Content... content) {
    return new Message(Role.USER, List.of(content));
  }

  public static Message assistant(String text) {
    return new Message(Role.ASSISTANT, List.of(Content.text(text)));
  }

  /** The concatenated text blocks, images left out. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Content c : content) {
      if (c instanceof Content.Text t) {
        out.append(t.text());
      }
    }
    return out.toString();
  }

  /** A copy with every text block rewritten, images kept as they are. */
  public Message mapText(UnaryOperator<String> f) {
    return new Message(
        role,
        content.stream()
            .map(c -> c instanceof Content.Text t ? (Content) Content.text(f.apply(t.text())) : c)
            .toList());
  }
}
