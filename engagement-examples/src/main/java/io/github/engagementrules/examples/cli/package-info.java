/**
 * The {@code engagement} command-line tool on picocli: {@link io.github.engagementrules.examples.cli.EngagementCli}
 * is the entry point of {@code engagement-cli.jar}, with one annotated command class per subcommand. Internal to the
 * examples: not an API.
 */
package io.github.engagementrules.examples.cli;
