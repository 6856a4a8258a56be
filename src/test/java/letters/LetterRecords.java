package letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Variations of a shipped record for layout tests: long inspectors' notes, many copy recipients. */
final class LetterRecords {
  private static final Pattern ELEMENT =
      Pattern.compile("(?m)^  (counter_corruption_review|it_monitoring|vulnerable_support): (\\w+)$");

  private static final List<String> SENTENCES = List.of(
      "The force has appointed a detective chief inspector to lead this work, reporting to the deputy chief constable.",
      "A business case for additional analysts was approved in March and recruitment is under way.",
      "Inspectors found that the counter-corruption unit's intelligence requirements had been refreshed.",
      "The force intends to extend its monitoring software to mobile devices issued to officers and staff.",
      "Partnership agreements with two independent sexual violence advisory services were signed during the review.",
      "We were told that vetting arrangements for new recruits are to be strengthened, although no timetable was given.",
      "Training on recognising the signs of abuse of position has been delivered to all supervisors.",
      "The force's professional standards department now meets quarterly with local support organisations.");

  private LetterRecords() {}

  /** {@code yaml} with each plan element carrying a note of {@code sentences} sentences. */
  static String withNotes(String yaml, int sentences) {
    Matcher element = ELEMENT.matcher(yaml);
    StringBuilder out = new StringBuilder();
    int next = 0;
    while (element.find()) {
      StringBuilder note = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        note.append(i == 0 ? "" : " ").append(SENTENCES.get(next++ % SENTENCES.size()));
      }
      element.appendReplacement(out, Matcher.quoteReplacement("  " + element.group(1) + ":\n    status: "
          + element.group(2) + "\n    note: \"" + note + "\""));
    }
    element.appendTail(out);
    return out.toString();
  }

  /** {@code yaml} copied to {@code count} recipients, names and roles of all lengths. */
  static String withCopies(String yaml, int count) {
    List<String> copies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      copies.add("  - name: " + (i % 3 == 0 ? "Dr Siân Llewellyn-Ŵyn" : "Sam Recipient " + (i + 1)) + "\n"
          + "    role: " + (i % 2 == 0 ? "Police and Crime Commissioner for the Counties of the Marches and the Borders"
              : "Chair of the Audit Committee"));
    }
    return yaml.replaceFirst("(?s)copied_to:\\n(  - .*?\\n)+(?=\\S)", "copied_to:\n" + String.join("\n", copies) + "\n");
  }
}
