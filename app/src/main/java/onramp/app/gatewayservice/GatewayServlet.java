package onramp.app.gatewayservice;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import onramp.gateway.service.GatewayService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands every request under {@code /v1/} to the gateway service, built on the first request: the
 * servlet container starts before the database migrations have run, the service needs them.
 */
final class GatewayServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialized: the servlet lives in this process only
  private final ObjectProvider<GatewayService> service;

  GatewayServlet(ObjectProvider<GatewayService> service) {
    this.service = service;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    service.getObject().handle(new ServletCall(request, response));
  }
}
