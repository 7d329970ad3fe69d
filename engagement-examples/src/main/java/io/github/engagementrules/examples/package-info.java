/**
 * Runnable examples of the library: {@link io.github.engagementrules.examples.QuickStartExample}, the README's
 * snippet as a program, and {@link io.github.engagementrules.examples.Samples}, the sample data they use. The
 * {@code engagement} command-line tool ({@code cli}), its HTTP service ({@code http}), the policy playground
 * ({@code playground}) and the batch reading they share ({@code records}) live in packages of their own.
 */
package io.github.engagementrules.examples;
