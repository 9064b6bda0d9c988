package dev.switchboard.server;

import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Finds who called {@code System.exit} while the server shuts down: the thread whose stack holds
 * {@code java.lang.Runtime.exit}. Java gives no status to a shutdown hook; from JDK 21 the JDK logs
 * each {@code Runtime.exit} to the {@code System.Logger} named {@code java.lang.Runtime} at DEBUG,
 * on the calling thread and before the hooks run, so on those JDKs this listens there for the status.
 */
final class ExitWatch {
  /** The JDK's logger; held here, as java.util.logging keeps loggers only weakly. */
  private static Logger runtimeLogger;
  private static volatile Integer status;
  private static volatile Thread statusThread;

  private ExitWatch() {}

  /** Listens for {@code Runtime.exit} on JDK 21 and later; does nothing before. */
  static synchronized void install() {
    if (Runtime.version().feature() < 21 || runtimeLogger != null) {
      return;
    }
    Logger logger = Logger.getLogger("java.lang.Runtime");
    logger.setUseParentHandlers(false);
    logger.setLevel(Level.FINE);
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        Throwable thrown = record.getThrown();
        String text = thrown == null ? null : thrown.getMessage();
        if (text != null && text.startsWith("Runtime.exit(") && text.endsWith(")")) {
          try {
            status = Integer.parseInt(text.substring("Runtime.exit(".length(), text.length() - 1));
            statusThread = Thread.currentThread();
          } catch (NumberFormatException e) {
            // Not the JDK's record.
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    runtimeLogger = logger;
  }

  /** The thread that called {@code System.exit} (other than the caller), or null when none did. */
  static Thread exitingThread() {
    Thread current = Thread.currentThread();
    for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
      if (entry.getKey() == current) {
        continue;
      }
      for (StackTraceElement frame : entry.getValue()) {
        if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
          return entry.getKey();
        }
      }
    }
    return null;
  }

  /** The status {@code thread} passed to {@code System.exit}, when the JDK told it; else null. */
  static Integer status(Thread thread) {
    return statusThread == thread ? status : null;
  }
}
