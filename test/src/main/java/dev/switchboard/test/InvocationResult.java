package dev.switchboard.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.internal.json.Codec;
import dev.switchboard.internal.json.DatabindCodec;
import dev.switchboard.internal.json.DatabindSupport;
import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import org.opentest4j.AssertionFailedError;

/**
 * What one invocation gave: the response Lambda would return, or its error, and the logs. The
 * accessors that expect one outcome fail with an {@link AssertionFailedError} naming the other, so a
 * test reads {@code invoke("orders", json).as(Receipt.class)} and fails with the handler's error and
 * logs when the handler failed.
 */
public final class InvocationResult {
  /** JSON numbers are equal when their values are: {@code 1}, {@code 1.0} and {@code 1e0}. */
  private static final Comparator<JsonNode> SAME_NUMBERS = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private final String handler;
  private final String requestId;
  private final byte[] payload;
  private final boolean failed;
  private final boolean timedOut;
  private final Throwable thrown;
  private final Logs logs;
  private final Duration duration;

  InvocationResult(String handler, String requestId, byte[] payload, boolean failed, boolean timedOut,
      Throwable thrown, Logs logs, Duration duration) {
    this.handler = handler;
    this.requestId = requestId;
    this.payload = payload;
    this.failed = failed;
    this.timedOut = timedOut;
    this.thrown = thrown;
    this.logs = logs;
    this.duration = duration;
  }

  /** The name of the handler that ran. */
  public String handler() {
    return handler;
  }

  /** The request id the handler's Context gave. */
  public String requestId() {
    return requestId;
  }

  /** Whether the handler returned (and its response could be written, within Lambda's 6 MB). */
  public boolean isSuccess() {
    return !failed;
  }

  /** Whether the invocation failed: the handler threw, timed out, or its response could not be written. */
  public boolean isError() {
    return failed;
  }

  /** Whether the handler was still running when the timeout passed ({@code Sandbox.Timedout}). */
  public boolean isTimedOut() {
    return timedOut;
  }

  /**
   * The response as text: the JSON a handler's result was written as, or the bytes a stream handler
   * wrote, read as UTF-8.
   *
   * @throws AssertionFailedError when the invocation failed
   */
  public String json() {
    expectSuccess();
    return text();
  }

  /**
   * The response's bytes, as a stream handler wrote them.
   *
   * @throws AssertionFailedError when the invocation failed
   */
  public byte[] bytes() {
    expectSuccess();
    return payload.clone();
  }

  /**
   * What Lambda would return for this invocation, as text: the response, or the error shape.
   */
  public String payload() {
    return text();
  }

  /**
   * The response bound to {@code type} as the runtime binds JSON with jackson-databind (AWS's event
   * classes by AWS's rules).
   *
   * @throws AssertionFailedError when the invocation failed, or its response does not fit the type
   */
  public <T> T as(Class<T> type) {
    return bind(DatabindCodec.of(type));
  }

  /**
   * The response bound to a generic type, such as {@code new TypeReference<List<Order>>() {}}.
   *
   * @throws AssertionFailedError when the invocation failed, or its response does not fit the type
   */
  public <T> T as(TypeReference<T> type) {
    return bind(DatabindCodec.of(DatabindSupport.MAPPER.constructType(type)));
  }

  /**
   * The response as a JSON tree.
   *
   * @throws AssertionFailedError when the invocation failed, or its response is not JSON
   */
  public JsonNode tree() {
    expectSuccess();
    return parse(payload, "the response of '" + handler + "'");
  }

  /**
   * Whether the response is the same JSON as {@code expectedJson}: the same values, whatever the
   * order of object members, white space or the spelling of numbers ({@code 1.0} is {@code 1}).
   *
   * @throws AssertionFailedError when the invocation failed
   */
  public boolean jsonEquals(String expectedJson) {
    JsonNode expected = parse(expectedJson.getBytes(StandardCharsets.UTF_8), "the expected JSON");
    return expected.equals(SAME_NUMBERS, tree());
  }

  /**
   * Asserts that the response is the same JSON as {@code expectedJson}, as {@link #jsonEquals} compares
   * them; the failure shows both, pretty-printed.
   *
   * @return this result, for more assertions
   * @throws AssertionFailedError when they differ, or the invocation failed
   */
  public InvocationResult assertJson(String expectedJson) {
    if (!jsonEquals(expectedJson)) {
      String expected = pretty(parse(expectedJson.getBytes(StandardCharsets.UTF_8), "the expected JSON"));
      String actual = pretty(tree());
      throw new AssertionFailedError("The response of '" + handler + "' is not the expected JSON" + logsNote(),
          expected, actual);
    }
    return this;
  }

  /**
   * The error, as Lambda reports it.
   *
   * @throws AssertionFailedError when the invocation succeeded
   */
  public LambdaError error() {
    if (!failed) {
      throw new AssertionFailedError("Handler '" + handler + "' was expected to fail, but it returned " + abbreviated()
          + logsNote());
    }
    return LambdaError.of(parse(payload, "the error of '" + handler + "'"));
  }

  /**
   * What the handler threw (its constructor's exception when it failed to initialize), or
   * {@code null} when it threw nothing: it returned, it timed out, or only its response could not be
   * written (then the runtime's exception).
   */
  public Throwable thrown() {
    return thrown;
  }

  /** The invocation's logs. */
  public Logs logs() {
    return logs;
  }

  /** How long the invocation took, its handler's creation included when this invocation created it. */
  public Duration duration() {
    return duration;
  }

  /** The handler, the outcome, and the payload. */
  @Override
  public String toString() {
    return "Invocation of '" + handler + "' (request " + requestId + "): " + (failed ? "error " : "response ")
        + abbreviated();
  }

  private <T> T bind(Codec<T> codec) {
    expectSuccess();
    try {
      return Json.readEvent(codec, payload);
    } catch (EventBindingException e) {
      String reason = e.getMessage().startsWith("Event ") ? "it" + e.getMessage().substring("Event".length())
          : e.getMessage();
      throw new AssertionFailedError("The response of '" + handler + "' cannot be read as " + codec.typeName() + ": "
          + reason + "; the response: " + abbreviated(), e);
    }
  }

  private void expectSuccess() {
    if (failed) {
      throw new AssertionFailedError("Handler '" + handler + "' failed: " + text() + logsNote());
    }
  }

  private String logsNote() {
    return logs.isEmpty() ? "" : "\nIts logs:\n" + logs.text();
  }

  private String text() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  private String abbreviated() {
    String text = text();
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "... (" + payload.length + " bytes)";
  }

  private static JsonNode parse(byte[] json, String what) {
    try {
      return DatabindSupport.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionFailedError(what + " is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new AssertionFailedError(what + " cannot be read: " + e, e);
    }
  }

  private static String pretty(JsonNode tree) {
    return tree.toPrettyString();
  }
}
