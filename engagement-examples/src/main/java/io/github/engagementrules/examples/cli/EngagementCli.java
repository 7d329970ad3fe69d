package io.github.engagementrules.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code engagement} command-line tool: {@code java -jar engagement-cli.jar COMMAND [OPTIONS]}, one picocli
 * command class per subcommand. {@code --help} on any command says what it does, {@code --version} prints the version,
 * a mistyped command or option gets a suggestion, and {@code generate-completion} prints a bash completion script.
 *
 * <p>Exit status: {@value #OK} when everything worked, {@value #SOME_FAILED} when some records or checks failed (the
 * rest were processed), {@value #USAGE_OR_RULES} for a usage error or a roster or rule base that cannot be loaded.
 */
@Command(
    name = "engagement",
    mixinStandardHelpOptions = true,
    versionProvider = EngagementCli.Version.class,
    description = "Decides community engagement opportunities with the guide's rules, and checks edited rules.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footer = {"", "Exit status: 0 ok, 1 some records or checks failed, 2 usage error or roster or rules not loaded.",
        "Run 'engagement COMMAND --help' for a command's options."},
    subcommands = {
      DemoCommand.class,
      DecideCommand.class,
      ValidateCommand.class,
      ApproveCommand.class,
      EditionCommand.class,
      BookCommand.class,
      TestCommand.class,
      VerifyCommand.class,
      DiffCommand.class,
      ReplayCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class EngagementCli implements Callable<Integer> {
  /** Exit status: everything worked. */
  static final int OK = 0;
  /** Exit status: some records or checks failed; the rest were processed. */
  static final int SOME_FAILED = 1;
  /** Exit status: a usage error, or the rule base or roster could not be loaded. */
  static final int USAGE_OR_RULES = 2;

  @Spec CommandSpec spec;

  private InputStream in = System.in;
  private PrintStream out = System.out;
  private PrintStream err = System.err;
  private boolean terminal;

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    int status = new EngagementCli().run(args, System.in, System.out, System.err, System.console() != null);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the tool with the given streams, none of them a terminal, and returns the exit status, without exiting. */
  int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, false);
  }

  /**
   * Runs the tool with the given streams and returns the exit status, without exiting.
   *
   * @param terminal whether a person is at a terminal to answer questions on {@code in}
   */
  int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this.terminal = terminal;
    this.in = in;
    this.out = out;
    this.err = err;
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine commandLine =
        new CommandLine(this)
            .setOut(outWriter)
            .setErr(errWriter)
            .setUsageHelpWidth(120)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExitCodeExceptionMapper(e -> USAGE_OR_RULES)
            .setParameterExceptionHandler(EngagementCli::usageError)
            .setExecutionExceptionHandler(
                (e, cl, parsed) -> {
                  cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + message(e));
                  return USAGE_OR_RULES;
                });
    int status = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return status;
  }

  /** A usage error in a few lines: what is wrong, "did you mean" when something was mistyped, where to get help. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return USAGE_OR_RULES;
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Without a command: the usage, on standard error, and status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE_OR_RULES;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Whether a person is at a terminal to answer questions on {@link #in()}. */
  boolean terminal() {
    return terminal;
  }

  /** The project's version, from {@code version.properties}, filtered by the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = EngagementCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "engagement " + properties.getProperty("version", "(unknown version)"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
