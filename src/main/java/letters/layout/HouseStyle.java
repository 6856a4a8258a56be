package letters.layout;

import java.awt.Color;

/**
 * The inspectorate's house style in numbers: A4 with generous margins, an Arial-metric sans serif
 * (Liberation Sans, embedded) at 11 points for the letter and smaller for the letterhead, navy and
 * teal as house colours, and the box a signature is scaled to fit, with the clear space kept above
 * and below it. Lengths are in points (1/72 inch).
 */
public record HouseStyle(
    float pageWidth,
    float pageHeight,
    float marginLeft,
    float marginRight,
    float marginTop,
    float marginBottom,
    float bodySize,
    float bodyLeading,
    float paragraphSpacing,
    float quoteIndent,
    float letterheadSize,
    float letterheadLeading,
    float wordmarkWidth,
    float signatureWidth,
    float signatureHeight,
    float signatureSpace,
    Color navy,
    Color teal,
    Color grey) {

  /** The style every letter of the inspectorate uses. */
  public static HouseStyle standard() {
    return new HouseStyle(
        595.28f, 841.89f,
        68f, 68f, 42f, 60f,
        11f, 14.5f, 9f, 30f,
        8.5f, 11f, 190f,
        200f, 48f, 6f,
        new Color(0x1B, 0x36, 0x5D),
        new Color(0x00, 0x7C, 0x89),
        new Color(0x55, 0x5B, 0x63));
  }

  /** The width of the text between the margins. */
  public float measure() {
    return pageWidth - marginLeft - marginRight;
  }
}
