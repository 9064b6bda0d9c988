/**
 * The first phase: finds {@code @LambdaHandler} methods, names them, checks their signatures, placement
 * and access, and describes each valid handler as a {@link dev.switchboard.processor.handlers.HandlerModel}.
 */
package dev.switchboard.processor.handlers;
