/**
 * {@code serve}: a local server that speaks the Lambda Invoke API, so the AWS CLI and SDKs can call
 * every handler of the jar. Loaded only when that command is chosen; the Lambda loop and
 * {@code invoke} never touch it.
 */
package dev.switchboard.server;
