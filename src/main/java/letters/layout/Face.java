package letters.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The house font, Liberation Sans (metrically compatible with Arial), in its four faces. Each is
 * read once per process, from the class path, the first time any is needed; {@link #load} lets a
 * layout start that early on another thread.
 */
enum Face {
  REGULAR("LiberationSans-Regular.ttf", "R"),
  BOLD("LiberationSans-Bold.ttf", "B"),
  ITALIC("LiberationSans-Italic.ttf", "I"),
  BOLD_ITALIC("LiberationSans-BoldItalic.ttf", "BI");

  /** The family's name, as messages about missing characters give it. */
  static final String FAMILY = "Liberation Sans";

  private final String file;
  private final String resource;

  Face(String file, String resource) {
    this.file = file;
    this.resource = resource;
  }

  static Face of(boolean bold, boolean italic) {
    if (bold) {
      return italic ? BOLD_ITALIC : BOLD;
    }
    return italic ? ITALIC : REGULAR;
  }

  /** The name a page's resources give this face: the same in every document, for the same bytes. */
  String resource() {
    return resource;
  }

  boolean bold() {
    return this == BOLD || this == BOLD_ITALIC;
  }

  boolean italic() {
    return this == ITALIC || this == BOLD_ITALIC;
  }

  FontProgram program() {
    return Programs.ALL[ordinal()];
  }

  /** Reads the fonts now, if they have not been read yet. */
  static void load() {
    REGULAR.program();
  }

  /** Holds the parsed fonts; the JVM runs its initialiser once, on first use, on one thread. */
  private static final class Programs {
    static final FontProgram[] ALL = new FontProgram[values().length];

    static {
      for (Face face : values()) {
        ALL[face.ordinal()] = read(face.file);
      }
    }

    private static FontProgram read(String file) {
      try (InputStream in = Face.class.getResourceAsStream("/liberation/" + file)) {
        if (in == null) {
          throw new IllegalStateException("font " + file + " is missing from the class path");
        }
        return FontProgram.parse(in.readAllBytes(), file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read font " + file, e);
      }
    }
  }
}
