package letters.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The warm process {@code serve} keeps for the launcher: while it runs, {@code ./letters build},
 * {@code preview} and {@code explain} in its project are run here, in a JVM whose code is loaded
 * and compiled already, instead of in a fresh one. It listens on a loopback port named, with two
 * secrets, in a {@link WarmFile} only this user can read. A client sends the client secret; a
 * right one (compared in constant time) is answered with the server secret, a wrong one by
 * closing; then the client sends a {@link WarmRequest}, which is run only if a fresh JVM would
 * run the same command on the same records and templates ({@link WarmCommand}), else the
 * connection is closed and the launcher starts a fresh JVM after all. A run answers {@code a},
 * then the command's {@link FramedOutput output}, then {@code x} and its exit status.
 *
 * <p>Each command runs through {@link Main#run} as a fresh JVM runs it, from the client's folder,
 * and opens its campaign anew, so it reads the records and templates as they are now. A client
 * that goes away (Ctrl-C ends the launcher, which closes the connection) has its command
 * interrupted: a build stops as one in a fresh JVM stops when killed, with only whole files
 * written, and the output folder's lock lets go.
 */
final class WarmServer implements AutoCloseable {
  /** The environment variable that, set to {@code 0}, turns the warm process off. */
  static final String SWITCH = "LETTERS_WARM";

  private static final int HANDSHAKE_MILLIS = 5_000;
  private static final int COMMANDS_AT_ONCE = 4;
  private static final int BACKLOG = 16;
  /** A heap grown past this by the commands is handed back when the last of them ends. */
  private static final long SHRINK_ABOVE = 192L << 20;

  private final Sources served;
  private final ServerSocket listener;
  private final WarmFile file;
  private final ThreadPoolExecutor commands;
  private final Thread hook;
  private final AtomicInteger running = new AtomicInteger();
  // Cuts a connection that has not had its command accepted within the handshake's time, however
  // slowly it trickles its bytes in.
  private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
      Thread.ofPlatform().name("warm-deadline").daemon().factory());

  private WarmServer(Sources served, ServerSocket listener, WarmFile file) {
    this.served = served;
    this.listener = listener;
    this.file = file;
    // More clients than this at once are turned away: they run in fresh JVMs of their own.
    this.commands = new ThreadPoolExecutor(0, COMMANDS_AT_ONCE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        Thread.ofPlatform().name("warm-command-", 1).daemon().factory());
    deadlines.setRemoveOnCancelPolicy(true);
    this.hook = new Thread(file::delete, "remove " + file.path());
    Runtime.getRuntime().addShutdownHook(hook);
    Thread.ofPlatform().name("warm-listener").daemon().start(this::listen);
  }

  /** Listens for the launcher's commands on {@code served}, writing its {@link WarmFile} into the project. */
  static WarmServer start(Sources served) throws IOException {
    ServerSocket listener = new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress());
    try {
      return new WarmServer(served, listener, WarmFile.write(served.project(), listener.getLocalPort()));
    } catch (IOException | RuntimeException e) {
      listener.close();
      throw e;
    }
  }

  /** Whether no command is running. */
  boolean idle() {
    return running.get() == 0;
  }

  /** The file the launcher reads. */
  WarmFile file() {
    return file;
  }

  private void listen() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        try {
          commands.execute(() -> answer(client));
        } catch (RejectedExecutionException e) {
          client.close();
        }
      } catch (IOException e) {
        // Closed: the server is stopping.
      }
    }
  }

  private void answer(Socket client) {
    running.incrementAndGet();
    try {
      converse(client);
    } finally {
      if (running.decrementAndGet() == 0) {
        shrink();
      }
    }
  }

  /**
   * serve lives long, and a build's garbage promoted to the old generation would keep its heap as
   * large as the largest build left it (the serial collector gives memory back only after a full
   * collection). When the last command has answered and the heap has grown past what serve needs,
   * one full collection hands it back to the system; the client has its answer by then.
   */
  private static void shrink() {
    if (Runtime.getRuntime().totalMemory() > SHRINK_ABOVE) {
      System.gc();
    }
  }

  private void converse(Socket client) {
    ScheduledFuture<?> deadline = deadlines.schedule(() -> cut(client), HANDSHAKE_MILLIS, TimeUnit.MILLISECONDS);
    try (client) {
      client.setSoTimeout(HANDSHAKE_MILLIS);
      client.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = new BufferedOutputStream(client.getOutputStream());
      if (!knows(in)) {
        return;
      }
      send(out, "s" + file.server());
      WarmRequest request = WarmRequest.read(in);
      if (!WarmCommand.runsOn(served, System.getenv(), request)) {
        return;
      }
      if (!deadline.cancel(false)) {
        return;
      }
      client.setSoTimeout(0);
      send(out, "a");
      int status = runWatching(client, in, request, out);
      send(out, "x" + status);
    } catch (IOException | RuntimeException e) {
      // A client that was refused, sent too much, too slowly or nonsense, or went away: it runs a
      // fresh JVM or is gone. (Main.run answers for the command's own failures.)
    } finally {
      deadline.cancel(false);
    }
  }

  private static void cut(Socket client) {
    try {
      client.close();
    } catch (IOException e) {
      // Closed already.
    }
  }

  /** Whether the client's first field is the client secret; at most the secret's length is read. */
  private boolean knows(InputStream in) throws IOException {
    byte[] expected = file.client().getBytes(StandardCharsets.US_ASCII);
    byte[] given = in.readNBytes(expected.length + 1);
    byte[] wanted = new byte[expected.length + 1];
    System.arraycopy(expected, 0, wanted, 0, expected.length);
    return MessageDigest.isEqual(given, wanted);
  }

  /**
   * Runs the request while a thread listens for the client to go away (the launcher sends nothing
   * more after its request), interrupting the command if it does. No interrupt outlives the
   * command: the listener is stopped and waited for, and the thread's status cleared, before this
   * thread goes on to another client.
   */
  private static int runWatching(Socket client, InputStream in, WarmRequest request, OutputStream out) {
    Thread command = Thread.currentThread();
    AtomicBoolean ended = new AtomicBoolean();
    Thread watcher = Thread.ofVirtual().name("warm-client-watch").start(() -> {
      try {
        while (in.read() != -1) {
          // Nothing more is expected; whatever comes is dropped.
        }
      } catch (IOException e) {
        // Reset by the client: gone all the same.
      }
      if (!ended.get()) {
        command.interrupt();
      }
    });
    try {
      return run(request, out);
    } finally {
      ended.set(true);
      try {
        client.shutdownInput();
      } catch (IOException e) {
        // Broken already: the listener has stopped reading.
      }
      try {
        watcher.join();
      } catch (InterruptedException e) {
        // The client went away meanwhile; cleared below.
      }
      Thread.interrupted();
    }
  }

  private static int run(WarmRequest request, OutputStream connection) {
    PrintWriter out = new PrintWriter(new FramedOutput(connection, 'o'), true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new FramedOutput(connection, 'e'), true, StandardCharsets.UTF_8);
    try {
      return Main.run(request.args().toArray(String[]::new), out, err, request.workingDirectory(),
          request.terminal(), request.environment());
    } catch (StackOverflowError | OutOfMemoryError e) {
      // A fresh JVM would end on it; serve goes on, and the client is told, not left hanging.
      err.println("letters: the command ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
          + " inside serve; run it again with LETTERS_WARM=0");
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static void send(OutputStream out, String line) throws IOException {
    synchronized (out) {
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  /** Stops listening and removes the file; commands already running finish. */
  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down: the hook removes the file.
    }
    file.delete();
    listener.close();
    commands.shutdown();
    deadlines.shutdown();
  }
}
