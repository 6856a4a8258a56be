package letters.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Knuth–Plass line breaking, on a fixed-width model of text and on the house font. */
class LineBreakingTest {
  private static final String RECOMMENDATION = "To address this cause of concern, we recommend that within six months,"
      + " all forces should have started to implement a plan to achieve the capability and capacity required to seek"
      + " intelligence on potential abuse of authority for sexual gain. These plans should include consideration of"
      + " the technology and resources required to monitor IT systems actively and to build relationships with the"
      + " individuals and organisations that support vulnerable people.";

  /** Each letter one unit wide, each space one unit that may stretch by a half and shrink by a third. */
  private static List<Item> fixedWidth(String text) {
    List<Item> items = new ArrayList<>();
    for (String word : text.split(" ")) {
      if (!items.isEmpty()) {
        items.add(new Item.Glue(Face.REGULAR, 1f, 1f, 0.5f, 1 / 3f, false));
      }
      items.add(new Item.Box(Face.REGULAR, 1f, new int[word.length()], new int[word.length()], word.length(), word));
    }
    items.add(Item.Glue.endOfLine());
    items.add(Item.Penalty.forced());
    return items;
  }

  /** The ratio each line but the last must stretch by, when {@code items} break at {@code breaks}. */
  private static List<Double> ratios(List<Item> items, List<LineBreaker.Break> breaks, double measure) {
    List<Double> ratios = new ArrayList<>();
    int start = 0;
    for (LineBreaker.Break at : breaks.subList(0, breaks.size() - 1)) {
      double width = 0;
      double stretch = 0;
      double shrink = 0;
      for (int i = start; i < at.position(); i++) {
        width += items.get(i).width();
        if (items.get(i) instanceof Item.Glue glue) {
          stretch += glue.stretch();
          shrink += glue.shrink();
        }
      }
      ratios.add(width <= measure ? (measure - width) / stretch : (measure - width) / shrink);
      start = at.position() + 1;
    }
    return ratios;
  }

  private static double badness(List<Double> ratios) {
    return ratios.stream().mapToDouble(r -> 100 * Math.pow(Math.abs(r), 3)).sum();
  }

  @Test
  void totalFitSpacesLinesMoreEvenlyThanFirstFit() {
    int better = 0;
    for (int measure = 40; measure <= 90; measure++) {
      List<Item> items = fixedWidth(RECOMMENDATION);
      List<LineBreaker.Break> optimal = LineBreaker.justified(items, measure);
      List<Double> ratios = ratios(items, optimal, measure);
      for (double r : ratios) {
        assertTrue(r >= -1, "measure " + measure + ": a line shrinks by " + r);
        // Narrower than about 50 letters, the words of this text cannot all be spaced within the limit.
        assertTrue(measure < 50 || r <= LineBreaker.STRETCH_LIMIT, "measure " + measure + ": a line stretches by " + r);
      }
      double firstFit = badness(ratios(items, LineBreaker.ragged(items, measure), measure));
      assertTrue(badness(ratios) <= firstFit + 1e-9, "measure " + measure + ": worse than first fit");
      better += badness(ratios) < firstFit - 1 ? 1 : 0;
      assertEquals(RECOMMENDATION.split(" ").length, items.stream().filter(Item.Box.class::isInstance).count());
    }
    assertTrue(better > 20, "total fit beat first fit at only " + better + " of 51 widths");
  }

  @Test
  void justifiedLinesFillTheMeasureAndTheLastLineKeepsNaturalSpaces() throws Exception {
    List<Line> lines = Typesetter.lines(List.of(new Typesetter.Run(RECOMMENDATION, Face.REGULAR, 11f)), 399.28f,
        Typesetter.Alignment.JUSTIFIED);
    assertTrue(lines.size() >= 5, "lines: " + lines.size());
    for (Line line : lines.subList(0, lines.size() - 1)) {
      assertTrue(line.justified(), "every line but the last is justified");
      assertEquals(399.28f, line.width(), 0.01f);
    }
    Line last = lines.getLast();
    assertFalse(last.justified(), "the last line is set ragged");
    assertTrue(last.width() < 399.28f);
    String content = new String(last.content(), java.nio.charset.StandardCharsets.US_ASCII);
    assertFalse(content.contains(" Tc") || content.contains(" Tw") || content.contains(" Tz"), content);
  }

  @Test
  void aWordWiderThanTheLineIsBrokenRatherThanRunningOffThePage() throws Exception {
    String address = "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/abuse-of-position-for-a-sexual-purpose";
    for (Typesetter.Alignment alignment : Typesetter.Alignment.values()) {
      List<Line> lines = Typesetter.lines(List.of(new Typesetter.Run("See " + address + " for more.", Face.REGULAR, 11f)),
          200f, alignment);
      assertTrue(lines.size() >= 3, alignment + ": " + lines.size());
      for (Line line : lines) {
        assertTrue(line.width() <= 200.01f, alignment + ": a line of " + line.width());
      }
    }
  }

  @Test
  void aTelephoneNumberIsNeverSplitAcrossLines() throws Exception {
    String text = "If you have any queries, please contact John Young at john.young@hmic.gsi.gov.uk or on 07802 948502.";
    boolean wrapped = false;
    for (float measure = 150f; measure <= 460f; measure += 1f) {
      List<Line> lines = Typesetter.lines(List.of(new Typesetter.Run(text, Face.REGULAR, 11f)), measure,
          Typesetter.Alignment.JUSTIFIED);
      for (Line line : lines) {
        assertFalse(line.text().endsWith("07802"), measure + ": " + line.text());
        wrapped |= line.text().startsWith("07802 948502");
      }
    }
    assertTrue(wrapped, "at some width the number starts a line, whole");
  }

  @Test
  void aHyphenatedLineEndsInASoftHyphenAndAWordsOwnHyphenStaysAHyphen() throws Exception {
    boolean soft = false;
    boolean own = false;
    String text = "The results of your review of the capability and capacity of your counter-corruption unit"
        + " were unclear, as were the organisations’ relationships with vulnerable people.";
    for (float measure = 120f; measure <= 300f; measure += 2f) {
      for (Line line : Typesetter.lines(List.of(new Typesetter.Run(text, Face.REGULAR, 11f)), measure,
          Typesetter.Alignment.JUSTIFIED)) {
        assertFalse(line.text().endsWith("-\u00AD"), line.text());
        soft |= line.text().endsWith("\u00AD");
        own |= line.text().endsWith("counter-");
      }
    }
    assertTrue(soft && own, "soft hyphens " + soft + ", a break after counter- " + own);
  }
}
