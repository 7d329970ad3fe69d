package io.github.engagementrules.rules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real file channel with a disk that fills up on command: {@link #fillUpAfter(long)} lets that many more bytes be
 * written, and a write past them writes what fits and then fails as a full disk does ({@code No space left on
 * device}); {@link #failTruncations(int)} makes the next truncations fail too. Counts calls to {@link #force}.
 */
final class FaultyFileChannel extends FileChannel {
  /** The fault controls, shared by every channel an opener makes, so they outlive a reopen or a rotation. */
  static final class Disk {
    private final AtomicLong spaceLeft = new AtomicLong(Long.MAX_VALUE);
    private final AtomicInteger truncationsToFail = new AtomicInteger();
    private final AtomicInteger forces = new AtomicInteger();

    /** Lets {@code bytes} more bytes be written, then fails every write. */
    void fillUpAfter(long bytes) {
      spaceLeft.set(bytes);
    }

    /** Frees the disk. */
    void free() {
      spaceLeft.set(Long.MAX_VALUE);
    }

    /** Makes the next {@code count} truncations fail. */
    void failTruncations(int count) {
      truncationsToFail.set(count);
    }

    /** How many times a channel was forced to the device. */
    int forces() {
      return forces.get();
    }

    /** Opens {@code file} as the sink does, on this disk. */
    FileChannel open(Path file) throws IOException {
      return new FaultyFileChannel(
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE), this);
    }
  }

  private final FileChannel real;
  private final Disk disk;

  private FaultyFileChannel(FileChannel real, Disk disk) {
    this.real = real;
    this.disk = disk;
  }

  @Override
  public int write(ByteBuffer source, long position) throws IOException {
    long left = disk.spaceLeft.get();
    if (left <= 0) {
      throw new IOException("No space left on device");
    }
    if (source.remaining() > left) {
      ByteBuffer fits = source.duplicate();
      fits.limit(fits.position() + (int) left);
      int written = real.write(fits, position);
      source.position(source.position() + written);
      disk.spaceLeft.set(0);
      return written;
    }
    int written = real.write(source, position);
    disk.spaceLeft.addAndGet(-written);
    return written;
  }

  @Override
  public FileChannel truncate(long size) throws IOException {
    if (disk.truncationsToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IOException("Input/output error");
    }
    real.truncate(size);
    return this;
  }

  @Override
  public void force(boolean metaData) throws IOException {
    disk.forces.incrementAndGet();
    real.force(metaData);
  }

  @Override
  public int read(ByteBuffer destination, long position) throws IOException {
    return real.read(destination, position);
  }

  @Override
  public long size() throws IOException {
    return real.size();
  }

  @Override
  protected void implCloseChannel() throws IOException {
    real.close();
  }

  // The sink uses only positional reads and writes; the rest is not part of the fault model.

  @Override
  public int read(ByteBuffer destination) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long read(ByteBuffer[] destinations, int offset, int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int write(ByteBuffer source) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long write(ByteBuffer[] sources, int offset, int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long position() {
    throw new UnsupportedOperationException();
  }

  @Override
  public FileChannel position(long newPosition) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long transferFrom(ReadableByteChannel source, long position, long count) {
    throw new UnsupportedOperationException();
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) {
    throw new UnsupportedOperationException();
  }
}
