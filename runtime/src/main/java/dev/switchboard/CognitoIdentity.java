package dev.switchboard;

/** The Amazon Cognito identity that made the invocation, when the caller used the mobile SDKs. */
public interface CognitoIdentity {
  /** The Cognito identity id. */
  String getIdentityId();

  /** The Cognito identity pool id. */
  String getIdentityPoolId();
}
