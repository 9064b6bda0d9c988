package dev.switchboard.server;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An error of the Invoke API itself, as opposed to an error of the function: AWS SDKs read the
 * exception's name from the {@code x-amzn-ErrorType} header and its message from the
 * {@code {"Type": "User", "message": ...}} body, and raise the matching typed exception.
 */
final class ServiceError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String reason;

  private ServiceError(int status, String type, String message, String reason) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.reason = reason;
  }

  /** 404: no function of that name. */
  static ServiceError resourceNotFound(String message) {
    return new ServiceError(404, "ResourceNotFoundException", message, null);
  }

  /** 413: the request payload is over the limit of its invocation type. */
  static ServiceError requestTooLarge(String message) {
    return new ServiceError(413, "RequestTooLargeException", message, null);
  }

  /** 400: the body is not JSON, or a header cannot be read. */
  static ServiceError invalidRequestContent(String message) {
    return new ServiceError(400, "InvalidRequestContentException", message, null);
  }

  /** 400: a parameter has a value the API does not take. */
  static ServiceError invalidParameterValue(String message) {
    return new ServiceError(400, "InvalidParameterValueException", message, null);
  }

  /** 429: every concurrency slot is taken. */
  static ServiceError tooManyRequests(String message) {
    return tooManyRequests(message, "ConcurrentInvocationLimitExceeded");
  }

  /** 429 for another reason, or none ({@code null}): the server's memory for request bodies is spent. */
  static ServiceError tooManyRequests(String message, String reason) {
    return new ServiceError(429, "TooManyRequestsException", message, reason);
  }

  /** 431: more headers, or more header bytes, than the server takes. */
  static ServiceError headersTooLarge(String message) {
    return new ServiceError(431, "RequestHeaderFieldsTooLargeException", message, null);
  }

  /** 404 or 405: a request that is not an Invoke. */
  static ServiceError unknownOperation(int status, String message) {
    return new ServiceError(status, "UnknownOperationException", message, null);
  }

  /** 503: the server is stopping. */
  static ServiceError stopping(String message) {
    return new ServiceError(503, "ServiceException", message, null);
  }

  /** 500: a failure of the server itself. */
  static ServiceError internal(String message) {
    return new ServiceError(500, "ServiceException", message, null);
  }

  int status() {
    return status;
  }

  /** The exception name, for the {@code x-amzn-ErrorType} header. */
  String type() {
    return type;
  }

  /** The JSON body. */
  byte[] body() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("Type", status >= 500 ? "Service" : "User");
      g.writeStringField("message", getMessage());
      if (reason != null) {
        g.writeStringField("Reason", reason);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
