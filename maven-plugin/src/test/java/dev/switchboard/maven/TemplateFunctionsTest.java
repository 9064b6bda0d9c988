package dev.switchboard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateFunctionsTest {
  @Test
  void readsJavaFunctionsWithTheirLines() {
    String yaml = String.join("\n",
        "Transform: AWS::Serverless-2016-10-31",
        "Description: >-",
        "  Handler: not-a-key",
        "Globals:",
        "  Function:",
        "    Runtime: provided.al2023",
        "Resources:",
        "  # a comment",
        "  Hello:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: hello # the name",
        "      Events:",
        "        Api:",
        "          Type: HttpApi",
        "          Properties:",
        "            Handler: nested",
        "  Py:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Runtime: python3.12",
        "      Handler: app.handler",
        "  \"Quoted\":",
        "    Type: 'AWS::Lambda::Function'",
        "    Properties:",
        "      Runtime: java21",
        "      Handler: \"com.example.Greeter::handleRequest\"",
        "  Layer:",
        "    Type: AWS::Serverless::LayerVersion",
        "    Properties:",
        "      ContentUri: target/java-layer",
        "");
    assertEquals(List.of(
            new TemplateFunctions.Function("Hello", "hello", 12),
            new TemplateFunctions.Function("Quoted", "com.example.Greeter::handleRequest", 27)),
        TemplateFunctions.read(yaml));
  }
}
