package letters.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import letters.compose.LetterInfo;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.layout.Pdf;

/**
 * The folder letters are written to: {@code <id>.pdf}, its text as {@code <id>.txt}, and {@code
 * manifest.json}. Every file is written atomically, so an interrupted build leaves only whole
 * files; opening the folder clears away temporary files such a build left behind.
 */
public final class OutputFolder {
  private final Path folder;
  private final java.util.SortedMap<String, ManifestEntry> entries = new java.util.TreeMap<>();

  private OutputFolder(Path folder, Manifest manifest) {
    this.folder = folder;
    manifest.letters().forEach(entry -> entries.put(entry.id(), entry));
  }

  /**
   * Opens {@code folder}, creating it if needed. With {@code fresh}, the manifest starts empty (a
   * full build); otherwise it keeps the entries of letters still on disk (a build of some ids).
   */
  public static OutputFolder open(Path folder, boolean fresh) throws DiagnosticException {
    try {
      Files.createDirectories(folder);
      if (!Files.isWritable(folder)) {
        throw new IOException("not writable");
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(AtomicFile::isTemporary).toList()) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(folder, "cannot write letters to this folder: " + reason(e)), e);
    }
    Manifest previous = fresh ? new Manifest(java.util.List.of()) : Manifest.read(folder);
    Manifest kept =
        new Manifest(previous.letters().stream().filter(e -> Files.isRegularFile(folder.resolve(e.file()))).toList());
    return new OutputFolder(folder, kept);
  }

  public Path path() {
    return folder;
  }

  /** Where the PDF of letter {@code id} goes. */
  public Path pdf(String id) {
    return folder.resolve(id + ".pdf");
  }

  /**
   * Writes one letter's PDF and text; the manifest is written by {@link #writeManifest()}. Letters
   * may be written from several threads at once.
   */
  public ManifestEntry write(LetterInfo info, Pdf pdf, String text) throws DiagnosticException {
    Path target = pdf(info.id());
    try {
      AtomicFile.write(folder.resolve(info.id() + ".txt"), text.getBytes(StandardCharsets.UTF_8));
      AtomicFile.write(target, pdf.bytes());
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(target, "cannot be written: " + reason(e)), e);
    }
    ManifestEntry entry =
        new ManifestEntry(info.id(), info.name(), target.getFileName().toString(), sha256(pdf.bytes()), pdf.pages(), info.outcome());
    synchronized (this) {
      entries.put(entry.id(), entry);
    }
    return entry;
  }

  /**
   * Writes a file of the folder's own, beside the letters (the overview, the bundle), whole or not
   * at all; returns where it went.
   */
  public Path writeFile(String name, byte[] bytes) throws DiagnosticException {
    return writeFile(name, out -> out.write(bytes));
  }

  /** As {@link #writeFile(String, byte[])}, with the content streamed rather than held. */
  public Path writeFile(String name, Content content) throws DiagnosticException {
    Path target = folder.resolve(name);
    try {
      AtomicFile.write(target, content);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(target, "cannot be written: " + reason(e)), e);
    }
    return target;
  }

  /**
   * Marks the letters of {@code ids} as about to be rewritten and writes the manifest without them,
   * so that a build killed part-way leaves a manifest that lists only letters it did not touch.
   */
  public void startRewriting(java.util.Collection<String> ids) throws DiagnosticException {
    synchronized (this) {
      ids.forEach(entries::remove);
    }
    writeManifest();
  }

  /** Removes any earlier letter for {@code id}, so a record that now fails leaves no stale letter. */
  public void remove(String id) throws DiagnosticException {
    try {
      Files.deleteIfExists(pdf(id));
      Files.deleteIfExists(folder.resolve(id + ".txt"));
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(pdf(id), "cannot be removed: " + reason(e)), e);
    }
    synchronized (this) {
      entries.remove(id);
    }
  }

  public synchronized Manifest manifest() {
    return new Manifest(java.util.List.copyOf(entries.values()));
  }

  public synchronized void writeManifest() throws DiagnosticException {
    Path file = folder.resolve(Manifest.FILE_NAME);
    try {
      AtomicFile.write(file, manifest().toJson());
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be written: " + reason(e)), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String reason(IOException e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return message == null ? kind : kind.isBlank() ? message : kind + " (" + message + ")";
  }
}
