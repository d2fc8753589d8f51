package onramp.app.gatewayservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import onramp.gateway.service.HttpCall;

/** A servlet exchange as the gateway service sees one. */
record ServletCall(HttpServletRequest request, HttpServletResponse response) implements HttpCall {

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    String context = request.getContextPath();
    String uri = request.getRequestURI();
    return uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  @Override
  public Optional<String> header(String name) {
    return Optional.ofNullable(request.getHeader(name));
  }

  @Override
  public InputStream body() throws IOException {
    return request.getInputStream();
  }

  @Override
  public void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
    response.setStatus(status);
    headers.forEach(response::setHeader);
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  @Override
  public OutputStream stream(int status, Map<String, String> headers) throws IOException {
    response.setStatus(status);
    headers.forEach(response::setHeader);
    response.setHeader("x-accel-buffering", "no"); // a proxy in front must not hold events back
    response.flushBuffer();
    return response.getOutputStream();
  }
}
