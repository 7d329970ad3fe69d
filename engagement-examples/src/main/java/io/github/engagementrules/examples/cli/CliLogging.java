package io.github.engagementrules.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The command-line tool's logging, set up in code (found by logback through {@code META-INF/services}) rather than
 * read from a {@code logback.xml}: reading XML loads some 500 classes, a large part of a command's cold start. Every
 * command logs warnings and errors as plain lines on standard error (standard output carries only results);
 * {@code serve} switches to INFO (reloads, start and stop) in JSON lines ({@code --log-format json}, the default, with
 * the request's id in {@code mdc.requestId}) or plain lines. A {@code -Dlogback.configurationFile=FILE} given to the
 * JVM still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class CliLogging extends ContextAwareBase implements Configurator {
  /** The log formats {@code --log-format} takes. */
  enum Format {
    /** One JSON object a line (logback's {@code JsonEncoder}). */
    JSON,
    /** One plain line per event. */
    TEXT
  }

  /** Made by logback's service loader. */
  public CliLogging() {}

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context, Format.TEXT, Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Logs in {@code format} at INFO from now on; does nothing when logback is not the slf4j backend. */
  static void use(Format format) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context && System.getProperty("logback.configurationFile") == null) {
      context.reset();
      apply(context, format, Level.INFO);
    }
  }

  private static void apply(LoggerContext context, Format format, Level level) {
    Encoder<ILoggingEvent> encoder = format == Format.JSON ? json() : text();
    encoder.setContext(context);
    if (encoder instanceof LayoutWrappingEncoder<ILoggingEvent> wrapping) {
      wrapping.getLayout().setContext(context);
      wrapping.getLayout().start();
    }
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName(format.name());
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(level);
    root.addAppender(appender);
    // Compile errors are reported by the commands as file:line:column: message; Drools need not repeat them.
    context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").setLevel(Level.OFF);
    // Drools' and Kie's progress notes are not the service's news.
    context.getLogger("org.drools").setLevel(Level.WARN);
    context.getLogger("org.kie").setLevel(Level.WARN);
    // The book's PDF uses the standard PDF fonts; PDFBox warns of each substitute it embeds, which is not news.
    context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
    context.getLogger("com.openhtmltopdf").setLevel(Level.ERROR);
    // openhtmltopdf logs through java.util.logging of its own accord ("Using fast-mode renderer"): not the user's news.
    XRLog.setLoggingEnabled(false);
  }

  /**
   * {@code [thread] LEVEL logger - message}, a line each (and an exception's trace after it), written without
   * logback's pattern parser, which is slow to load.
   */
  private static Encoder<ILoggingEvent> text() {
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setLayout(new LayoutBase<>() {
      @Override
      public String doLayout(ILoggingEvent event) {
        String line = "[" + event.getThreadName() + "] " + event.getLevel() + " " + event.getLoggerName() + " - "
            + event.getFormattedMessage() + System.lineSeparator();
        return event.getThrowableProxy() == null ? line
            : line + ThrowableProxyUtil.asString(event.getThrowableProxy()) + System.lineSeparator();
      }
    });
    return encoder;
  }

  private static Encoder<ILoggingEvent> json() {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    return encoder;
  }
}
