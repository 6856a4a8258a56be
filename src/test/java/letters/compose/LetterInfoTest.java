package letters.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Optional;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * A letter's info is digested into its PDF's document ID through its text, so its written-out
 * text must stay the text a record's own would be: every component, in order, as {@code
 * Record.toString} specifies.
 */
class LetterInfoTest {
  @Test
  void itsTextIsARecordsOwn() throws Exception {
    for (Optional<String> mark : java.util.List.of(Optional.<String>empty(), Optional.of("DRAFT"))) {
      LetterInfo info = new LetterInfo("kent", "Kent Police", "all_in_place", "A title", "HMICFRS",
          "The subject", "en-GB", LocalDate.of(2017, 10, 2), mark.isEmpty(), mark);
      StringJoiner expected = new StringJoiner(", ", "LetterInfo[", "]");
      for (RecordComponent component : LetterInfo.class.getRecordComponents()) {
        expected.add(component.getName() + "=" + component.getAccessor().invoke(info));
      }
      assertEquals(expected.toString(), info.toString());
    }
  }
}
