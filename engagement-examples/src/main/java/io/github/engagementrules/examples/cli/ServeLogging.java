package io.github.engagementrules.examples.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * How {@code serve} logs: {@code logback.xml} read again with JSON lines ({@code --log-format json}, the default) or
 * plain lines, at INFO, so that an operator sees reloads, start and stop, and a log shipper gets one JSON object a
 * line with the request's id ({@code mdc.requestId}).
 */
final class ServeLogging {
  /** The log formats {@code --log-format} takes. */
  enum Format {
    /** One JSON object a line (logback's {@code JsonEncoder}). */
    JSON,
    /** One plain line per event. */
    TEXT
  }

  private ServeLogging() {}

  /** Logs in {@code format} at INFO from now on; does nothing when logback is not the slf4j backend. */
  static void use(Format format) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    context.putProperty("engagement.log.format", format.name());
    context.putProperty("engagement.log.level", "INFO");
    try {
      new ContextInitializer(context).autoConfig();
    } catch (JoranException e) {
      System.err.println("engagement serve: cannot configure logging: " + e.getMessage());
    }
  }
}
