package letters.load;

import java.util.Arrays;
import java.util.List;

/**
 * The shapes a record's field can take, named as JSON Schema names them, so that the campaign
 * file reads like the schema {@code letters schema} prints from it.
 */
public enum FieldShape {
  /** A line of text: a name, a role, how the letter is sent. */
  TEXT("string"),
  /** A group of named fields, each declared in turn: {@code {name: ..., honours: ...}}. */
  GROUP("object"),
  /** A list of values of one declared shape: the people a letter is copied to. */
  LIST("array");

  private final String word;

  FieldShape(String word) {
    this.word = word;
  }

  /** The words the campaign file may use for a shape. */
  public static List<String> words() {
    return Arrays.stream(values()).map(FieldShape::word).toList();
  }

  /** The shape a campaign file names with {@code word}; one of {@link #words()}. */
  public static FieldShape fromWord(String word) {
    return Arrays.stream(values())
        .filter(shape -> shape.word.equals(word))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no field shape " + word));
  }

  /** The word that names this shape in the campaign file and in JSON Schema. */
  public String word() {
    return word;
  }
}
