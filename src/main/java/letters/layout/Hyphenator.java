package letters.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where British English words may be hyphenated, by Liang's algorithm over the TeX UK patterns
 * (Wujastyk and Toal's {@code ukhyphen.tex}, made with PATGEN from Oxford University Press's list
 * of British hyphenations), read from the FOP-format file {@code com/itextpdf/hyph/en_GB.xml} that
 * Maven Central ships in {@code com.itextpdf:hyph}. Nothing here is a rule of its own: the patterns
 * and the file's exceptions decide, and words are only kept from breaking too near their ends, as
 * TeX does for British English (two letters before a break, three after).
 */
final class Hyphenator {
  static final String PATTERNS = "/com/itextpdf/hyph/en_GB.xml";
  static final int LEFT_MIN = 2;
  static final int RIGHT_MIN = 3;

  private final Map<String, byte[]> patterns;
  private final Map<String, boolean[]> exceptions;
  private final int longestPattern;
  /** Words met before: a campaign's letters use the same few thousand words again and again. */
  private final Map<String, boolean[]> known = new ConcurrentHashMap<>();
  private static final int KNOWN = 50_000;

  private Hyphenator(Map<String, byte[]> patterns, Map<String, boolean[]> exceptions) {
    this.patterns = patterns;
    this.exceptions = exceptions;
    this.longestPattern = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The British English patterns, read once per process. */
  static Hyphenator british() {
    return British.INSTANCE;
  }

  private static final class British {
    static final Hyphenator INSTANCE = read(PATTERNS);
  }

  int patternCount() {
    return patterns.size();
  }

  /**
   * Where {@code word} (lower-case letters a to z only) may break: {@code result[i]} is true when
   * a hyphen may stand between letters {@code i - 1} and {@code i}. The array is shared: read it,
   * never change it.
   */
  boolean[] points(String word) {
    boolean[] points = known.get(word);
    if (points == null) {
      points = compute(word);
      if (known.size() >= KNOWN) {
        known.clear();
      }
      known.put(word, points);
    }
    return points;
  }

  private boolean[] compute(String word) {
    int n = word.length();
    boolean[] points = new boolean[n + 1];
    if (n < LEFT_MIN + RIGHT_MIN) {
      return points;
    }
    boolean[] exception = exceptions.get(word);
    if (exception != null) {
      System.arraycopy(exception, 0, points, 0, points.length);
    } else {
      String dotted = "." + word + ".";
      byte[] values = new byte[dotted.length() + 1];
      for (int start = 0; start < dotted.length(); start++) {
        for (int end = start + 1; end <= Math.min(dotted.length(), start + longestPattern); end++) {
          byte[] pattern = patterns.get(dotted.substring(start, end));
          if (pattern != null) {
            for (int k = 0; k < pattern.length; k++) {
              values[start + k] = (byte) Math.max(values[start + k], pattern[k]);
            }
          }
        }
      }
      for (int i = 1; i < n; i++) {
        // values[j] stands before dotted[j]; the break before word[i] is before dotted[i + 1].
        points[i] = values[i + 1] % 2 == 1;
      }
    }
    for (int i = 0; i <= n; i++) {
      points[i] &= i >= LEFT_MIN && n - i >= RIGHT_MIN;
    }
    return points;
  }

  /** The word with a hyphen at every point where it may break, for tests and messages. */
  String hyphenated(String word) {
    boolean[] points = points(word);
    StringBuilder out = new StringBuilder(word.length() + 8);
    for (int i = 0; i < word.length(); i++) {
      if (points[i]) {
        out.append('-');
      }
      out.append(word.charAt(i));
    }
    return out.toString();
  }

  private static Hyphenator read(String resource) {
    Map<String, byte[]> patterns = new HashMap<>();
    Map<String, boolean[]> exceptions = new HashMap<>();
    try (InputStream in = Hyphenator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("hyphenation patterns " + resource + " are missing from the class path");
      }
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.newSAXParser().parse(in, new PatternFile(patterns, exceptions));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hyphenation patterns " + resource, e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("hyphenation patterns " + resource + " are malformed: " + e.getMessage(), e);
    }
    if (patterns.isEmpty()) {
      throw new IllegalStateException("hyphenation patterns " + resource + " hold no patterns");
    }
    return new Hyphenator(patterns, exceptions);
  }

  /** Reads the {@code <patterns>} and {@code <exceptions>} of a FOP hyphenation file. */
  private static final class PatternFile extends DefaultHandler {
    private final Map<String, byte[]> patterns;
    private final Map<String, boolean[]> exceptions;
    private final StringBuilder text = new StringBuilder();

    PatternFile(Map<String, byte[]> patterns, Map<String, boolean[]> exceptions) {
      this.patterns = patterns;
      this.exceptions = exceptions;
    }

    @Override
    public void startElement(String uri, String local, String name, Attributes attributes) {
      text.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String local, String name) {
      for (String item : text.toString().trim().split("\\s+")) {
        if (item.isEmpty()) {
          continue;
        }
        if (name.equals("patterns")) {
          pattern(item);
        } else if (name.equals("exceptions")) {
          exception(item);
        }
      }
      text.setLength(0);
    }

    /** {@code a1b2c}: the letters {@code abc}, with the digit before each letter and after the last. */
    private void pattern(String item) {
      StringBuilder letters = new StringBuilder();
      byte[] values = new byte[item.length() + 1];
      for (char c : item.toCharArray()) {
        if (Character.isDigit(c)) {
          values[letters.length()] = (byte) (c - '0');
        } else {
          letters.append(c);
        }
      }
      byte[] trimmed = new byte[letters.length() + 1];
      System.arraycopy(values, 0, trimmed, 0, trimmed.length);
      patterns.put(letters.toString(), trimmed);
    }

    /** {@code as-so-ciate}: the word and where it breaks. */
    private void exception(String item) {
      String word = item.replace("-", "");
      boolean[] points = new boolean[word.length() + 1];
      for (int i = 0, letters = 0; i < item.length(); i++) {
        if (item.charAt(i) == '-') {
          points[letters] = true;
        } else {
          letters++;
        }
      }
      exceptions.put(word, points);
    }
  }
}
