package letters.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;

/**
 * Page 1's head: the wordmark with the strapline below it on the left, the office's address and the
 * sender (name, then titles) on the right, each tagged in reading order: the wordmark as a figure
 * with the alternative text the campaign gives it, the rest as paragraphs. Text is set ragged, never hyphenated.
 */
final class Letterhead {
  /** Space between the wordmark and the strapline, before the sender, and below the whole head. */
  private static final float UNDER_WORDMARK = 6f;
  private static final float BEFORE_SENDER = 10f;
  private static final float BELOW = 28f;
  /** The share of the text width the left column takes; the right one starts a gutter later. */
  private static final float LEFT_SHARE = 0.55f;
  private static final float GUTTER = 24f;

  private final HouseStyle style;

  Letterhead(HouseStyle style) {
    this.style = style;
  }

  /** A block of the head set in its column: its lines, its look, and where its first row starts. */
  private record Placed(List<Line> lines, Look look, float x, float top) {}

  /** The head set for one letter: the wordmark's size, the blocks in reading order, and its foot. */
  record Set(float wordmarkWidth, float wordmarkHeight, List<Placed> blocks, float bottom) {
    /** Every line of the head. */
    List<Line> lines() {
      return blocks.stream().flatMap(block -> block.lines().stream()).toList();
    }
  }

  /** Sets the head of {@code letter}; its {@code bottom} is where the letter's body may start. */
  Set set(Letter letter, ImageXObject wordmark) throws DiagnosticException {
    float left = style.marginLeft();
    float right = style.pageWidth() - style.marginRight();
    float split = left + (right - left) * LEFT_SHARE;
    float top = style.pageHeight() - style.marginTop();
    float scale = Math.min(style.wordmarkWidth() / wordmark.width(), style.wordmarkWidth() / wordmark.height());
    List<Placed> blocks = new ArrayList<>();
    Look strapline = new Look(style.letterheadSize(), style.letterheadLeading(), false, true, style.teal());
    float leftBottom = top - wordmark.height() * scale - UNDER_WORDMARK;
    for (Block block : letter.blocks(BlockKind.STRAPLINE)) {
      leftBottom = place(blocks, block, strapline, strapline, left, split - left, leftBottom);
    }
    Look address = new Look(style.letterheadSize(), style.letterheadLeading(), false, false, style.grey());
    float rightBottom = top;
    float column = right - split - GUTTER;
    for (Block block : letter.blocks(BlockKind.ADDRESS)) {
      rightBottom = place(blocks, block, address, address, split + GUTTER, column, rightBottom);
    }
    Look titles = address.in(style.navy());
    for (Block block : letter.blocks(BlockKind.SENDER)) {
      rightBottom = place(blocks, block, titles.bolder(0.5f), titles, split + GUTTER, column, rightBottom - BEFORE_SENDER);
    }
    return new Set(wordmark.width() * scale, wordmark.height() * scale, blocks, Math.min(leftBottom, rightBottom) - BELOW);
  }

  /** Sets {@code block} ragged in a column; returns the column's new bottom. */
  private static float place(List<Placed> blocks, Block block, Look head, Look look, float x, float width, float top)
      throws DiagnosticException {
    List<Line> lines = Typesetter.lines(Look.runs(block, head, look), width, Typesetter.Alignment.RAGGED);
    blocks.add(new Placed(lines, look, x, top));
    return top - lines.size() * look.leading();
  }

  /** Draws the head on {@code page}, each part tagged under {@code parent}. */
  void draw(TaggedDocument document, Page page, StructElement parent, Set head, ImageXObject wordmark, String alt)
      throws IOException {
    float top = style.pageHeight() - style.marginTop();
    StructElement figure = document.element("Figure", parent).alt(alt);
    page.begin(figure).image(wordmark, style.marginLeft(), top - head.wordmarkHeight(), head.wordmarkWidth(),
        head.wordmarkHeight()).end();
    for (Placed block : head.blocks()) {
      page.begin(document.element("P", parent)).colour(block.look().colour());
      float y = block.top();
      for (Line line : block.lines()) {
        page.text(line, block.x(), block.look().baseline(y, line.size()));
        y -= block.look().leading();
      }
      page.end();
    }
  }
}
