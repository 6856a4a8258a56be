package letters.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import letters.compose.LetterInfo;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.layout.Pdf;

/**
 * The folder letters are written to: {@code <id>.pdf}, its text as {@code <id>.txt}, and {@code
 * manifest.json}, beside the folder's own files (the bundle, the overview). Every file is written
 * atomically, so an interrupted build leaves only whole files.
 *
 * <p>An open folder is held by its command (see {@link FolderLock}) until it is closed: only then
 * is it safe to clear away temporary files an interrupted build left, and to rewrite the
 * manifest from what this command knows.
 */
public final class OutputFolder implements AutoCloseable {
  /** The bundle of every letter, for printing and review. */
  public static final String BUNDLE = "bundle.pdf";

  /** The national overview's files, without their extensions. */
  public static final String SUMMARY = "summary";

  // The files that are the folder's own: no letter may be written over one of them.
  private static final Set<String> OWN =
      Set.of(Manifest.FILE_NAME, BUNDLE, SUMMARY + ".csv", SUMMARY + ".pdf", FolderLock.FILE_NAME);

  static final int MAX_TEXT_BYTES = 16 << 20;

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,199}");

  private final Path folder;
  private final FolderLock lock;
  private final Optional<Manifest> previous;
  private final SortedMap<String, ManifestEntry> entries = new TreeMap<>();
  private final PrefixDigest digests = new PrefixDigest();
  /**
   * Held while a letter's files are created and renamed. The kernel changes a folder under one
   * lock, and on ext4 without a journal, creating a file after many deletions scans the inode
   * table under it: a second thread then spins in the kernel, waiting (a sixth of a 10,000-letter
   * build's CPU). Waiting here instead costs nothing.
   */
  private final Object entriesChanging = new Object();

  private OutputFolder(Path folder, FolderLock lock, Optional<Manifest> previous, Manifest kept) {
    this.folder = folder;
    this.lock = lock;
    this.previous = previous;
    kept.letters().forEach(entry -> entries.put(entry.id(), entry));
  }

  /**
   * Opens {@code folder}, creating it if needed, and holds it until {@link #close()}. With {@code
   * fresh}, the manifest starts empty (a full build); otherwise it keeps the entries of letters
   * still on disk (a build of some ids). A manifest that is not as this tool writes it is refused,
   * and nothing is written.
   */
  public static OutputFolder open(Path folder, boolean fresh) throws DiagnosticException {
    FolderLock lock = FolderLock.acquire(folder, wait -> {});
    try {
      Manifest previous = Manifest.read(folder);
      clearTemporaryFiles(folder);
      Manifest kept = new Manifest(fresh ? List.of()
          : previous.letters().stream().filter(e -> Files.isRegularFile(folder.resolve(e.file()))).toList());
      return new OutputFolder(folder, lock, Optional.of(previous), kept);
    } catch (DiagnosticException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Opens {@code folder} to write only files of its own (the overview), holding it until {@link
   * #close()}; its letters and manifest are left as they are.
   */
  public static OutputFolder openForOwnFiles(Path folder) throws DiagnosticException {
    FolderLock lock = FolderLock.acquire(folder, wait -> {});
    try {
      clearTemporaryFiles(folder);
      return new OutputFolder(folder, lock, Optional.empty(), new Manifest(List.of()));
    } catch (DiagnosticException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Temporary files an interrupted command left: safe to remove now that this command holds the folder. */
  private static void clearTemporaryFiles(Path folder) throws DiagnosticException {
    try {
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
  }

  /**
   * Why a letter with this id may not be written into an output folder, or empty when it may: an
   * id that is not a plain name, or whose files would be the folder's own (a record whose id is
   * {@code bundle} would be overwritten by the bundle).
   */
  public static Optional<String> refusal(String id) {
    if (!isPlainName(id)) {
      return Optional.of("'" + id + "' cannot name a letter's file: use letters, digits and hyphens");
    }
    if (OWN.contains(id + ".pdf") || OWN.contains(id + ".txt")) {
      return Optional.of("the id '" + id + "' is taken by the output folder's own " + id
          + ".pdf; give this record another file name");
    }
    return Optional.empty();
  }

  static boolean isPlainName(String id) {
    return PLAIN_NAME.matcher(id).matches();
  }

  /**
   * The text an earlier build wrote into {@code folder} for letter {@code id}; empty when there is
   * none. Only a regular file of at most {@value #MAX_TEXT_BYTES} bytes is read (a letter's text
   * is a few kilobytes; the templates may write at most two megabytes).
   */
  public static Optional<String> text(Path folder, String id) throws DiagnosticException {
    Path file = folder.resolve(id + ".txt");
    if (refusal(id).isPresent() || !Files.exists(file)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new DiagnosticException(Diagnostic.error(file, "is not a regular file, so not a letter's text"));
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
      if (bytes.length > MAX_TEXT_BYTES) {
        throw new DiagnosticException(Diagnostic.error(file, "is larger than 16 MiB, so not a letter's text"));
      }
      return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + reason(e)), e);
    }
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
    Optional<String> refused = refusal(info.id());
    if (refused.isPresent()) {
      throw new DiagnosticException(Diagnostic.error(target, refused.get()));
    }
    try {
      byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
      synchronized (entriesChanging) {
        AtomicFile.write(folder.resolve(info.id() + ".txt"), textBytes);
        AtomicFile.write(target, pdf.bytes());
      }
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(target, "cannot be written: " + reason(e)), e);
    }
    ManifestEntry entry =
        new ManifestEntry(info.id(), info.name(), target.getFileName().toString(), digests.hex(pdf.bytes()), pdf.pages(), info.outcome());
    synchronized (this) {
      entries.put(entry.id(), entry);
    }
    return entry;
  }

  /**
   * Writes a file of the folder's own, beside the letters (the overview, the bundle, a published
   * site's pages), whole or not at all; returns where it went. {@code name} is a plain file name in
   * the folder.
   */
  public Path writeFile(String name, byte[] bytes) throws DiagnosticException {
    return writeFile(name, out -> out.write(bytes));
  }

  /** As {@link #writeFile(String, byte[])}, with the content streamed rather than held. */
  public Path writeFile(String name, Content content) throws DiagnosticException {
    Path target = folder.resolve(name);
    if (!folder.equals(target.getParent()) || name.startsWith(".")) {
      throw new IllegalArgumentException(name + " is not a plain file name in the output folder");
    }
    try {
      AtomicFile.write(target, content);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(target, "cannot be written: " + reason(e)), e);
    }
    return target;
  }

  /**
   * Marks the letters of {@code ids} as about to be rewritten and {@code stale} letters (those of
   * records that are gone or no longer read) as gone: writes the manifest without any of them,
   * then removes the stale letters' files, so that a build killed part-way leaves a manifest that
   * lists only letters it did not touch, and never one whose file is gone. Only letters the manifest lists are removed: the
   * folder may hold files of other kinds, which are not this tool's to remove.
   */
  public void startRewriting(Collection<String> ids, Collection<String> stale) throws DiagnosticException {
    synchronized (this) {
      ids.forEach(entries::remove);
      stale.forEach(entries::remove);
    }
    // First the manifest without them, so that it never names a file already removed.
    writeManifest();
    // Looked up in a set: a list is searched whole for each of thousands of letters.
    Set<String> gone = new HashSet<>(stale);
    ids.forEach(gone::remove);
    for (ManifestEntry entry : previous().letters()) {
      if (gone.contains(entry.id())) {
        remove(entry.id());
      }
    }
  }

  /** The letters the folder held when it was opened, as its manifest listed them. */
  public Manifest previous() {
    return previous.orElseThrow(() -> new IllegalStateException("opened for the folder's own files only"));
  }

  /** Removes any earlier letter for {@code id}, so a record that now fails leaves no stale letter. */
  public void remove(String id) throws DiagnosticException {
    if (refusal(id).isPresent()) {
      // Never a file of the folder's own, nor one outside it.
      return;
    }
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
    return new Manifest(List.copyOf(entries.values()));
  }

  public synchronized void writeManifest() throws DiagnosticException {
    if (previous.isEmpty()) {
      throw new IllegalStateException("opened for the folder's own files only: the manifest was not read");
    }
    Path file = folder.resolve(Manifest.FILE_NAME);
    try {
      AtomicFile.write(file, manifest().toJson());
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(file, "cannot be written: " + reason(e)), e);
    }
  }

  /** Lets other commands have the folder. */
  @Override
  public void close() {
    lock.close();
  }

  static String reason(IOException e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return message == null ? kind : kind.isBlank() ? message : kind + " (" + message + ")";
  }
}
