package io.github.engagementrules.rules;

import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.PublicContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every text for the public passes: readable (Flesch reading ease at least {@link #MIN_READING_EASE}, the
 * level GOV.UK content aims for) and free of the rule base's internal vocabulary. Shared by the runtime's tests and
 * the authoring module's test over the verification domain.
 *
 * <p>Flesch reading ease = 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words). A word is a run of letters,
 * digits and apostrophes (so {@code police.uk} is two words); a sentence ends at {@code .}, {@code !} or {@code ?}
 * followed by white space or the end. Syllables are estimated by the usual heuristic: each run of vowels ({@code
 * aeiouy}) in the word's letters is one, less a final silent {@code e} (not {@code -le}) and a final {@code -ed} not
 * after {@code t} or {@code d}; every word has at least one. The estimate is close on everyday English and, on long
 * Latinate words, errs towards more syllables, which only makes the check stricter. A label (a text with no full
 * stop, such as a contact's description "police.uk") is checked for vocabulary only: the formula needs sentences.
 */
public final class PlainEnglish {
  /** The least reading ease a public text may have. */
  public static final double MIN_READING_EASE = 60;

  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9']+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
  /** Words of the rule base's own vocabulary, in any case: a public text never needs them. */
  private static final Pattern INTERNAL_WORDS = Pattern.compile(
      "(?i)\\b(tier|interpretation|escalat\\w*|precedence|ruling|remit|rule base|intelligence|threat assessment)\\b");
  /** Internal abbreviations and programme names, as written. */
  private static final Pattern INTERNAL_NAMES = Pattern.compile("\\b(SNT|PIYN|Prevent)\\b");
  /** A constant of the model's enums, which are upper case words joined by underscores, or a single upper case word. */
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");
  /** Upper case words the public knows, which are also constants of the model's enums. */
  private static final List<String> PUBLIC_ACRONYMS = List.of("PCSO", "NHS");

  private PlainEnglish() {}

  /** The Flesch reading ease of {@code text}, as described above. */
  public static double readingEase(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("text: has no words: '" + text + "'");
    }
    long sentences = Math.max(1, SENTENCE_END.matcher(text).results().count());
    int syllables = words.stream().mapToInt(PlainEnglish::syllables).sum();
    return 206.835 - 1.015 * words.size() / sentences - 84.6 * syllables / words.size();
  }

  /** The estimated syllables of one word, as described above. */
  static int syllables(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    int count = (int) VOWELS.matcher(letters).results().count();
    if (count > 1 && letters.endsWith("e") && !letters.endsWith("le")) {
      count--;
    } else if (count > 1 && letters.endsWith("ed") && letters.length() > 3
        && "td".indexOf(letters.charAt(letters.length() - 3)) < 0) {
      count--;
    }
    return Math.max(count, 1);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /**
   * What is wrong with a public text: a sentence too hard to read, or a word of the internal vocabulary (see the patterns above)
   * or a rule's name of {@code rules}.
   *
   * @return the problems, empty when the text is fit for the public
   */
  public static List<String> problems(String text, RuleBaseInfo rules) {
    List<String> problems = new ArrayList<>();
    double ease = readingEase(text);
    if (SENTENCE_END.matcher(text).find() && ease < MIN_READING_EASE) {
      problems.add(String.format(Locale.ROOT, "reading ease %.1f < %.0f: '%s'", ease, MIN_READING_EASE, text));
    }
    Stream.of(INTERNAL_WORDS, INTERNAL_NAMES).forEach(pattern -> pattern.matcher(text).results()
        .forEach(m -> problems.add("internal word '" + m.group() + "': '" + text + "'")));
    CONSTANT.matcher(text).results()
        .filter(m -> !PUBLIC_ACRONYMS.contains(m.group()))
        .forEach(m -> problems.add("constant '" + m.group() + "': '" + text + "'"));
    String lower = text.toLowerCase(Locale.ROOT);
    rules.rules().stream()
        .filter(r -> lower.contains(r.name().toLowerCase(Locale.ROOT)))
        .forEach(r -> problems.add("rule name '" + r.name() + "': '" + text + "'"));
    return problems;
  }

  /** Every text of an answer a person reads. */
  public static List<String> texts(PublicAnswer answer) {
    List<String> texts = new ArrayList<>();
    texts.add(answer.summary());
    texts.addAll(answer.details());
    for (PublicContact contact : answer.contacts()) {
      texts.add(contact.description());
      texts.add(contact.how());
    }
    texts.add(answer.emergencyAdvice());
    return texts;
  }

  /** Every sentence {@link PublicAnswers} may add to the rules' wording. */
  public static List<String> answerSentences() {
    return PublicAnswers.sentences();
  }
}
