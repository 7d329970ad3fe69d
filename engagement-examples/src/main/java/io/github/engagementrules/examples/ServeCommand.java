package io.github.engagementrules.examples;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the engagement JSON API (see {@link EngagementService}) and the playground page (see {@link
 * Playground}) over HTTP until the process is stopped; on SIGTERM or Ctrl-C it stops accepting, lets requests in
 * progress finish, and closes the decision record file.
 */
final class ServeCommand implements Command {
  /** How long requests in progress may take to finish when the server stops, in seconds. */
  static final int SHUTDOWN_GRACE_SECONDS = 5;
  /** The longest a request or a response may take to be transferred, in seconds. */
  static final int SLOW_TRANSFER_SECONDS = 60;

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String usage() {
    return "serve --roster ROSTER.json [--port N] [--host ADDRESS] [--rules DIR]... [--threads N]"
        + " [--record FILE [--mask-names]]   the JSON API and the playground page over HTTP (port 0 picks a free port)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    Running running = start(args, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.stop(SHUTDOWN_GRACE_SECONDS);
                  stopped.countDown();
                },
                "engagement-shutdown"));
    stopped.await();
    return OK;
  }

  /** A started server and the record file it writes, stopped together. */
  record Running(EngagementServer server, CliSupport.Recording recording) implements AutoCloseable {
    /** Stops the server gracefully, then closes the record file. */
    void stop(int graceSeconds) {
      server.stop(graceSeconds);
      try {
        recording.close();
      } catch (IOException e) {
        System.err.println("engagement serve: cannot close the record file: " + e.getMessage());
      }
    }

    @Override
    public void close() {
      stop(0);
    }
  }

  /**
   * Parses the arguments, starts the server and prints where it listens.
   *
   * @throws UsageException when the arguments are wrong or the roster cannot be read
   * @throws IOException when the address cannot be bound
   */
  static Running start(List<String> rawArgs, PrintStream out) throws IOException {
    limitSlowRequests();
    Arguments args =
        Arguments.parse(
            rawArgs,
            CliSupport.withRecordOptions("roster", "rules", "port", "host", "threads"),
            CliSupport.RECORD_SWITCHES);
    if (!args.positional().isEmpty()) {
      throw new UsageException("serve takes no file; send opportunities to POST /decisions");
    }
    int port = port(args.optional("port"));
    String host = args.optional("host").orElse("127.0.0.1");
    int threads = args.positiveInt("threads", Math.max(2, Runtime.getRuntime().availableProcessors()));
    Roster roster = CliSupport.roster(args.required("roster"));
    CliSupport.Recording recording = CliSupport.recording(args);
    try {
      EngagementDecider decider = CliSupport.decider(roster, args.all("rules"), recording.listener());
      EngagementServer server =
          new EngagementServer(new InetSocketAddress(host, port), threads, EngagementJson.MAX_DOCUMENT_LENGTH);
      new EngagementService(decider).registerOn(server);
      new Playground(roster).registerOn(server);
      server.start();
      out.println("engagement serve: listening on http://" + host + ":" + server.port() + "/ (rule base "
          + decider.ruleBase().version() + ", " + decider.ruleBase().rules().size() + " rules)");
      out.flush();
      return new Running(server, recording);
    } catch (IOException | RuntimeException e) {
      recording.close();
      throw e;
    }
  }

  /**
   * Bounds how long the JDK server waits for a request or a response to be transferred, unless set on the command
   * line, so that a client that sends slowly cannot hold a connection forever. The JDK reads these properties when its
   * server is first used.
   */
  private static void limitSlowRequests() {
    for (String property : List.of("sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime")) {
      if (System.getProperty(property) == null) {
        System.setProperty(property, String.valueOf(SLOW_TRANSFER_SECONDS));
      }
    }
  }

  private static int port(Optional<String> value) {
    if (value.isEmpty()) {
      return 8080;
    }
    try {
      int port = Integer.parseInt(value.get());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be a port number from 0 to 65535, got '" + value.get() + "'");
  }
}
