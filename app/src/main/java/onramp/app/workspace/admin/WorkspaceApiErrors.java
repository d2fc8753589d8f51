package onramp.app.workspace.admin;

import java.util.Map;
import java.util.Objects;
import onramp.app.system.AppException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of this package's APIs in the workspace's shape, {@code {"error":{"type","message"}}}
 * (docs: the workspace API contract). Pages keep the app's error page.
 */
@RestControllerAdvice(assignableTypes = {AdminApiController.class, MyUsageApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceApiErrors {

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
    return error(
        HttpStatus.BAD_REQUEST,
        "invalid_request_error",
        Objects.requireNonNullElse(e.getMessage(), "the request is malformed"));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return error(
        HttpStatus.BAD_REQUEST,
        "invalid_request_error",
        "the body is not JSON of the expected shape; for example"
            + " {\"retention\":[{\"dataClass\":\"CUSTOMER\",\"days\":30}]}");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return error(
        HttpStatus.BAD_REQUEST,
        "invalid_request_error",
        "the parameter '" + e.getParameterName() + "' is missing");
  }

  @ExceptionHandler(AppException.NotFound.class)
  ResponseEntity<Map<String, Object>> notFound(AppException.NotFound e) {
    return error(HttpStatus.NOT_FOUND, "not_found_error", e.getMessage());
  }

  private static ResponseEntity<Map<String, Object>> error(
      HttpStatus status, String type, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("error", Map.of("type", type, "message", message)));
  }
}
