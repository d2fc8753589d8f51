package onramp.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Upload limits. Each multipart part is held in memory up to the 10 MB a file may have (the
 * threshold equals the limit), so an upload's plaintext never reaches the disk: it is sealed before
 * it is stored. A part over 10 MB or a request over 32 MB is refused while it streams, before the
 * part could spill. The container still wants a folder ({@code <data-dir>/tmp/uploads}, 0700); it
 * stays empty. A request that announces a larger body (Content-Length) is refused before any of it
 * is read, with the same message, so a 500 MB upload costs the server nothing.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {
  static final DataSize MAX_FILE = DataSize.ofMegabytes(10);
  static final DataSize MAX_REQUEST = DataSize.ofMegabytes(32);
  static final String TOO_LARGE =
      "The upload is larger than this server accepts: each file may be up to 10 MB."
          + " Send a smaller file: a phone photo or a scan at 300 dpi is enough.";

  @Bean
  MultipartConfigElement multipartConfig(DataDirectory data) {
    Path folder = data.root().resolve("tmp").resolve("uploads");
    try {
      Files.createDirectories(folder);
      if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(
            folder.getParent(), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the upload folder " + folder, e);
    }
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setLocation(folder.toString());
    factory.setMaxFileSize(MAX_FILE);
    factory.setMaxRequestSize(MAX_REQUEST);
    // Memory, not disk: a part is refused as soon as it passes MAX_FILE, so it never spills.
    factory.setFileSizeThreshold(MAX_FILE);
    return factory.createMultipartConfig();
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> announcedSizeLimit() {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (request.getContentLengthLong() > MAX_REQUEST.toBytes()) {
              response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
              response.setHeader("Connection", "close");
              boolean html = String.valueOf(request.getHeader("Accept")).contains("text/html");
              response.setContentType(
                  (html ? "text/html" : "application/problem+json") + ";charset=UTF-8");
              String body =
                  html
                      ? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Too large</title></head><body><main><h1>413</h1><p>"
                          + TOO_LARGE
                          + "</p><p><a href=\"/application\">Back to your application</a></p></main></body></html>"
                      : "{\"status\":413,\"title\":\"Payload Too Large\",\"detail\":\""
                          + TOO_LARGE
                          + "\"}";
              response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
              return;
            }
            chain.doFilter(request, response);
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
