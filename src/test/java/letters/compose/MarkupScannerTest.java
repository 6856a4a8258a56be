package letters.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain scanner must read every letter exactly as the XML parser does, and leave to it every
 * markup it does not read, so that problems are told in the same words at the same place.
 */
class MarkupScannerTest {
  private static final String PLAIN = """
      <letter title=" A  &amp; B\t" author='x &#39;y&#39;'>
        <p>One <i>two <b>three</b></i>&lt;four&gt; &quot;five&quot; caf&#xE9; &#x1F600; &#233;</p>
        <recipient role="to
      whom">Chief <br/> Constable<br></br></recipient>
        <signature/>
        <quote>  ]] &gt; 😀 </quote>
      </letter>
      """;

  @Test
  void readsPlainMarkupAsTheXmlParserDoes() throws Exception {
    assertEquals(LetterMarkup.parseAsXml(PLAIN), LetterMarkup.parse(PLAIN));
    List<String> told = new ArrayList<>();
    MarkupScanner.scan(PLAIN, recorder(told), List.of());
    assertTrue(told.contains("text:<four> \"five\" café 😀 é"), told::toString);
    assertTrue(told.contains("open:letter {title= A  & B , author=x 'y'}"), told::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<letter><!-- a comment --><p>x</p></letter>",
      "<?xml version=\"1.0\"?><letter><p>x</p></letter>",
      "<letter><p><![CDATA[x]]></p></letter>",
      "<letter><p>x ]]> y</p></letter>",
      "<letter><p>x &nbsp; y</p></letter>",
      "<letter><p>x &#0; y</p></letter>",
      "<letter><p>x &#-1; y</p></letter>",
      "<letter><p>x &#xFFFFFFFFF; y</p></letter>",
      "<letter><p>x &amp y</p></letter>",
      "<letter><p a='1' a='2'>x</p></letter>",
      "<letter><p a='1'b='2'>x</p></letter>",
      "<letter><p a=1>x</p></letter>",
      "<letter><p a='<'>x</p></letter>",
      "<letter><p>x</i></letter>",
      "<letter><p>x</p>",
      "<letter><p>x</p></letter> trailing",
      "leading <letter><p>x</p></letter>",
      "<letter><p>x</p></letter><letter/>",
      "<letter><p>\u0001</p></letter>",
      "<letter><p>\ud800 alone</p></letter>",
      "<letter>< p>x</p></letter>",
      "</letter>",
      "",
  })
  void leavesEverythingElseToTheXmlParser(String markup) {
    assertThrows(MarkupScanner.Unusual.class, () -> MarkupScanner.scan(markup, recorder(new ArrayList<>()), List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<letter><p>x <u>y</u></p></letter>",
      "<letter><para>x</para></letter>",
      "<letter><p> </p></letter>",
      "<letter>loose text<p>x</p></letter>",
      "<memo><p>x</p></memo>",
      "<letter><p>x</p><p>y <i>z</b></i></p></letter>",
  })
  void problemsAreToldByTheXmlParserAtTheirPlace(String markup) {
    LetterMarkup.MarkupException plain = assertThrows(LetterMarkup.MarkupException.class, () -> LetterMarkup.parse(markup));
    LetterMarkup.MarkupException xml = assertThrows(LetterMarkup.MarkupException.class, () -> LetterMarkup.parseAsXml(markup));
    assertEquals(xml.getMessage() + " " + xml.line + ":" + xml.column, plain.getMessage() + " " + plain.line + ":" + plain.column);
  }

  @Test
  void blocksReadBeforeStandInTheirPlaceOnlyBetweenTheRootsBlocks() throws Exception {
    String part = "\n  <p>One <i>two</i></p>\n  <quote>three</quote>\n";
    String markup = "<letter title='t'>\n<p>before</p>" + part + "<p>after inner</p></letter>";
    // Marked blocks, to see where they stand: not inside a paragraph, where the text is read as it is.
    List<Block> marked = List.of(new Block(BlockKind.QUOTE, java.util.Optional.of("kept"), List.of(new Span("k", false, false))));
    int between = markup.indexOf(part);
    int inside = markup.indexOf("inner");
    List<MarkupScanner.Kept> kept = List.of(new MarkupScanner.Kept(between, between + part.length(), marked),
        new MarkupScanner.Kept(inside, inside + 2, marked));
    LetterMarkup.Parsed full = LetterMarkup.parse(markup);
    LetterMarkup.Parsed read = LetterMarkup.parse(markup, kept);
    assertEquals(full.attributes(), read.attributes());
    List<Block> expected = new ArrayList<>(full.blocks());
    expected.subList(1, 3).clear();
    expected.add(1, marked.getFirst());
    assertEquals(expected, read.blocks());
    List<Block> blocks = LetterMarkup.blocks(part).orElseThrow();
    assertEquals(full, LetterMarkup.parse(markup, List.of(new MarkupScanner.Kept(between, between + part.length(), blocks))));
    assertEquals(java.util.Optional.empty(), LetterMarkup.blocks("text <p>x</p>"));
  }

  private static MarkupScanner.Handler recorder(List<String> told) {
    return new MarkupScanner.Handler() {
      @Override
      public void open(String name, Map<String, String> attributes) {
        told.add("open:" + name + " " + attributes);
      }

      @Override
      public void close(String name) {
        told.add("close:" + name);
      }

      @Override
      public void text(char[] chars, int start, int length) {
        told.add("text:" + new String(chars, start, length).strip());
      }

      @Override
      public void kept(List<Block> blocks) {
        told.add("kept:" + blocks);
      }
    };
  }
}
