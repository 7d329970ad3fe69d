package io.github.engagementrules.examples.http;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back, on a thread of its own, when a file may have changed: the platform's {@code WatchService} on the file's
 * directory, so that a file replaced by a rename (as editors and configuration tools save it) is seen as well as one
 * written in place. Changes are reported once they have settled for {@value #SETTLE_MILLIS} ms.
 */
public final class FileWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FileWatcher.class);
  /** A file is often written in several steps; a change is reported once none has been seen for this long. */
  private static final long SETTLE_MILLIS = 200;

  private final WatchService watchService;
  private final Path fileName;
  private final Runnable onChange;

  /**
   * Starts watching {@code file}.
   *
   * @param file the file to watch; its directory must exist
   * @param onChange what to do when it may have changed; exceptions it throws are logged
   * @throws IOException when the directory cannot be watched
   */
  public FileWatcher(Path file, Runnable onChange) throws IOException {
    Path absolute = file.toAbsolutePath();
    this.fileName = absolute.getFileName();
    this.onChange = onChange;
    this.watchService = FileSystems.getDefault().newWatchService();
    absolute.getParent().register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    Thread thread = new Thread(this::watch, "engagement-watch-" + fileName);
    thread.setDaemon(true);
    thread.start();
  }

  private void watch() {
    try {
      while (true) {
        boolean changed = concernsTheFile(watchService.take());
        WatchKey more;
        while ((more = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          changed |= concernsTheFile(more);
        }
        if (changed) {
          try {
            onChange.run();
          } catch (RuntimeException e) {
            LOG.error("reacting to a change of {} failed", fileName, e);
          }
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: stop watching
    }
  }

  /** Drains a key's events; whether one of them is about the watched file (or events were lost). */
  private boolean concernsTheFile(WatchKey key) {
    boolean concerns = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      concerns |= event.kind() == StandardWatchEventKinds.OVERFLOW || fileName.equals(event.context());
    }
    key.reset();
    return concerns;
  }

  /** Stops watching. */
  @Override
  public void close() {
    try {
      watchService.close();
    } catch (IOException e) {
      LOG.warn("closing the watcher of {} failed: {}", fileName, e.toString());
    }
  }
}
