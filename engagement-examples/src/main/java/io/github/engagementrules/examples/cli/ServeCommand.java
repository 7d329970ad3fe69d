package io.github.engagementrules.examples.cli;

import io.github.engagementrules.examples.http.BearerTokens;
import io.github.engagementrules.examples.http.EngagementServer;
import io.github.engagementrules.examples.http.EngagementService;
import io.github.engagementrules.examples.http.FileWatcher;
import io.github.engagementrules.examples.http.LiveDecider;
import io.github.engagementrules.examples.http.ServiceMetrics;
import io.github.engagementrules.examples.playground.Playground;
import io.github.engagementrules.examples.publicpage.PublicPage;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the engagement JSON API (see {@link EngagementService}) and the playground page (see {@link
 * Playground}) over HTTP until the process is stopped. It follows the roster file and the rule directories (see
 * {@link LiveDecider}); on SIGHUP it reads them again and reopens the record file and the access log; on SIGTERM or
 * Ctrl-C it stops accepting, lets requests in progress finish, and closes the decision record file.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the JSON API and the playground page over HTTP (or HTTPS) until stopped.",
      "POST /decisions, POST /public-answers, GET /health, /ready, /status, /metrics, /rules, /openapi.json,"
          + " /schemas/*, the playground at /, and with --public-page the page for the public at /public. Listens on 127.0.0.1 unless --host says otherwise; an address that is not loopback"
          + " needs TLS and a token, or --insecure. The roster file and --rules directories are reloaded when they"
          + " change and on SIGHUP (which also reopens the record file and access log). On SIGTERM, requests in"
          + " progress finish before the server stops."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;

  @Option(names = "--roster", paramLabel = "ROSTER.json",
      description = "the roster to decide with, watched and read again when it changes (required, here or in --config)")
  Path rosterFile;

  @Mixin CliSupport.RuleOptions rules;
  @Mixin CliSupport.RecordOptions record;

  @Option(names = "--config", paramLabel = "FILE",
      description = "read options from FILE, Java properties with an option's name without its dashes as the key"
          + " (port=8080, roster=/etc/engagement/roster.json, insecure=true); the command line overrides it")
  Path configFile;

  @Option(names = "--port", paramLabel = "N", description = "the port; 0 picks a free one (default: 8080)")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "the address to listen on (default: 127.0.0.1)")
  String host = "127.0.0.1";

  @Option(names = "--threads", paramLabel = "N",
      description = "how many requests are worked on at once (default: the number of CPUs, at least 2)")
  int threads = Math.max(2, Runtime.getRuntime().availableProcessors());

  @Option(names = "--auth-token-file", paramLabel = "FILE",
      description = "require 'Authorization: Bearer TOKEN' with one of the tokens in FILE, one a line"
          + " (GET /health and the playground's files stay open)")
  Path tokenFile;

  @Option(names = "--tls-keystore", paramLabel = "FILE.p12", description = "serve HTTPS with this PKCS#12 key store")
  Path keyStore;

  @Option(names = "--tls-password-file", paramLabel = "FILE", description = "the key store's password, on one line")
  Path passwordFile;

  @Option(names = "--insecure",
      description = "allow an address that is not loopback without TLS and a token (for a trusted network only)")
  boolean insecure;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS",
      description = "close a connection silent for this long (default: 30)")
  int idleTimeoutSeconds = 30;

  @Option(names = "--min-data-rate", paramLabel = "BYTES",
      description = "cut off a request body sent slower than this many bytes per second (default: 1024)")
  long minDataRate = 1024;

  @Option(names = "--shutdown-grace", paramLabel = "SECONDS",
      description = "how long requests in progress may take to finish on shutdown (default: 10)")
  int graceSeconds = 10;

  @Option(names = "--max-connections", paramLabel = "N",
      description = "the most connections open at once; more clients wait until one closes (default: 1000)")
  int maxConnections = 1000;

  @Option(names = "--require-approved", description = "refuse rules with a local interpretation the policy owner has"
      + " not approved as written now (approvals.json): at start, and on a reload, which keeps the last approved rules")
  boolean requireApproved;

  @Option(names = "--metrics-public", description = "serve GET /metrics without a token, even with --auth-token-file")
  boolean metricsPublic;

  @Option(names = "--public-page",
      description = "also serve the page for the public at /public (\"Inviting the police to your meeting or event?\")"
          + " without a token; every other endpoint stays protected. It stores nothing, so it cannot be combined with"
          + " --record")
  boolean publicPage;

  @Option(names = "--log-format", paramLabel = "FORMAT",
      description = "json (one object a line, with the request id) or text (default: json)")
  CliLogging.Format logFormat = CliLogging.Format.JSON;

  @Option(names = "--access-log", paramLabel = "FILE",
      description = "append an access log (address, method, path, status, bytes, time; never a name or a body)")
  Path accessLog;

  @Override
  public Integer call() throws Exception {
    List<String> all = spec.commandLine().getParseResult().originalArgs(); // the tool's, from the command name on
    ServeCommand configured = configured(all.subList(all.indexOf(spec.name()) + 1, all.size()));
    CliLogging.use(configured.logFormat);
    Running running = configured.start(cli.out(), true);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.stop();
                  stopped.countDown();
                },
                "engagement-shutdown"));
    stopped.await();
    return EngagementCli.OK;
  }

  /**
   * A started server, the decider it follows the force with, the watcher of the roster file and the record file it
   * writes, stopped together.
   */
  record Running(EngagementServer server, LiveDecider live, FileWatcher rosterWatcher, CliSupport.Recording recording)
      implements AutoCloseable {
    /**
     * What SIGHUP does: reads the roster file again, rebuilds the rules from their directories, if any, and reopens
     * the record file and the access log (for tools that rotate them by moving them away).
     */
    void reload() {
      live.reloadRoster();
      live.reloadRules();
      server.reopenAccessLog();
      if (recording.sink() != null) {
        try {
          recording.sink().reopen();
        } catch (IOException e) {
          LoggerFactory.getLogger(ServeCommand.class)
              .error("cannot reopen the record file: {}; decisions are refused until it can be", e.getMessage());
        }
      }
    }

    /** Stops the server gracefully, then stops watching and closes the record file. */
    void stop() {
      server.stop();
      rosterWatcher.close();
      live.close();
      try {
        recording.close();
      } catch (IOException e) {
        System.err.println("engagement serve: cannot close the record file: " + e.getMessage());
      }
    }

    @Override
    public void close() {
      stop();
    }
  }

  /**
   * Parses {@code args} as {@code serve} does, starts the server and prints where it listens; for tests.
   *
   * @throws ParameterException when the arguments are wrong
   * @throws UsageException when the roster, tokens or key store cannot be read
   */
  static Running start(List<String> args, PrintStream out) throws Exception {
    ServeCommand command = new ServeCommand();
    CommandLine commandLine = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.parseArgs(args.toArray(String[]::new));
    return command.configured(args).start(out, false);
  }

  /**
   * This command as {@code args} and the {@code --config} file say together: without a file, this command; with one,
   * the arguments parsed again with the file's values as the defaults, so that the command line overrides the file.
   *
   * @throws UsageException when the file cannot be read or names an option {@code serve} does not have
   */
  private ServeCommand configured(List<String> args) {
    if (configFile == null) {
      return this;
    }
    Properties options = new Properties();
    try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
      options.load(reader);
    } catch (NoSuchFileException e) {
      throw new UsageException("config file '" + configFile + "' does not exist");
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot read config file '" + configFile + "': " + e.getMessage());
    }
    Set<String> known = new TreeSet<>();
    spec.options().forEach(option -> known.add(option.longestName().replaceFirst("^--", "")));
    known.removeAll(Set.of("config", "help", "version"));
    for (String key : options.stringPropertyNames()) {
      if (!known.contains(key)) {
        throw new UsageException("config file '" + configFile + "': unknown option '" + key + "'; serve takes "
            + String.join(", ", known));
      }
    }
    ServeCommand configured = new ServeCommand();
    configured.cli = cli;
    new CommandLine(configured)
        .setOut(spec.commandLine().getOut())
        .setErr(spec.commandLine().getErr())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(options))
        .parseArgs(args.toArray(String[]::new));
    return configured;
  }

  /**
   * Starts the server and prints where it listens.
   *
   * @param onSighup whether SIGHUP reloads (see {@link Running#reload()}); set only where this process is the service,
   *     as a signal handler is the whole JVM's
   */
  Running start(PrintStream out, boolean onSighup) throws Exception {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be a port number from 0 to 65535, got '" + port
          + "'");
    }
    CliSupport.positive(spec, "--threads", threads);
    CliSupport.positive(spec, "--idle-timeout", idleTimeoutSeconds);
    CliSupport.positive(spec, "--max-connections", maxConnections);
    BearerTokens tokens = tokens();
    Optional<EngagementServer.Tls> tls = tls();
    refuseUnsafeExposure(tokens, tls);
    if (rosterFile == null) {
      throw new ParameterException(spec.commandLine(),
          "Missing required option: '--roster=ROSTER.json' (on the command line or in the --config file)");
    }
    if (publicPage && record.file != null) {
      throw new ParameterException(spec.commandLine(), "--public-page stores nothing of what the public sends, so it"
          + " cannot be combined with --record: serve the public page from a service of its own");
    }
    Roster loaded = CliSupport.roster(rosterFile.toString());
    CliSupport.Recording recording = record.open(spec);
    LiveDecider live = null;
    FileWatcher rosterWatcher = null;
    try {
      ServiceMetrics metrics = new ServiceMetrics();
      EngagementRules.Builder builder =
          CliSupport.rules(loaded, rules.directories, Optional.of(metrics.counting(recording.listener())));
      live = LiveDecider.start(requireApproved ? builder.requireApproved() : builder,
          !rules.directories.isEmpty(), rosterFile, Clock.systemUTC(), metrics::reloaded);
      rosterWatcher = new FileWatcher(rosterFile, live::reloadRoster);
      EngagementDecider decider = live.current();
      EngagementServer server =
          new EngagementServer(
              new EngagementServer.Config(
                  host, port, threads, EngagementJson.MAX_DOCUMENT_LENGTH, Duration.ofSeconds(idleTimeoutSeconds),
                  minDataRate, Duration.ofSeconds(graceSeconds), tokens, tls, Optional.ofNullable(accessLog),
                  maxConnections, publicPaths()));
      server.metrics(metrics);
      new EngagementService(live, recording.records(), metrics).registerOn(server);
      LiveDecider following = live;
      new Playground(() -> following.current().roster()).registerOn(server);
      if (publicPage) {
        new PublicPage(following::current, System::nanoTime).registerOn(server);
      }
      server.start();
      Running running = new Running(server, live, rosterWatcher, recording);
      if (onSighup) {
        HangupSignal.handle(running::reload); // before the line that tells a supervisor the service is up
      }
      String listening = "listening on " + server.scheme() + "://" + host + ":" + server.port()
          + "/ (rule base " + decider.ruleBase().version() + ", " + decider.ruleBase().rules().size() + " rules"
          + ", roster " + decider.rosterVersion() + (tokens.isEmpty() ? "" : ", bearer tokens required") + ")";
      LoggerFactory.getLogger(ServeCommand.class).info(listening);
      decider.ruleBase().reviewNotice(LocalDate.now(ZoneOffset.UTC))
          .ifPresent(notice -> LoggerFactory.getLogger(ServeCommand.class).warn("{}", notice));
      out.println("engagement serve: " + listening);
      out.flush();
      return running;
    } catch (Exception e) {
      if (rosterWatcher != null) {
        rosterWatcher.close();
      }
      if (live != null) {
        live.close();
      }
      recording.close();
      throw e;
    }
  }

  /** The paths that answer without a token besides the probes: those the options open to everyone. */
  private Set<String> publicPaths() {
    Set<String> paths = new TreeSet<>();
    if (metricsPublic) {
      paths.add("/metrics");
    }
    if (publicPage) {
      paths.addAll(PublicPage.paths());
    }
    return Set.copyOf(paths);
  }

  /** On an address other machines can reach, decisions (which name officers) need TLS and a token. */
  private void refuseUnsafeExposure(BearerTokens tokens, Optional<EngagementServer.Tls> tls) {
    boolean loopback;
    try {
      loopback = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new UsageException("--host '" + host + "' is not an address of this machine");
    }
    if (!loopback && !insecure && (tls.isEmpty() || tokens.isEmpty())) {
      throw new UsageException("refusing to listen on " + host + " (not a loopback address) without TLS and a bearer"
          + " token: give --tls-keystore, --tls-password-file and --auth-token-file, or --insecure");
    }
  }

  private BearerTokens tokens() {
    if (tokenFile == null) {
      return BearerTokens.none();
    }
    try {
      return BearerTokens.fromFile(tokenFile);
    } catch (NoSuchFileException e) {
      throw new UsageException("token file '" + tokenFile + "' does not exist");
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("token file: " + e.getMessage());
    }
  }

  private Optional<EngagementServer.Tls> tls() {
    if (keyStore == null && passwordFile == null) {
      return Optional.empty();
    }
    if (keyStore == null || passwordFile == null) {
      throw new ParameterException(spec.commandLine(), "--tls-keystore and --tls-password-file go together");
    }
    if (!Files.isReadable(keyStore)) {
      throw new UsageException("key store '" + keyStore + "' cannot be read");
    }
    try {
      String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
      return Optional.of(new EngagementServer.Tls(keyStore, password.strip()));
    } catch (IOException e) {
      throw new UsageException("cannot read the password file '" + passwordFile + "': " + e.getMessage());
    }
  }
}
