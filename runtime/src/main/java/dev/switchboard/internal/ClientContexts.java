package dev.switchboard.internal;

import dev.switchboard.internal.json.Codecs;
import dev.switchboard.internal.json.EventBindingException;
import dev.switchboard.internal.json.Json;
import dev.switchboard.Client;
import dev.switchboard.ClientContext;
import dev.switchboard.CognitoIdentity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the caller's client context and Cognito identity from the JSON that Lambda passes
 * ({@code Lambda-Runtime-Client-Context} and {@code Lambda-Runtime-Cognito-Identity} headers, or the
 * decoded {@code X-Amz-Client-Context} of an Invoke request).
 */
public final class ClientContexts {
  private ClientContexts() {}

  /**
   * The client context in {@code {"client": {...}, "custom": {...}, "env": {...}}}, or {@code null}
   * for a null or blank string.
   *
   * @throws EventBindingException when the text is not a JSON object
   */
  public static ClientContext clientContext(String json) {
    Map<String, Object> root = object(json);
    if (root == null) {
      return null;
    }
    Map<String, String> client = strings(root.get("client"));
    Client app = client.isEmpty() ? null : new AppClient(
        client.get("installation_id"),
        client.get("app_title"),
        client.get("app_version_name"),
        client.get("app_version_code"),
        client.get("app_package_name"));
    return new Simple(app, strings(root.get("custom")), strings(root.get("env")));
  }

  /**
   * The identity in {@code {"cognitoIdentityId": ..., "cognitoIdentityPoolId": ...}}, or {@code null}
   * for a null or blank string.
   *
   * @throws EventBindingException when the text is not a JSON object
   */
  public static CognitoIdentity cognitoIdentity(String json) {
    Map<String, Object> root = object(json);
    if (root == null) {
      return null;
    }
    Map<String, String> values = strings(root);
    return new Identity(values.get("cognitoIdentityId"), values.get("cognitoIdentityPoolId"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    Object value = Json.readEvent(Codecs.OBJECT, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (!(value instanceof Map)) {
      throw new EventBindingException("Expected a JSON object, found: " + json, null);
    }
    return (Map<String, Object>) value;
  }

  private static Map<String, String> strings(Object value) {
    if (!(value instanceof Map)) {
      return Collections.emptyMap();
    }
    Map<String, String> strings = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
      if (entry.getValue() != null && !(entry.getValue() instanceof Map) && !(entry.getValue() instanceof java.util.List)) {
        strings.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
      }
    }
    return Collections.unmodifiableMap(strings);
  }

  private record Simple(Client getClient, Map<String, String> getCustom, Map<String, String> getEnvironment)
      implements ClientContext {}

  private record AppClient(
      String getInstallationId,
      String getAppTitle,
      String getAppVersionName,
      String getAppVersionCode,
      String getAppPackageName) implements Client {}

  private record Identity(String getIdentityId, String getIdentityPoolId) implements CognitoIdentity {}
}
