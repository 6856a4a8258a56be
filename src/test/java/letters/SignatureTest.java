package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The signature in its own space: whatever the image's proportions, it is scaled to fit the house
 * style's box (200 × 48 points) without distortion, and sits between "Yours sincerely" and the
 * signatory's name with clear space above and below, touching no glyph.
 */
class SignatureTest {
  private static final float BOX_WIDTH = 200f;
  private static final float BOX_HEIGHT = 48f;
  private static final float CLEAR = 6f;

  @TempDir Path work;

  @ParameterizedTest(name = "{0}: {1} x {2} pixels")
  @CsvSource({"tall, 120, 900", "wide, 2400, 90", "placeholder, 450, 150"})
  void sitsInItsBoxBetweenTheCloseAndTheName(String kind, int width, int height) throws Exception {
    Path templates = work.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), templates);
    Path image = templates.resolve("assets/signature-" + kind + ".png");
    ImageIO.write(signature(width, height), "png", image.toFile());
    Path campaign = templates.resolve("campaign.yaml");
    Files.writeString(campaign, Files.readString(campaign)
        .replace("assets/signature-placeholder.png", "assets/signature-" + kind + ".png"));
    Path out = work.resolve("out");
    assertTrue(Letters.open(Path.of("forces"), templates).build(List.of("thames-valley"), out, Progress.NONE).isClean());

    PageReading letter = PageReading.of(Files.readAllBytes(out.resolve("thames-valley.pdf")));
    PageReading.Image drawn = letter.images.getLast();
    float w = drawn.right() - drawn.left();
    float h = drawn.top() - drawn.bottom();
    assertTrue(w <= BOX_WIDTH + 0.01f && h <= BOX_HEIGHT + 0.01f, kind + " fits the box: " + w + " x " + h);
    assertTrue(Math.abs(w - BOX_WIDTH) < 0.01f || Math.abs(h - BOX_HEIGHT) < 0.01f, kind + " fills the box one way");
    assertEquals((float) width / height, w / h, 0.001f * width / height, kind + " keeps its proportions");

    List<PageReading.Line> lines = letter.lines().stream().filter(l -> l.page() == drawn.page()).toList();
    PageReading.Line closing = lines.stream().filter(l -> l.text().equals("Yours sincerely")).findFirst().orElseThrow();
    PageReading.Line name = lines.get(lines.indexOf(closing) + 1);
    assertEquals("Michael Cunningham QPM", name.text(), "the name comes next, under the signature");
    float closingFoot = (float) closing.glyphs().stream().mapToDouble(PageReading.Glyph::bottom).min().orElseThrow();
    float nameHead = (float) name.glyphs().stream().mapToDouble(PageReading.Glyph::top).max().orElseThrow();
    assertTrue(closingFoot - drawn.top() >= CLEAR, kind + ": clear space above " + (closingFoot - drawn.top()));
    assertTrue(drawn.bottom() - nameHead >= CLEAR, kind + ": clear space below " + (drawn.bottom() - nameHead));
    assertEquals(closing.glyphs().getFirst().x(), drawn.left(), 0.01f, "aligned with the close");
    for (PageReading.Glyph glyph : letter.glyphs) {
      boolean overlaps = glyph.page() == drawn.page() && glyph.x() < drawn.right() && glyph.right() > drawn.left()
          && glyph.bottom() < drawn.top() && glyph.top() > drawn.bottom();
      assertTrue(!overlaps, kind + ": '" + glyph.text() + "' under the signature");
    }
  }

  /** A made-up signature: a loop of ink across the whole image, edge to edge. */
  private static BufferedImage signature(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1B, 0x36, 0x5D));
    g.setStroke(new java.awt.BasicStroke(Math.max(2, Math.min(width, height) / 20f)));
    g.drawRect(1, 1, width - 3, height - 3);
    g.drawLine(0, height - 1, width - 1, 0);
    g.dispose();
    return image;
  }
}
