package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --record} on a real full file system, not a fault-injecting channel: the packaged service runs in a user
 * and mount namespace of its own ({@code unshare -rm}, no root needed) with its records on a 512 KiB tmpfs. A shell in
 * the namespace fills the tmpfs but for 8 KiB (room for a record or two, then one cut off mid-line) and frees it on the
 * test's word; decisions are posted throughout. Then nothing answered 200 is missing from the records, nothing
 * answered 503 is in them, every line is a whole decision record and no torn fragment is left.
 * Skipped, with the reason, where the kernel or the sandbox does not allow such namespaces.
 */
class FullDiskIT {
  private static final Path JAR = Path.of("target/engagement-cli.jar");

  /** Runs in the namespace: mounts the tmpfs, starts the service, then fills, frees and stops as told on its input. */
  private static final String SHELL = """
      set -e
      disk=$1; shift
      mount -t tmpfs -o size=512k tmpfs "$disk"
      "$@" &
      service=$!
      while read -r command; do
        case $command in
          fill) dd if=/dev/zero of="$disk/filler" bs=4k 2>/dev/null || true
                truncate -s -8k "$disk/filler"; echo "filled";;
          free) rm -f "$disk/filler"; echo "freed";;
          stop) kill -TERM "$service"; wait "$service" || true
                echo "files: $(cd "$disk" && ls | tr '\\n' ' ')"; cat "$disk/records.jsonl"; echo "end"; exit 0;;
        esac
      done
      """;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> answered = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();

  @TempDir Path directory;

  @Test
  void fullTmpfs_neverLosesAnAnsweredDecision_andLeavesOnlyWholeLines() throws Exception {
    Path disk = Files.createDirectory(directory.resolve("disk"));
    assumeNamespacesWork(disk);
    List<String> command = new ArrayList<>(List.of("unshare", "-rm", "sh", "-c", SHELL, "full-disk", disk.toString(),
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-jar", JAR.toString(),
        "serve", "--port", "0", "--roster", CliTestSupport.ROSTER,
        "--record", disk.resolve("records.jsonl").toString()));
    Process shell = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter in = new PrintWriter(shell.getOutputStream(), true, StandardCharsets.UTF_8)) {
      Matcher listening = Pattern.compile(":(\\d+)/").matcher(String.valueOf(out.readLine()));
      assertTrue(listening.find(), "serve prints where it listens");
      URI service = URI.create("http://127.0.0.1:" + listening.group(1) + "/");

      for (int i = 0; i < 5; i++) {
        decide(service, "before-" + i);
      }
      in.println("fill");
      assertEquals("filled", out.readLine());
      for (int i = 0; i < 20; i++) {
        decide(service, "full-" + i);
      }
      int readyWhileFull = get(service.resolve("ready"));
      in.println("free");
      assertEquals("freed", out.readLine());
      awaitReady(service);
      for (int i = 0; i < 5; i++) {
        decide(service, "after-" + i);
      }
      in.println("stop");

      assertEquals(503, readyWhileFull, "not ready while the disk is full");
      assertFalse(refused.isEmpty(), "the full disk refused decisions: answered " + answered);
      assertTrue(answered.contains("full-0"), "the 8 KiB left took a record: " + refused);
      for (int i = 0; i < 5; i++) {
        assertTrue(answered.containsAll(List.of("before-" + i, "after-" + i)), answered::toString);
      }
      String files = out.readLine();
      Set<String> recorded = new TreeSet<>();
      for (String line = out.readLine(); !"end".equals(line); line = out.readLine()) {
        JsonNode record = EngagementJson.parse(line); // every line whole and well-formed
        recorded.add(EngagementJson.readOpportunity(record.get("opportunity")).id());
        assertTrue(record.get("recordedAt").isTextual() && record.at("/decision/attendance").isTextual(), line);
      }
      assertTrue(recorded.containsAll(answered), "answered " + answered + ", recorded " + recorded);
      assertTrue(refused.stream().noneMatch(recorded::contains), "refused " + refused + ", recorded " + recorded);
      assertEquals(answered.size(), recorded.size());
      System.out.println("full disk: " + answered.size() + " decisions answered 200 and recorded, " + refused.size()
          + " refused with 503 and not recorded: " + refused);
      assertEquals("files: records.jsonl ", files, "no torn fragment left beside the records");
    } finally {
      shell.destroy();
      assertTrue(shell.waitFor(30, TimeUnit.SECONDS));
    }
  }

  /** Skips the test, saying why, when a user and mount namespace with a tmpfs cannot be made here. */
  private static void assumeNamespacesWork(Path disk) throws IOException, InterruptedException {
    Process probe = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$1\"", "probe",
        disk.toString()).redirectErrorStream(true).start();
    String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    Assumptions.assumeTrue(probe.waitFor() == 0,
        "no tmpfs in a user and mount namespace here ('unshare -rm' then 'mount -t tmpfs'): " + said);
  }

  private void decide(URI service, String id) throws IOException, InterruptedException {
    ObjectNode opportunity = (ObjectNode) EngagementJson.parse(
        Files.readAllLines(CliTestSupport.SAMPLES.resolve("opportunities.jsonl")).get(0));
    opportunity.put("id", id);
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(service.resolve("decisions")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(opportunity.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() == 200 || response.statusCode() == 503, id + ": " + response.statusCode());
    (response.statusCode() == 200 ? answered : refused).add(id);
  }

  private int get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private void awaitReady(URI service) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (get(service.resolve("ready")) != 200) {
      assertTrue(System.nanoTime() < deadline, "ready again within 30 s of freeing the disk");
      Thread.sleep(100);
    }
  }
}
