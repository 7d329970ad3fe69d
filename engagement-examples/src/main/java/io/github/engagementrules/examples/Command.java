package io.github.engagementrules.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One subcommand of the {@code engagement} tool. */
interface Command {
  /** Exit status: everything worked. */
  int OK = 0;
  /** Exit status: some records or checks failed; the rest were processed. */
  int SOME_FAILED = 1;
  /** Exit status: a usage error, or the rule base or roster could not be loaded. */
  int USAGE_OR_RULES = 2;

  /** The subcommand's name, as typed on the command line. */
  String name();

  /** One line of usage, shown by {@code engagement help}. */
  String usage();

  /**
   * Runs the subcommand.
   *
   * @param args the arguments after the subcommand's name
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit status
   * @throws UsageException when the arguments are wrong
   * @throws Exception when something else fails; the tool reports it and exits with {@link #USAGE_OR_RULES}
   */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception;
}
