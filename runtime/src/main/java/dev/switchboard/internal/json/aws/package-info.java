/**
 * AWS's wire rules for the classes of aws-lambda-java-events on the databind path: the rules table
 * ({@code aws-events.rules}), a mapper per event configured as AWS's Java runtime configures its own,
 * and the time and S3 formats AWS uses. Loaded only when a handler's type is one of AWS's classes.
 */
package dev.switchboard.internal.json.aws;
