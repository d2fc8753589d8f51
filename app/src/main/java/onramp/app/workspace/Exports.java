package onramp.app.workspace;

import java.util.Locale;
import onramp.workspace.Conversations;
import onramp.workspace.RunResult;

/** A conversation as a Markdown or plain-text file. */
final class Exports {
  private Exports() {}

  static String markdown(Conversations.View v) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(v.title()).append("\n\n");
    out.append("_Data class ")
        .append(v.dataClass())
        .append(v.deleteAfter().map(d -> "; kept until " + d).orElse(""))
        .append("_\n\n");
    for (RunResult r : v.runs()) {
      out.append("## Prompt ").append(r.seq()).append(" (").append(r.model()).append(")\n\n");
      r.template().ifPresent(t -> out.append("Template: ").append(t.id()).append("\n\n"));
      for (RunResult.AttachmentInfo a : r.attachments()) {
        out.append("- attached: ").append(a.fileName()).append('\n');
      }
      out.append(r.prompt()).append("\n\n## Answer ").append(r.seq());
      if (r.status() != onramp.workspace.RunStatus.COMPLETE) {
        out.append(" (").append(r.status().name().toLowerCase(Locale.ROOT)).append(')');
      }
      out.append("\n\n").append(r.answer()).append("\n\n");
      r.error().ifPresent(e -> out.append("> ").append(e).append("\n\n"));
    }
    return out.toString();
  }

  static String text(Conversations.View v) {
    StringBuilder out = new StringBuilder();
    out.append(v.title()).append("\n\n");
    for (RunResult r : v.runs()) {
      out.append("PROMPT ").append(r.seq()).append(":\n").append(r.prompt()).append("\n\n");
      out.append("ANSWER ").append(r.seq());
      if (r.status() != onramp.workspace.RunStatus.COMPLETE) {
        out.append(" (").append(r.status().name().toLowerCase(Locale.ROOT)).append(')');
      }
      out.append(":\n").append(r.answer()).append("\n\n");
    }
    return out.toString();
  }

  static String fileName(Conversations.View v, String extension) {
    String base = v.title().replaceAll("[^A-Za-z0-9._ -]", "").strip().replace(' ', '-');
    if (base.isEmpty()) {
      base = "conversation";
    }
    return (base.length() > 60 ? base.substring(0, 60) : base) + "." + extension;
  }
}
