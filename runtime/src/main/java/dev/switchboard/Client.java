package dev.switchboard;

/** The client application that made the invocation, part of {@link ClientContext}. */
public interface Client {
  /** The installation id of the application. */
  String getInstallationId();

  /** The application's title. */
  String getAppTitle();

  /** The application's version name. */
  String getAppVersionName();

  /** The application's version code. */
  String getAppVersionCode();

  /** The application's package name. */
  String getAppPackageName();
}
