package onramp.app.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import onramp.workspace.Conversations;
import onramp.workspace.RunResult;

/** The API's JSON for runs and conversations (the shapes README's workspace section documents). */
final class RunJson {
  private RunJson() {}

  static Map<String, Object> run(RunResult r, Map<String, String> sections) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("conversation", r.conversation());
    m.put("seq", r.seq());
    m.put("status", r.status().name());
    m.put("prompt", r.prompt());
    m.put("answer", r.answer());
    if (!sections.isEmpty()) {
      m.put("sections", sections);
    }
    r.error().ifPresent(e -> m.put("error", e));
    m.put("masked", r.masked());
    m.put("usage", usage(r));
    m.put("model", r.model());
    m.put("dataClass", r.dataClass().name());
    r.template()
        .ifPresent(
            t -> m.put("template", Map.of("id", t.id(), "version", t.version(), "name", t.name())));
    m.put("startedAt", r.startedAt().toString());
    r.firstTokenMs().ifPresent(ms -> m.put("firstTokenMs", ms));
    m.put("attachments", attachments(r.attachments()));
    return m;
  }

  static Map<String, Object> usage(RunResult r) {
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("inputTokens", r.usage().input());
    u.put("outputTokens", r.usage().output());
    u.put("cacheReadTokens", r.usage().cacheRead());
    u.put("cacheWriteTokens", r.usage().cacheWrite5m() + r.usage().cacheWrite1h());
    u.put("costUsd", r.costUsd().toPlainString());
    return u;
  }

  static List<Map<String, Object>> attachments(List<RunResult.AttachmentInfo> files) {
    return files.stream()
        .map(
            a -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", a.id());
              m.put("fileName", a.fileName());
              m.put("mediaType", a.mediaType());
              m.put("pages", a.pages());
              m.put("sizeBytes", a.sizeBytes());
              return m;
            })
        .toList();
  }

  static Map<String, Object> summary(Conversations.Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("dataClass", s.dataClass().name());
    m.put("updatedAt", s.updatedAt().toString());
    m.put("runs", s.runs());
    m.put("deleteAfter", s.deleteAfter().map(Object::toString).orElse(null));
    return m;
  }

  static Map<String, Object> conversation(
      Conversations.View v, java.util.function.Function<RunResult, Map<String, String>> sections) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("title", v.title());
    m.put("dataClass", v.dataClass().name());
    m.put("createdAt", v.createdAt().toString());
    m.put("deleteAfter", v.deleteAfter().map(Object::toString).orElse(null));
    m.put("runs", v.runs().stream().map(r -> run(r, sections.apply(r))).toList());
    return m;
  }
}
