package letters.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the system's words ("no such file", "permission
 * denied", "is a directory"), for the end of a diagnostic that already names the file. Java puts
 * the file's name where the reason should be, which would name it twice and say nothing.
 */
public final class Reason {
  private Reason() {}

  public static String of(IOException e) {
    return switch (e) {
      case NoSuchFileException missing -> "no such file or folder";
      case AccessDeniedException denied -> "permission denied";
      case NotDirectoryException notFolder -> "not a folder";
      case FileSystemException other when other.getReason() != null -> lowerFirst(other.getReason());
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : lowerFirst(e.getMessage());
    };
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
