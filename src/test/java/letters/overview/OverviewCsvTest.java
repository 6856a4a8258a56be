package letters.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text; everything else as it is. */
class OverviewCsvTest {
  @Test
  void formulaCellsBeginWithAnApostrophe() {
    assertEquals("'=HYPERLINK(\"\"http://x\"\")", OverviewCsv.field("=HYPERLINK(\"http://x\")").replaceAll("^\"|\"$", ""));
    assertEquals("'+44 20 7946 0000", OverviewCsv.field("+44 20 7946 0000"));
    assertEquals("'-2+3", OverviewCsv.field("-2+3"));
    assertEquals("'@SUM(A1:A9)", OverviewCsv.field("@SUM(A1:A9)"));
    assertEquals("'\t=1+1", OverviewCsv.field("\t=1+1"));
    assertEquals("\"'\r=1+1\"", OverviewCsv.field("\r=1+1"));
    assertEquals("'   =1+1", OverviewCsv.field("   =1+1"));
    assertEquals("'\uFF1D1+1", OverviewCsv.field("\uFF1D1+1"), "the full-width equals sign");
  }

  @Test
  void otherCellsAreWrittenAsTheyAre() {
    assertEquals("Thames Valley Police", OverviewCsv.field("Thames Valley Police"));
    assertEquals("Avon and Somerset Constabulary", OverviewCsv.field("Avon and Somerset Constabulary"));
    assertEquals("a=b", OverviewCsv.field("a=b"));
    assertEquals("O’Brien", OverviewCsv.field("O’Brien"));
    assertEquals("", OverviewCsv.field(""));
    assertEquals("\"Dyfed-Powys, Wales\"", OverviewCsv.field("Dyfed-Powys, Wales"));
  }
}
