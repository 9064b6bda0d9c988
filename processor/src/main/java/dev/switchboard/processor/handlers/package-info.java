/**
 * The first phase: finds {@code @LambdaHandler} methods (and the {@code handleRequest} of annotated AWS
 * {@code RequestHandler} classes), names them, checks their signatures, placement
 * and access, and describes each valid handler as a {@link dev.switchboard.processor.handlers.HandlerModel}.
 */
package dev.switchboard.processor.handlers;
