package onramp.gateway.service;

/** A request the service answers with an error of its own (bad key, bad body, rate limit). */
final class ServiceException extends RuntimeException {
  private final ApiError error;

  ServiceException(ApiError error) {
    super(error.message());
    this.error = error;
  }

  ApiError error() {
    return error;
  }
}
