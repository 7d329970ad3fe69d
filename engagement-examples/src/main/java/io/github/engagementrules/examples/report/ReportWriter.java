package io.github.engagementrules.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.engagementrules.examples.report.Breakdowns.Chart;
import io.github.engagementrules.examples.report.Breakdowns.Table;
import io.github.engagementrules.model.Roster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * Writes a tally as a report into a folder: {@code report.html}, one self-contained page (its styles, scripts and
 * charts inlined, a Content-Security-Policy that lets it fetch nothing, so it works from a {@code file:} address with
 * no network), and one CSV file per breakdown for spreadsheets (RFC 4180: a header row, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break; text that a spreadsheet would take for a formula starts with {@code '}).
 */
public final class ReportWriter {
  /** The page's file name. */
  public static final String PAGE = "report.html";

  private static final String TEMPLATES = "io/github/engagementrules/examples/report/";
  private static final String UPLOT = "META-INF/resources/webjars/uplot/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");
  private static final Mustache TEMPLATE = new DefaultMustacheFactory(TEMPLATES).compile("report.html.mustache");

  private ReportWriter() {}

  /**
   * Writes the report of {@code tally}, read from {@code sources}, into {@code folder} (created when missing).
   *
   * @param roster today's roster, to say whether each vacancy escalated is still open; empty to say "unknown"
   * @return the files written, the page first
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(DecisionTally tally, List<Path> sources, Optional<Roster> roster, Path folder)
      throws IOException {
    Files.createDirectories(folder);
    List<Table> tables = Breakdowns.tables(tally, roster);
    List<Path> written = new ArrayList<>();
    written.add(folder.resolve(PAGE));
    try (Writer page = Files.newBufferedWriter(folder.resolve(PAGE), StandardCharsets.UTF_8)) {
      TEMPLATE.execute(page, page(tally, sources, roster, tables)).flush();
    }
    for (Table table : tables) {
      Path file = folder.resolve(table.id() + ".csv");
      writeCsv(table, file);
      written.add(file);
    }
    return written;
  }

  private static void writeCsv(Table table, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter rows = CSV.writerFor(List.class).with(CSV_SCHEMA).writeValues(out)) {
      rows.write(table.header());
      for (List<String> row : table.rows()) {
        rows.write(row.stream().map(ReportWriter::spreadsheetSafe).toList());
      }
    }
  }

  /**
   * Text a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) with a
   * {@code '} before it, as OWASP advises against CSV injection: ward and borough names come from outside.
   */
  static String spreadsheetSafe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+") ? "'" + cell : cell;
  }

  /** What the template shows. */
  private static Map<String, Object> page(
      DecisionTally tally, List<Path> sources, Optional<Roster> roster, List<Table> tables) throws IOException {
    List<Chart> charts = Breakdowns.charts(tally);
    String chartScript = resource(TEMPLATES + "report.js");
    String uplotScript = uplot("dist/uPlot.iife.min.js");
    String data = JSON.writeValueAsString(charts).replace("<", "\\u003c"); // no "</script>" inside the script element
    return Map.ofEntries(
        Map.entry("period", tally.period()),
        Map.entry("sources", sources.stream().map(Path::toString).toList()),
        Map.entry("decisions", tally.decisions),
        Map.entry("outsidePeriod", tally.outsidePeriod),
        Map.entry("unreadable", tally.unreadable),
        Map.entry("unreadableShown", tally.unreadableShown),
        Map.entry("hasUnreadable", tally.unreadable > 0),
        Map.entry("unreadableMore", tally.unreadable - tally.unreadableShown.size()),
        Map.entry("hasMoreUnreadable", tally.unreadable > tally.unreadableShown.size()),
        Map.entry("any", tally.decisions > 0),
        Map.entry("roster", roster.isPresent()),
        Map.entry("first", tally.earliest == null ? "" : tally.earliest.toString()),
        Map.entry("last", tally.latest == null ? "" : tally.latest.toString()),
        Map.entry("sections", sections(tables, charts)),
        Map.entry("uplotCss", uplot("dist/uPlot.min.css")),
        Map.entry("uplotScript", uplotScript),
        Map.entry("chartData", data),
        Map.entry("chartScript", chartScript),
        Map.entry("scriptHashes", "'" + sha256(uplotScript) + "' '" + sha256(chartScript) + "'"));
  }

  /** Each table as the template shows it, with the chart drawn from it, if any. */
  private static List<Map<String, Object>> sections(List<Table> tables, List<Chart> charts) {
    return tables.stream().map(table -> {
      Optional<Chart> chart = charts.stream().filter(c -> c.table().equals(table.id())).findFirst();
      return Map.<String, Object>of(
          "id", table.id(),
          "title", table.title(),
          "csv", table.id() + ".csv",
          "empty", table.rows().isEmpty(),
          "header", IntStream.range(0, table.header().size())
              .mapToObj(i -> Map.of("name", table.header().get(i), "numeric", i >= table.textColumns()))
              .toList(),
          "rows", table.rows().stream().map(row -> Map.of(
              "head", row.get(0),
              "cells", IntStream.range(1, row.size())
                  .mapToObj(i -> Map.of("text", row.get(i), "numeric", i >= table.textColumns()))
                  .toList())).toList(),
          "chart", chart.map(c -> List.of(Map.of("id", c.id(), "title", c.title()))).orElse(List.of()));
    }).toList();
  }

  private static String uplot(String file) {
    Properties properties = new Properties();
    try (InputStream in = resourceStream("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return resource(UPLOT + properties.getProperty("version") + "/" + file);
  }

  private static String resource(String name) {
    try (InputStream in = resourceStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.toLowerCase(Locale.ROOT).contains("</script") || text.toLowerCase(Locale.ROOT).contains("</style")) {
        throw new IllegalStateException(name + " would end the element it is inlined in");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resourceStream(String name) {
    InputStream in = ReportWriter.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path");
    }
    return in;
  }

  /** The Content-Security-Policy source of an inline script: {@code sha256-} and its hash in base 64. */
  private static String sha256(String script) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
