package io.github.engagementrules.authoring;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.engagementrules.authoring.internal.BookModel;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An edition as a document its owners can read and certify, with no DRL in sight: the guide's text in order, under
 * each sentence the rules that quote it (what each decides and when, in words generated from its conditions, its
 * precedence tier, its local interpretation with its approval), worked examples, what no rule implements, the
 * precedence, the edition's dates and, against an older edition, what changed. Written as self-contained HTML with a
 * print stylesheet and as PDF.
 */
public final class PolicyBook {
  /** The book's HTML file name in the folder {@link #writeTo(Path)} fills. */
  public static final String HTML_FILE = "book.html";

  /** The book's PDF file name. */
  public static final String PDF_FILE = "book.pdf";

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("io/github/engagementrules/authoring/book").compile("book.mustache");

  private static final String CSS = resource("io/github/engagementrules/authoring/book/book.css");

  private final BookModel model;
  private final String html;

  private PolicyBook(BookModel model) {
    this.model = model;
    this.html = render(Map.of("inlineCss", true, "css", CSS));
  }

  /**
   * A new book of an edition.
   *
   * @param edition the edition's rule base ({@link io.github.engagementrules.rules.CompiledRules#info()}, {@link
   *     io.github.engagementrules.rules.EngagementDecider#ruleBase()})
   * @return a builder
   */
  public static Builder of(RuleBaseInfo edition) {
    return new Builder(edition);
  }

  /** The book as one self-contained HTML page, its styles inline (no network needed, works from a file). */
  public String html() {
    return html;
  }

  /**
   * The book as an HTML page whose styles are linked rather than inline, for a server whose content security policy
   * allows only its own style sheets: serve {@link #css()} at {@code cssHref}.
   *
   * @param cssHref where the page finds its style sheet
   * @return the page
   */
  public String linkedHtml(String cssHref) {
    return render(Map.of("inlineCss", false, "cssHref", cssHref));
  }

  /** The book's style sheet, the same for every book. */
  public static String css() {
    return CSS;
  }

  private String render(Map<String, Object> styles) {
    StringWriter out = new StringWriter();
    TEMPLATE.execute(out, List.of(model, styles));
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = PolicyBook.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the engagement-authoring jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the book as PDF, rendered from its HTML by openhtmltopdf (no browser).
   *
   * @param out where the PDF goes; left open
   * @throws IOException when {@code out} cannot be written
   */
  public void writePdf(OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    builder.run();
  }

  /**
   * Writes {@value #HTML_FILE} and {@value #PDF_FILE} into a folder, creating it if needed.
   *
   * @param folder the folder
   * @return the two files written
   * @throws IOException when they cannot be written
   */
  public List<Path> writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path page = folder.resolve(HTML_FILE);
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path pdf = folder.resolve(PDF_FILE);
    try (OutputStream out = Files.newOutputStream(pdf)) {
      writePdf(out);
    }
    return List.of(page, pdf);
  }

  /** What the book shows besides the edition itself. Not thread-safe. */
  public static final class Builder {
    private final RuleBaseInfo edition;
    private final List<BookModel.Example> examples = new ArrayList<>();
    private RuleBaseInfo previous;
    private DiffReport diff;
    private LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private Builder(RuleBaseInfo edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
    }

    /**
     * Adds worked examples: each scenario's opportunity and the edition's decision on it, in plain words. Scenarios
     * the edition refuses to decide (those that expect an error) are left out: they are no example of a decision.
     *
     * @param scenarios the scenarios
     * @param decider a decider over the edition's rules, used with each scenario's roster
     * @return this builder
     */
    public Builder examples(List<Scenario> scenarios, EngagementDecider decider) {
      for (Scenario scenario : scenarios) {
        try {
          Decision decision = decider.withRoster(scenario.roster()).decide(scenario.opportunity());
          examples.add(new BookModel.Example(scenario.name(), scenario.opportunity(), decision));
        } catch (EngagementException refused) {
          // an opportunity the guide does not let anyone decide: not a worked example
        }
      }
      return this;
    }

    /**
     * Shows what changed since an older edition: its guide text, its rules, and the decisions that change.
     *
     * @param older the older edition
     * @param changes the decisions that change ({@link RuleBaseDiff}), or {@code null} to leave them out
     * @return this builder
     */
    public Builder against(RuleBaseInfo older, DiffReport changes) {
      this.previous = Objects.requireNonNull(older, "older");
      this.diff = changes;
      return this;
    }

    /**
     * The day the book is made on, which the review notice is judged on (default: today, UTC).
     *
     * @param day the day
     * @return this builder
     */
    public Builder on(LocalDate day) {
      this.today = Objects.requireNonNull(day, "day");
      return this;
    }

    /** Renders the book. */
    public PolicyBook build() {
      return new PolicyBook(BookModel.of(edition, examples, Optional.ofNullable(previous), Optional.ofNullable(diff),
          today));
    }
  }

}
