package dev.switchboard;

import java.util.Map;

/** What the calling client application told Lambda about itself (the {@code X-Amz-Client-Context} header). */
public interface ClientContext {
  /** The client application, or {@code null}. */
  Client getClient();

  /** Custom values set by the client application, never {@code null}. */
  Map<String, String> getCustom();

  /** Environment values set by the client (platform, model, locale...), never {@code null}. */
  Map<String, String> getEnvironment();
}
