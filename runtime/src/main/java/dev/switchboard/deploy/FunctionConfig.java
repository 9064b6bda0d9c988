package dev.switchboard.deploy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The function's settings in the SAM template that {@code switchboard:template} writes: memory,
 * timeout and architecture. Put it on the {@code @LambdaHandler} method, or on the class for a class
 * annotated with {@code @LambdaHandler}. A handler without it gets the defaults below.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface FunctionConfig {
  /** Memory in MB, 128 to 10240 (Lambda's limits); CPU grows with it. */
  int memory() default 512;

  /** Timeout in seconds, 1 to 900. */
  int timeout() default 30;

  /** The instruction set the function runs on; the Java layer must be built for the same one. */
  Architecture architecture() default Architecture.X86_64;

  /** Lambda's instruction sets, written to the template as {@code x86_64} and {@code arm64}. */
  enum Architecture {
    /** 64-bit x86 ({@code x86_64}). */
    X86_64,
    /** 64-bit ARM, AWS Graviton ({@code arm64}). */
    ARM64
  }
}
