package dev.switchboard.internal;

import java.util.Map;

/**
 * What stays the same across a function's invocations: its name, version, memory and log names.
 *
 * @param name the function name
 * @param version the version, {@code $LATEST} when unversioned
 * @param memoryMb the memory limit in MB
 * @param logGroupName the log group
 * @param logStreamName the log stream
 */
public record FunctionInfo(String name, String version, int memoryMb, String logGroupName, String logStreamName) {

  /**
   * Reads Lambda's environment variables ({@code AWS_LAMBDA_FUNCTION_NAME}, {@code ..._VERSION},
   * {@code ..._MEMORY_SIZE}, {@code AWS_LAMBDA_LOG_GROUP_NAME}, {@code AWS_LAMBDA_LOG_STREAM_NAME}),
   * with the given fallbacks where one is unset.
   */
  public static FunctionInfo fromEnvironment(Map<String, String> env, String defaultName, int defaultMemoryMb) {
    String name = env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", defaultName);
    String memory = env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE");
    int memoryMb = defaultMemoryMb;
    if (memory != null) {
      try {
        memoryMb = Integer.parseInt(memory.trim());
      } catch (NumberFormatException e) {
        memoryMb = defaultMemoryMb;
      }
    }
    return new FunctionInfo(
        name,
        env.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
        memoryMb,
        env.getOrDefault("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + name),
        env.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", "local"));
  }
}
