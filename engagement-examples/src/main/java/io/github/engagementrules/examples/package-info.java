/**
 * The {@code engagement} command-line tool and runnable examples. {@link EngagementCli} is the entry point of
 * {@code engagement-cli.jar}; each subcommand is a {@link Command}.
 */
package io.github.engagementrules.examples;
