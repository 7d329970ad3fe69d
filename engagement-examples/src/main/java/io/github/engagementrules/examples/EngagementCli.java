package io.github.engagementrules.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code engagement} command-line tool: {@code java -jar engagement-cli.jar COMMAND [OPTIONS]}. Run it with
 * {@code help} for the list of commands.
 */
public final class EngagementCli {
  private final Map<String, Command> commands = new LinkedHashMap<>();

  EngagementCli() {
    for (Command command :
        List.of(
            new DemoCommand(),
            new DecideCommand(),
            new ValidateCommand(),
            new TestCommand(),
            new VerifyCommand(),
            new DiffCommand(),
            new ServeCommand(),
            new BenchCommand())) {
      commands.put(command.name(), command);
    }
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    int status = new EngagementCli().run(args, System.in, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the tool with the given streams and returns the exit status, without exiting. */
  int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
      printUsage(args.length == 0 ? err : out);
      return args.length == 0 ? Command.USAGE_OR_RULES : Command.OK;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println("engagement: unknown command '" + args[0] + "'");
      printUsage(err);
      return Command.USAGE_OR_RULES;
    }
    try {
      return command.run(Arrays.asList(args).subList(1, args.length), in, out, err);
    } catch (UsageException e) {
      err.println("engagement " + command.name() + ": " + e.getMessage());
      err.println("usage: " + command.usage());
      return Command.USAGE_OR_RULES;
    } catch (Exception e) {
      err.println("engagement " + command.name() + ": " + e.getMessage());
      return Command.USAGE_OR_RULES;
    }
  }

  private void printUsage(PrintStream out) {
    out.println("usage: java -jar engagement-cli.jar COMMAND [OPTIONS]");
    out.println();
    out.println("commands:");
    for (Command command : commands.values()) {
      // A usage is "SYNTAX   what it does": print the syntax, then what it does indented beneath it.
      String[] parts = command.usage().split("\\s{3,}", 2);
      out.println("  " + parts[0]);
      if (parts.length > 1) {
        out.println("      " + parts[1]);
      }
    }
  }
}
