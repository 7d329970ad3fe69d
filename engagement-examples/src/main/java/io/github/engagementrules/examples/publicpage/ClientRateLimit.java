package io.github.engagementrules.examples.publicpage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many requests each client may make in a window of time: a fixed window per client address, counted in memory.
 * It holds at most {@link #MAX_CLIENTS} addresses; past that, windows that have ended are dropped, and if none has
 * ended every count starts again (a flood of addresses must not grow the heap). Safe to use from any thread.
 */
final class ClientRateLimit {
  /** The most client addresses counted at once. */
  static final int MAX_CLIENTS = 10_000;

  private record Window(long start, int count) {}

  private final int perWindow;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /**
   * A limit of {@code perWindow} requests per client in each window of {@code windowNanos}, timed by {@code nanoTime}
   * (such as {@code System::nanoTime}).
   */
  ClientRateLimit(int perWindow, long windowNanos, LongSupplier nanoTime) {
    this.perWindow = perWindow;
    this.windowNanos = windowNanos;
    this.nanoTime = nanoTime;
  }

  /** Counts a request of {@code client}, and says whether it is within the limit. */
  boolean allow(String client) {
    long now = nanoTime.getAsLong();
    if (windows.size() >= MAX_CLIENTS) {
      windows.values().removeIf(w -> now - w.start() >= windowNanos);
      if (windows.size() >= MAX_CLIENTS) {
        windows.clear();
      }
    }
    Window window = windows.compute(client, (address, current) -> current == null || now - current.start() >= windowNanos
        ? new Window(now, 1)
        : new Window(current.start(), current.count() + 1));
    return window.count() <= perWindow;
  }
}
