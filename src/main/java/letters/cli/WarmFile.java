package letters.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The file through which {@code serve} tells the launcher where its warm process listens: {@value
 * #FOLDER}/{@value #NAME} in the project, readable by its user alone (the file 0600 in a 0700
 * folder), holding the loopback port, the secret a client sends first ({@code client}) and the
 * one the server answers with ({@code server}), so that each side knows the other read this file,
 * and the jar the server runs ({@code code}), so that the launcher of another build of the tool
 * leaves it be. Written whole by a rename, and removed only by the server whose secrets it holds.
 */
record WarmFile(Path path, int port, String client, String server, String code) {
  static final String FOLDER = ".letters";
  static final String NAME = "warm";

  private static final int SECRET_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  /** Where the file of the project in {@code root} is. */
  static Path in(Path root) {
    return root.resolve(FOLDER).resolve(NAME);
  }

  /** Writes a new file for a server on {@code port} of the project in {@code root}, with fresh secrets. */
  static WarmFile write(Path root, int port) throws IOException {
    SecureRandom random = new SecureRandom();
    WarmFile file = new WarmFile(in(root), port, secret(random), secret(random), runningCode());
    Path folder = ownFolder(root.resolve(FOLDER));
    Path part = Files.createTempFile(folder, NAME, ".part", OWNER_ONLY_FILE);
    try {
      Files.writeString(part, "port " + port + "\nclient " + file.client + "\nserver " + file.server
          + "\ncode " + file.code + "\n", StandardCharsets.US_ASCII);
      Files.move(part, file.path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
    return file;
  }

  /** Removes the file if it is still this server's (a later {@code serve} of the project may have replaced it). */
  void delete() {
    try {
      if (Files.readString(path, StandardCharsets.US_ASCII).contains("client " + client + "\n")) {
        Files.delete(path);
      }
    } catch (IOException e) {
      // Gone already, or replaced and then removed by the server that replaced it.
    }
  }

  /**
   * {@code folder}, made if need be, as a folder of this user's that only this user can enter; a
   * link, or a folder of another user's, is refused rather than trusted.
   */
  private static Path ownFolder(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new java.nio.file.NotDirectoryException(folder.toString());
    }
    // Only the folder's owner may change its permissions: this fails on a folder of another user's.
    Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
    // The file is a key to this user's commands: a project's repository must never take it in.
    Path ignore = folder.resolve(".gitignore");
    if (!Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) {
      Files.writeString(ignore, "*\n", StandardCharsets.US_ASCII);
    }
    return folder;
  }

  /** Where this process's classes come from: the jar, or the folder of classes a test runs. */
  private static String runningCode() {
    try {
      return Path.of(WarmFile.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return "";
    }
  }

  private static String secret(SecureRandom random) {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
