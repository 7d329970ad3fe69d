package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --auth-token-file} and {@code --tls-keystore}: who may ask, over what, and where it may listen. */
class ServeSecurityTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String TOKEN = "s3cret-token-for-tests-0123456789";
  private static final String MEETING = Samples.text("opportunities.jsonl").lines().findFirst().orElseThrow();

  @TempDir Path directory;

  private Path tokens() throws Exception {
    Path file = directory.resolve("tokens.txt");
    Files.writeString(file, "# the tokens of this service\nanother-token-of-sixteen-or-more\n" + TOKEN + "\n");
    return file;
  }

  private static ServeCommand.Running serve(String... args) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of("--port", "0", "--roster", CliTestSupport.ROSTER));
    all.addAll(List.of(args));
    return ServeCommand.start(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpClient client, URI uri, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (uri.getPath().equals("/decisions")) {
      request.header("Content-Type", "application/json").POST(BodyPublishers.ofString(MEETING));
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }

  @Test
  void withTokens_aMissingOrWrongTokenIs401_andARightOneIs200_whileHealthStaysOpen() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    try (ServeCommand.Running running = serve("--auth-token-file", tokens().toString())) {
      URI base = URI.create("http://127.0.0.1:" + running.server().port() + "/");
      for (String path : List.of("decisions", "rules", "places", "openapi.json")) {
        for (String token : new String[] {null, "wrong-token-of-sixteen-chars", TOKEN.substring(1)}) {
          HttpResponse<String> refused = send(client, base.resolve(path), token);
          assertEquals(401, refused.statusCode(), path + " with " + token);
          assertEquals("Bearer realm=\"engagement\"", refused.headers().firstValue("WWW-Authenticate").orElse(""));
          Schemas.assertProblem(401, EngagementJson.parse(refused.body()));
        }
        assertEquals(200, send(client, base.resolve(path), TOKEN).statusCode(), path);
      }
      assertEquals(200, send(client, base.resolve("health"), null).statusCode());
      assertEquals(200, send(client, base.resolve(""), null).statusCode(), "the page's files hold no data");
    }
  }

  @Test
  void tokenFiles_withoutATokenOrWithAShortOne_areRefused() throws Exception {
    Path empty = Files.writeString(directory.resolve("empty.txt"), "# none\n\n");
    Path shortToken = Files.writeString(directory.resolve("short.txt"), "abc\n");
    for (Path file : List.of(empty, shortToken, directory.resolve("missing.txt"))) {
      CliTestSupport.Run run =
          CliTestSupport.run("", "serve", "--port", "0", "--roster", CliTestSupport.ROSTER, "--auth-token-file",
              file.toString());
      assertEquals(EngagementCli.USAGE_OR_RULES, run.status(), file.toString());
      assertEquals(1, run.err().lines().count(), run.err());
      assertFalse(run.err().contains("abc"), "a token is never echoed: " + run.err());
    }
  }

  @Test
  void withTls_andATokenOnANonLoopbackAddress_servesHttps() throws Exception {
    Path keyStore = directory.resolve("server.p12");
    String password = "changeit-for-tests";
    Process keytool =
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", password, "-keypass", password)
            .redirectErrorStream(true)
            .start();
    assertTrue(keytool.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, keytool.exitValue(), new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    Path passwordFile = Files.writeString(directory.resolve("password.txt"), password + "\n");

    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      trusted.load(in, password.toCharArray());
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    HttpClient client = HttpClient.newBuilder().sslContext(tls).build();

    // 0.0.0.0 is not loopback: allowed only because TLS and a token are both configured.
    try (ServeCommand.Running running =
        serve("--host", "0.0.0.0", "--tls-keystore", keyStore.toString(), "--tls-password-file",
            passwordFile.toString(), "--auth-token-file", tokens().toString())) {
      URI base = URI.create("https://localhost:" + running.server().port() + "/");
      HttpResponse<String> decided = send(client, base.resolve("decisions"), TOKEN);
      assertEquals(200, decided.statusCode(), decided.body());
      assertTrue(decided.headers().firstValue("Strict-Transport-Security").isPresent(), decided.headers().toString());
      assertEquals(401, send(client, base.resolve("decisions"), null).statusCode());
    }
  }

  @Test
  void nonLoopbackAddress_withTlsButNoToken_isRefused_unlessInsecure() throws Exception {
    CliTestSupport.Run refused =
        CliTestSupport.run("", "serve", "--port", "0", "--host", "0.0.0.0", "--roster", CliTestSupport.ROSTER,
            "--auth-token-file", tokens().toString());
    assertEquals(EngagementCli.USAGE_OR_RULES, refused.status());
    assertTrue(refused.err().startsWith("engagement serve: refusing to listen on 0.0.0.0"), refused.err());

    try (ServeCommand.Running insecure = serve("--host", "0.0.0.0", "--insecure")) {
      HttpResponse<String> health =
          send(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + insecure.server().port() + "/health"), null);
      assertEquals(200, health.statusCode());
    }
  }
}
