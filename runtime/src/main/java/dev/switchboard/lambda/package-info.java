/**
 * The Lambda custom runtime: the loop that serves invocations from the Runtime API
 * ({@link dev.switchboard.lambda.RuntimeLoop}), and the training run that packages a jar for Lambda with a
 * class-data archive ({@link dev.switchboard.lambda.TrainingRun}). Loaded only when the jar runs in Lambda
 * (or is packaged for it), never by the local commands.
 */
package dev.switchboard.lambda;
