package dev.switchboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code serve} takes a RequestHandler class's name for its {@code Class::handleRequest} function. */
class FunctionDirectoryAliasTest {
  private static final String HANDLER = "com.example.Greeter::handleRequest";
  private final FunctionDirectory directory = new FunctionDirectory(
      List.of("hello", HANDLER), Map.of("com.example.Greeter", HANDLER), 128, "us-east-1");

  @Test
  void theClassNameFindsItsHandlerByNameArnAndQualifier() throws ServiceError {
    assertEquals(HANDLER, directory.resolve("com.example.Greeter", null).function().name());
    assertEquals(HANDLER, directory.resolve(HANDLER, null).function().name());
    FunctionDirectory.Target byArn =
        directory.resolve("arn:aws:lambda:us-east-1:123456789012:function:com.example.Greeter", "live");
    assertEquals(HANDLER, byArn.function().name());
    assertEquals("arn:aws:lambda:us-east-1:123456789012:function:com.example.Greeter:live", byArn.invokedArn());
    assertEquals(HANDLER, directory.resolve("com.example.Greeter:live", null).function().name());
  }

  @Test
  void anotherClassNameIsNotFound() {
    assertThrows(ServiceError.class, () -> directory.resolve("com.example.Other", null));
  }
}
