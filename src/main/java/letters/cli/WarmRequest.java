package letters.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command the launcher hands to the warm process: the folder it was run in, the few facts of
 * its environment that commands read or that a fresh JVM would start from (its locale and time
 * zone, {@link #COMPARED}), and its arguments. On the wire each is a NUL-terminated
 * UTF-8 field, as bash's {@code printf '%s\0'} writes them: the folder, the number of environment
 * entries and each as {@code NAME=value}, the number of arguments and each argument. Read within
 * {@link #LIMIT} bytes in all; anything else is refused.
 */
record WarmRequest(Path workingDirectory, Map<String, String> environment, List<String> args) {
  /** The most a request may take, every field counted. */
  static final int LIMIT = 1024 * 1024;

  /** The environment a handed-over command may see; never a secret such as the keystore's password. */
  static final Set<String> ENVIRONMENT = Set.of("LETTERS_TERMINAL", "LETTERS_LAUNCHER");

  /**
   * What a fresh JVM takes its time zone, locale and file-name encoding from: a command is run
   * here only if the client's are this process's own (sent, then compared; never set here).
   */
  static final Set<String> COMPARED = Set.of("TZ", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC");

  private static final int MOST_FIELDS = 100_000;

  WarmRequest {
    environment = Map.copyOf(environment);
    args = List.copyOf(args);
  }

  /** Whether the command's error stream is a terminal, as the launcher found it. */
  boolean terminal() {
    return "1".equals(environment.get("LETTERS_TERMINAL"));
  }

  /** Reads a request from {@code in}; an {@link IOException} for one too long, cut short or not as above. */
  static WarmRequest read(InputStream in) throws IOException {
    Fields fields = new Fields(in);
    Path folder = Path.of(fields.next());
    if (!folder.isAbsolute()) {
      throw new IOException("the working folder is not absolute");
    }
    Map<String, String> environment = new LinkedHashMap<>();
    for (String entry : fields.list()) {
      int equals = entry.indexOf('=');
      String name = equals > 0 ? entry.substring(0, equals) : "";
      if (ENVIRONMENT.contains(name) || COMPARED.contains(name)) {
        environment.put(name, entry.substring(equals + 1));
      }
    }
    return new WarmRequest(folder, environment, fields.list());
  }

  /** NUL-terminated fields, counted against the limit. */
  private static final class Fields {
    private final InputStream in;
    private int left = LIMIT;

    Fields(InputStream in) {
      this.in = in;
    }

    List<String> list() throws IOException {
      int count;
      try {
        count = Integer.parseInt(next());
      } catch (NumberFormatException e) {
        throw new IOException("not a count");
      }
      if (count < 0 || count > MOST_FIELDS) {
        throw new IOException("too many fields");
      }
      List<String> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(next());
      }
      return list;
    }

    String next() throws IOException {
      ByteArrayOutputStream field = new ByteArrayOutputStream();
      for (int b = in.read(); b != 0; b = in.read()) {
        if (b < 0 || --left < 0) {
          throw new IOException(b < 0 ? "cut short" : "too long");
        }
        field.write(b);
      }
      return field.toString(StandardCharsets.UTF_8);
    }
  }
}
