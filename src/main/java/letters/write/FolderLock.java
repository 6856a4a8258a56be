package letters.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;

/**
 * One command's hold on an output folder: while it is held, no other command (in this process or
 * another) writes letters, text, the manifest or the overview into the folder, nor clears away
 * its temporary files. A second command waits for the first to finish, is told who it waits for,
 * and gives up with a clear error after {@link #PATIENCE}.
 *
 * <p>The hold is a lock the operating system keeps on {@value #FILE_NAME} in the folder, a file
 * that holds the holder's process id (so that a waiting command can say whom it waits for) and
 * is deleted as the holder lets go. The system drops the lock of a process that ends, however it
 * ends, so a lock file left by a killed build names a process that is gone and is simply taken
 * over.
 *
 * <p>Holds are re-entrant within a thread, so a command may hold its folder across several library
 * calls that each take it again.
 */
public final class FolderLock implements AutoCloseable {
  /** The lock file's name inside an output folder. */
  public static final String FILE_NAME = ".letters.lock";

  /** How long a command waits for another that holds its folder. */
  public static final Duration PATIENCE = Duration.ofMinutes(5);

  private static final long POLL_MILLIS = 100;

  // One per folder held or waited for in this process: the system's lock belongs to the process,
  // so the threads of one process take turns here before it.
  private static final Map<Path, Hold> HOLDS = new ConcurrentHashMap<>();

  /** Whom a command is waiting for: the folder, and the process holding it when known. */
  public record Wait(Path folder, OptionalLong holder) {
    /** Whether the holder is another command of this same process. */
    public boolean holderIsThisProcess() {
      return holder.isPresent() && holder.getAsLong() == ProcessHandle.current().pid();
    }
  }

  private static final class Hold {
    final ReentrantLock turn = new ReentrantLock();
    Path file;
    FileChannel channel;
    FileLock lock;
  }

  private final Hold hold;
  private boolean closed;

  private FolderLock(Hold hold) {
    this.hold = hold;
  }

  /**
   * Takes {@code folder} (creating it if needed), waiting for another command that holds it;
   * {@code waiting} is told once, when the wait begins.
   */
  public static FolderLock acquire(Path folder, Consumer<Wait> waiting) throws DiagnosticException {
    return acquire(folder, waiting, PATIENCE);
  }

  static FolderLock acquire(Path folder, Consumer<Wait> waiting, Duration patience) throws DiagnosticException {
    Path real;
    try {
      Files.createDirectories(folder);
      real = folder.toRealPath();
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(folder, "cannot write letters to this folder: " + OutputFolder.reason(e)), e);
    }
    Hold hold = HOLDS.computeIfAbsent(real, key -> new Hold());
    long deadline = System.nanoTime() + patience.toNanos();
    boolean told = false;
    try {
      if (!hold.turn.tryLock()) {
        waiting.accept(new Wait(folder, OptionalLong.of(ProcessHandle.current().pid())));
        told = true;
        if (!hold.turn.tryLock(remaining(deadline), TimeUnit.NANOSECONDS)) {
          throw busy(folder, OptionalLong.of(ProcessHandle.current().pid()), patience);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiagnosticException(Diagnostic.error(folder, "interrupted while waiting for this folder"));
    }
    if (hold.turn.getHoldCount() > 1) {
      return new FolderLock(hold);
    }
    try {
      lock(folder, real.resolve(FILE_NAME), hold, waiting, told, deadline, patience);
      return new FolderLock(hold);
    } catch (DiagnosticException | RuntimeException e) {
      hold.turn.unlock();
      throw e;
    }
  }

  private static void lock(Path folder, Path file, Hold hold, Consumer<Wait> waiting, boolean told, long deadline,
      Duration patience) throws DiagnosticException {
    try {
      while (true) {
        Object before = key(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
          Object opened = key(file);
          if (opened == null || before != null && !before.equals(opened)) {
            // Let go and deleted while it was being opened: open the one that stands there now.
            channel.close();
            continue;
          }
          FileLock lock = channel.tryLock();
          while (lock == null) {
            OptionalLong holder = holder(channel);
            if (!told) {
              waiting.accept(new Wait(folder, holder));
              told = true;
            }
            if (remaining(deadline) <= 0) {
              throw busy(folder, holder, patience);
            }
            Thread.sleep(POLL_MILLIS);
            lock = channel.tryLock();
          }
          // The holder deletes the file as it lets go, so the lock counts only if this is still
          // the file that stands in the folder.
          if (opened.equals(key(file))) {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            hold.file = file;
            hold.channel = channel;
            hold.lock = lock;
            return;
          }
          channel.close();
        } catch (IOException | DiagnosticException | RuntimeException e) {
          channel.close();
          throw e;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiagnosticException(Diagnostic.error(folder, "interrupted while waiting for this folder"));
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file,
          "cannot be locked, so this folder cannot be kept to one command at a time: " + OutputFolder.reason(e)), e);
    }
  }

  /**
   * What the file system knows {@code file} by (device and inode), read without opening it: a
   * process that opens and closes a file it holds a lock on loses the lock, for the lock belongs
   * to the process, not to the descriptor. Empty when there is no such file.
   */
  private static Object key(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The process id the lock file names, read through the channel already open on it. */
  private static OptionalLong holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    channel.read(buffer, 0);
    String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
    try {
      return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static long remaining(long deadline) {
    return deadline - System.nanoTime();
  }

  private static DiagnosticException busy(Path folder, OptionalLong holder, Duration patience) {
    String who = holder.isPresent() ? "process " + holder.getAsLong() : "another command";
    return new DiagnosticException(Diagnostic.error(folder, "is still in use by " + who + " after "
        + patience.toMinutes() + " minutes of waiting; run this again when it has finished"));
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing more can be done; the process's end drops the lock.
    }
  }

  /** Lets the folder go: the last release of a thread's holds unlocks it for other commands. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (hold.turn.getHoldCount() == 1 && hold.channel != null) {
        try {
          // Deleted while still locked: a command that opened it meanwhile finds it gone and opens
          // the new one, so that no two commands ever hold two different files.
          Files.deleteIfExists(hold.file);
          hold.lock.release();
          hold.channel.close();
        } catch (IOException e) {
          // Closing the channel releases the lock whatever else failed; a lock file left behind
          // names a process that no longer holds it, and is taken over.
          closeQuietly(hold.channel);
        }
        hold.file = null;
        hold.channel = null;
        hold.lock = null;
      }
    } finally {
      hold.turn.unlock();
    }
  }
}
