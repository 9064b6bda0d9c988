package dev.switchboard.internal;

import dev.switchboard.internal.json.EventBindingException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.Client;
import dev.switchboard.ClientContext;
import dev.switchboard.CognitoIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client context and Cognito identity JSON that Lambda passes with an invocation. */
class ClientContextsTest {

  @Test
  void fullClientContext() {
    ClientContext context = ClientContexts.clientContext("{"
        + "\"client\": {\"installation_id\": \"inst-1\", \"app_title\": \"Shop\", \"app_version_name\": \"2.1\","
        + " \"app_version_code\": \"210\", \"app_package_name\": \"com.example.shop\"},"
        + "\"custom\": {\"tenant\": \"acme\", \"retries\": 3, \"beta\": true},"
        + "\"env\": {\"platform\": \"Android\", \"locale\": \"de_DE\"}}");

    Client client = context.getClient();
    assertEquals("inst-1", client.getInstallationId());
    assertEquals("Shop", client.getAppTitle());
    assertEquals("2.1", client.getAppVersionName());
    assertEquals("210", client.getAppVersionCode());
    assertEquals("com.example.shop", client.getAppPackageName());
    assertEquals(Map.of("tenant", "acme", "retries", "3", "beta", "true"), context.getCustom());
    assertEquals(List.of("tenant", "retries", "beta"), List.copyOf(context.getCustom().keySet()));
    assertEquals(Map.of("platform", "Android", "locale", "de_DE"), context.getEnvironment());
  }

  @Test
  void missingPartsAreNullClientAndEmptyMaps() {
    ClientContext context = ClientContexts.clientContext("{\"custom\": {\"k\": \"v\"}}");

    assertNull(context.getClient());
    assertEquals(Map.of("k", "v"), context.getCustom());
    assertEquals(Map.of(), context.getEnvironment());
  }

  @Test
  void nestedAndNullValuesAreLeftOut() {
    ClientContext context = ClientContexts.clientContext(
        "{\"custom\": {\"plain\": \"x\", \"object\": {\"a\": 1}, \"array\": [1], \"nothing\": null}}");

    assertEquals(Map.of("plain", "x"), context.getCustom());
  }

  @Test
  void mapsCannotBeChanged() {
    ClientContext context = ClientContexts.clientContext("{\"custom\": {\"k\": \"v\"}}");

    assertThrows(UnsupportedOperationException.class, () -> context.getCustom().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> context.getEnvironment().put("x", "y"));
  }

  @Test
  void nullOrBlankIsNoContext() {
    assertNull(ClientContexts.clientContext(null));
    assertNull(ClientContexts.clientContext(""));
    assertNull(ClientContexts.clientContext("  \n"));
    assertNull(ClientContexts.cognitoIdentity(null));
    assertNull(ClientContexts.cognitoIdentity(" "));
  }

  @Test
  void notAnObjectIsAnError() {
    EventBindingException array = assertThrows(EventBindingException.class,
        () -> ClientContexts.clientContext("[1, 2]"));
    assertTrue(array.getMessage().contains("Expected a JSON object"), array.getMessage());
    assertTrue(array.getMessage().contains("[1, 2]"), array.getMessage());

    assertThrows(EventBindingException.class, () -> ClientContexts.cognitoIdentity("\"id\""));
  }

  @Test
  void malformedJsonIsAnError() {
    EventBindingException e = assertThrows(EventBindingException.class,
        () -> ClientContexts.clientContext("{\"client\": "));
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
  }

  @Test
  void cognitoIdentity() {
    CognitoIdentity identity = ClientContexts.cognitoIdentity(
        "{\"cognitoIdentityId\": \"us-east-1:1234\", \"cognitoIdentityPoolId\": \"us-east-1:pool\"}");

    assertEquals("us-east-1:1234", identity.getIdentityId());
    assertEquals("us-east-1:pool", identity.getIdentityPoolId());

    CognitoIdentity partial = ClientContexts.cognitoIdentity("{\"cognitoIdentityId\": \"only-id\"}");
    assertEquals("only-id", partial.getIdentityId());
    assertNull(partial.getIdentityPoolId());
  }
}
