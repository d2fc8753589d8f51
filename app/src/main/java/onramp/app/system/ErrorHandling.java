package onramp.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import onramp.documents.DocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place exceptions become HTTP responses. Each message tells the reader what to do next.
 * Browsers get the {@code error} page; everything else gets RFC 9457 problem JSON.
 */
@ControllerAdvice
class ErrorHandling {
  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

  @ExceptionHandler(NoResourceFoundException.class)
  Object notFound(HttpServletRequest request) {
    return respond(
        request,
        HttpStatus.NOT_FOUND,
        "There is nothing at "
            + request.getRequestURI()
            + ". Start at / (the status page); the API"
            + " is under /api/.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return respond(
        request,
        HttpStatus.METHOD_NOT_ALLOWED,
        request.getRequestURI()
            + " does not take "
            + e.getMethod()
            + "; use "
            + String.join(
                " or ",
                e.getSupportedMethods() == null ? new String[] {"GET"} : e.getSupportedMethods())
            + ".");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  Object unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return respond(
        request,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "This endpoint does not read "
            + e.getContentType()
            + "; send one of "
            + e.getSupportedMediaTypes()
            + ".");
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class,
    HttpMessageNotReadableException.class
  })
  Object badRequest(Exception e, HttpServletRequest request) {
    String what =
        switch (e) {
          case MissingServletRequestParameterException m ->
              "the parameter '" + m.getParameterName() + "' is missing";
          case MethodArgumentTypeMismatchException m ->
              "the parameter '" + m.getName() + "' has the wrong form";
          default -> "the request body is not valid JSON of the expected shape";
        };
    return respond(
        request,
        HttpStatus.BAD_REQUEST,
        "The request cannot be used: " + what + ". Correct it and send it again.");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, UploadLimits.TOO_LARGE);
  }

  /** Each kind of {@link AppException} has its status here, and only here. */
  @ExceptionHandler(AppException.class)
  Object appException(AppException e, HttpServletRequest request) {
    return switch (e) {
      case AppException.NotFound notFound ->
          respond(request, HttpStatus.NOT_FOUND, notFound.getMessage());
      case AppException.Refused refused ->
          respond(request, HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
      case AppException.Conflict conflict ->
          respond(request, HttpStatus.CONFLICT, conflict.getMessage());
      case AppException.Unavailable unavailable ->
          respond(request, HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage());
      // Our own data or set-up is wrong: logged with a reference; the caller learns no details.
      case AppException.Broken broken -> unexpected(broken, request);
    };
  }

  @ExceptionHandler(AccessDeniedException.class)
  Object forbidden(AccessDeniedException e, HttpServletRequest request) {
    return respond(
        request,
        HttpStatus.FORBIDDEN,
        "You may not see this page. Reviewers sign in at /login;"
            + " applicants open the link they were given at sign-up.");
  }

  @ExceptionHandler(DocumentException.class)
  Object unreadableDocument(DocumentException e, HttpServletRequest request) {
    // DocumentException messages are written for the sender and name no personal data.
    return respond(request, HttpStatus.UNPROCESSABLE_ENTITY, e.document() + ": " + e.getMessage());
  }

  @ExceptionHandler(DataAccessException.class)
  Object databaseUnavailable(DataAccessException e, HttpServletRequest request) {
    String reference = reference();
    log.error("Database error, reference {}", reference, RedactedException.of(e));
    return respond(
        request,
        HttpStatus.SERVICE_UNAVAILABLE,
        "The database did not answer. Try again in a minute; if it persists, an operator should"
            + " check /actuator/health and the database settings (reference "
            + reference
            + ").");
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse known) { // Spring MVC's own, e.g. ResponseStatusException
      String detail = known.getBody().getDetail();
      return respond(
          request,
          known.getStatusCode(),
          detail == null ? "The request could not be served. Check it and try again." : detail);
    }
    String reference = reference();
    log.error("Unexpected error, reference {}", reference, RedactedException.of(e));
    return respond(
        request,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Try again; if it keeps happening, report reference "
            + reference
            + " to the Onramp team.");
  }

  private static String reference() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Object respond(HttpServletRequest request, HttpStatusCode status, String message) {
    if (wantsHtml(request)) {
      ModelAndView page =
          new ModelAndView("error", Map.of("status", status.value(), "message", message));
      page.setStatus(status);
      return page;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** A browser asks for HTML by name; {@code curl}'s {@code *}{@code /*} gets JSON. */
  private static boolean wantsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept == null || request.getRequestURI().startsWith("/api/")) {
      return false;
    }
    try {
      List<MediaType> types = MediaType.parseMediaTypes(accept);
      return types.stream()
          .anyMatch(t -> "text".equals(t.getType()) && "html".equals(t.getSubtype()));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
