package letters.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import letters.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** Text values are refused for a control character exactly when Unicode calls it one. */
class FieldsTest {
  @Test
  void refusesTextWithAControlCharacterOtherThanBreaksAndTabs() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
        continue;
      }
      List<Diagnostic> problems = new ArrayList<>();
      String text = "a" + Character.toString(c) + "b";
      new Fields(Path.of("x.yaml"), problems).text(new YamlNode.Scalar(text, YamlNode.ScalarType.TEXT, 1, 1), "k");
      boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
      assertEquals(control, !problems.isEmpty(), "U+" + Integer.toHexString(c));
      if (control) {
        assertTrue(problems.getFirst().toString().contains(String.format("U+%04X", c)), problems.toString());
      }
    }
  }
}
