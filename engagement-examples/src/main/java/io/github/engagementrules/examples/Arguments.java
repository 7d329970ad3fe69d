package io.github.engagementrules.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed command-line arguments: {@code --name value} options (repeatable), {@code --flag} switches, and positional
 * arguments. Options a command does not know are a usage error.
 */
final class Arguments {
  private final Map<String, List<String>> options = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Arguments() {}

  /**
   * Parses arguments.
   *
   * @param args the raw arguments
   * @param valued options that take a value, without the leading dashes
   * @param switches options that take none
   * @throws UsageException for an unknown option or a missing value
   */
  static Arguments parse(List<String> args, Set<String> valued, Set<String> switches) {
    Arguments parsed = new Arguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int equals = name.indexOf('=');
        if (equals >= 0) {
          value = name.substring(equals + 1);
          name = name.substring(0, equals);
        }
        if (switches.contains(name) && value == null) {
          parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = args.get(++i);
          }
          parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  /** Every value given for an option, in order. */
  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  /** The option's value, when given once; a usage error when given more than once. */
  Optional<String> optional(String name) {
    List<String> values = all(name);
    if (values.size() > 1) {
      throw new UsageException("--" + name + " may be given only once");
    }
    return values.stream().findFirst();
  }

  /** The option's value; a usage error when it is missing. */
  String required(String name) {
    return optional(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
  }

  /** The option's value as a positive whole number, or {@code fallback}. */
  int positiveInt(String name, int fallback) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.get());
      if (parsed < 1) {
        throw new UsageException("--" + name + " must be a positive whole number, got '" + value.get() + "'");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a positive whole number, got '" + value.get() + "'");
    }
  }

  /** Whether a switch was given. */
  boolean flag(String name) {
    return options.containsKey(name);
  }

  /** The positional arguments. */
  List<String> positional() {
    return positional;
  }
}
