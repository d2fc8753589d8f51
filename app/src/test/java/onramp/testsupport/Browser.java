package onramp.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that behaves like a form-filling browser: it reads the CSRF token
 * from the last page and sends forms and multipart uploads.
 */
public final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CSRF_QUERY = Pattern.compile("_csrf=([A-Za-z0-9_\\-]+)");
  private final HttpClient client;
  private final String base;
  private String lastPage = "";

  public Browser(int port) {
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.base = "http://localhost:" + port;
  }

  /**
   * A browser signed in through the sign-in form as {@code user} (password {@link
   * RunningApp#PASSWORD}).
   */
  public static Browser signedIn(int port, String user) throws IOException, InterruptedException {
    Browser browser = new Browser(port);
    browser.get("/login");
    browser.post("/login", java.util.Map.of("username", user, "password", RunningApp.PASSWORD));
    return browser;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, "text/html");
  }

  public HttpResponse<String> get(String path, String accept)
      throws IOException, InterruptedException {
    return remember(
        client.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  public String csrf() {
    Matcher m = CSRF.matcher(lastPage);
    if (m.find()) {
      return m.group(1);
    }
    Matcher q = CSRF_QUERY.matcher(lastPage);
    if (q.find()) {
      return q.group(1);
    }
    throw new AssertionError("no CSRF token on the last page");
  }

  public HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    Map<String, String> all = new java.util.LinkedHashMap<>(form);
    all.putIfAbsent("_csrf", csrf());
    String body =
        all.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return remember(
        client.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  /** A file part: form field name, file name, bytes. */
  public record Part(String field, String fileName, byte[] bytes) {}

  public HttpResponse<String> upload(String path, Part... parts)
      throws IOException, InterruptedException {
    String boundary = "----onramp" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The CSRF token travels as the form's hidden field (first, as a browser sends it), not in the
    // URL.
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf()
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    for (Part p : parts) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + p.field()
                  + "\"; filename=\""
                  + p.fileName()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(p.bytes());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return remember(
        client.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  /**
   * Streams a multipart body of {@code size} bytes from a generator, without Content-Length if
   * {@code chunked}.
   */
  public HttpResponse<String> uploadStream(String path, String field, long size, boolean chunked)
      throws IOException, InterruptedException {
    String boundary = "----onramp" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\"huge.png\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    Supplier<InputStream> body =
        () ->
            new java.io.SequenceInputStream(
                java.util.Collections.enumeration(
                    List.of(
                        new java.io.ByteArrayInputStream(head),
                        new Zeros(size),
                        new java.io.ByteArrayInputStream(tail))));
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(body)
            : HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(body), head.length + size + tail.length);
    return remember(
        client.send(
            HttpRequest.newBuilder(URI.create(base + path + "?_csrf=" + csrf()))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(120))
                .POST(publisher)
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  /**
   * JSON to an API as a page's script sends it: the session cookie, and the CSRF token of the last
   * page in the {@code X-CSRF-TOKEN} header (unless {@code withCsrf} is false). The answer does not
   * replace the last page.
   */
  public HttpResponse<String> api(String method, String path, String json, boolean withCsrf)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                json.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (withCsrf) {
      request.header("X-CSRF-TOKEN", csrf());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public String lastPage() {
    return lastPage;
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    lastPage = response.body();
    return response;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code size} zero bytes, generated as they are read. */
  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      return left-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      left -= n;
      return n;
    }
  }

  public static List<String> lines(String html, String cssId) {
    List<String> out = new ArrayList<>();
    int i = html.indexOf("id=\"" + cssId + "\"");
    if (i >= 0) {
      out.add(html.substring(i, Math.min(html.length(), i + 2000)));
    }
    return out;
  }
}
