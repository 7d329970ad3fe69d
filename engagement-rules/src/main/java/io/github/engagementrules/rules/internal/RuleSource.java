package io.github.engagementrules.rules.internal;

/**
 * One DRL file: the name it is reported under (a path for files on disk) and its text.
 *
 * @param name the name problems are reported under
 * @param content the DRL text
 */
public record RuleSource(String name, String content) {}
