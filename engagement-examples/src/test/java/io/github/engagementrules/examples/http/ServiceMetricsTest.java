package io.github.engagementrules.examples.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The service's meters. */
class ServiceMetricsTest {
  @Test
  void openConnections_areStillReportedAfterAGarbageCollection() {
    ServiceMetrics metrics = new ServiceMetrics();
    Integer open = 3;
    metrics.connections(() -> open); // a capturing lambda, a new object that nothing else holds

    for (int i = 0; i < 3; i++) {
      System.gc(); // a gauge that held its supplier weakly would read NaN from here on
    }
    String text = new String(metrics.scrape(), StandardCharsets.UTF_8);

    assertTrue(text.contains("engagement_http_connections_open 3.0"), text);
  }
}
