import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the two images the shipped templates use: the house wordmark (an original design, not any
 * real logo) and a plainly synthetic placeholder signature. Both are opaque RGB so that they can
 * go into archival PDFs. Run: java src/assets/DrawAssets.java templates/assets
 */
public final class DrawAssets {
  private static final Color NAVY = new Color(0x1B, 0x36, 0x5D);
  private static final Color TEAL = new Color(0x00, 0x7C, 0x89);
  private static final Color INK = new Color(0x1F, 0x2F, 0x6B);

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "templates/assets");
    Files.createDirectories(folder);
    ImageIO.write(wordmark(), "png", folder.resolve("wordmark.png").toFile());
    ImageIO.write(signature(), "png", folder.resolve("signature-placeholder.png").toFile());
  }

  /**
   * Pixels per unit of the drawings below: half their design size gives about 300 dots per inch at
   * the size the house style prints them, enough for print, and keeps every letter small.
   */
  private static final double SCALE = 0.5;

  private static BufferedImage image(int width, int height) {
    return new BufferedImage((int) (width * SCALE), (int) (height * SCALE), BufferedImage.TYPE_INT_RGB);
  }

  private static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.scale(SCALE, SCALE);
    return g;
  }

  /** Sets the largest sans-serif font, up to {@code size}, in which {@code text} fits {@code width}. */
  private static void fit(Graphics2D g, String text, int style, int width, int size) {
    Font font = new Font(Font.SANS_SERIF, style, size);
    while (g.getFontMetrics(font).stringWidth(text) > width) {
      font = font.deriveFont(font.getSize2D() - 1f);
    }
    g.setFont(font);
  }

  /** A navy tile with three rising teal bars and a white baseline, beside the name in two lines. */
  private static BufferedImage wordmark() {
    BufferedImage image = image(1600, 360);
    Graphics2D g = canvas(image);
    g.setColor(NAVY);
    g.fill(new RoundRectangle2D.Double(20, 20, 320, 320, 56, 56));
    g.setColor(TEAL);
    int[] heights = {90, 150, 210};
    for (int i = 0; i < heights.length; i++) {
      g.fillRect(80 + i * 75, 270 - heights[i], 50, heights[i]);
    }
    g.setColor(Color.WHITE);
    g.fillRect(70, 270, 220, 16);
    g.setColor(NAVY);
    fit(g, "HM Inspectorate", Font.BOLD, 1180, 120);
    g.drawString("HM Inspectorate", 390, 160);
    g.setColor(TEAL);
    fit(g, "of Constabulary and Fire & Rescue Services", Font.PLAIN, 1180, 64);
    g.drawString("of Constabulary and Fire & Rescue Services", 394, 270);
    g.dispose();
    return image;
  }

  /** A looping scribble in blue ink with the word SPECIMEN beneath it: clearly not a real hand. */
  private static BufferedImage signature() {
    BufferedImage image = image(900, 300);
    Graphics2D g = canvas(image);
    g.setColor(INK);
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    GeneralPath path = new GeneralPath();
    path.moveTo(40, 190);
    for (int i = 0; i < 7; i++) {
      double x = 90 + i * 105;
      path.curveTo(x - 20, 40, x + 60, 40, x + 20, 190);
      path.curveTo(x, 240, x + 70, 230, x + 85, 170);
    }
    g.draw(path);
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(60, 235, 840, 215);
    g.setColor(new Color(0x80, 0x80, 0x80));
    String caption = "SPECIMEN \u00B7 PLACEHOLDER SIGNATURE";
    fit(g, caption, Font.BOLD, 820, 34);
    g.drawString(caption, (900 - g.getFontMetrics().stringWidth(caption)) / 2, 288);
    g.dispose();
    return image;
  }
}
