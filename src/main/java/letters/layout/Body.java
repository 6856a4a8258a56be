package letters.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import letters.compose.Block;
import letters.compose.BlockKind;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;

/**
 * A letter's body below the letterhead as one column of rows: each block set in its look (body
 * paragraphs and the quotation justified, the rest ragged), with the space between blocks, and
 * with the rules of where a page may break written into the rows: never inside a paragraph's
 * first or last two lines, never after the salutation, the subject, or a paragraph ending in a
 * colon before a quotation, and never inside the close nor between it and the end of the paragraph
 * before it. The signature gets a row of its own, its image scaled to fit the house style's box
 * with clear space above and below, so it can touch no line of text.
 */
final class Body {
  /** How one block is drawn: its structure type, its look, and its indent from the left margin. */
  record Setting(String tag, Look look, float indent) {}

  /** One row: a line of a block, or the signature's space (its image, if any, and its size). */
  record Row(int block, Line line, ImageXObject image, float imageWidth, float imageHeight, float height,
      float spaceBefore, boolean breakBefore) implements PageBreaker.Row {}

  /** Past this many lines even a block that is not a paragraph may be broken across pages. */
  private static final int LONGEST_UNBROKEN = 20;
  /** Lines of a paragraph kept together at a page's foot (orphans) and head (widows). */
  static final int LINES_KEPT = 2;

  private final HouseStyle style;
  private final List<Setting> blocks = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  Body(HouseStyle style, Letter letter, Optional<ImageXObject> signature) throws DiagnosticException {
    this.style = style;
    List<Block> body = letter.blocks().stream().filter(block -> !block.kind().isLetterhead()).toList();
    float spaceAfterPrevious = 0;
    boolean keptWithPrevious = false;
    for (int b = 0; b < body.size(); b++) {
      Block block = body.get(b);
      BlockKind kind = block.kind();
      boolean close = kind == BlockKind.CLOSING || kind == BlockKind.SIGNATURE || kind == BlockKind.SIGNATORY;
      float spaceBefore = spaceAfterPrevious + (kind == BlockKind.CLOSING ? 4f : 0f);
      boolean breakBefore = !keptWithPrevious && !close;
      if (kind == BlockKind.SIGNATURE) {
        blocks.add(new Setting("Figure", look(false, Color.BLACK), 0));
        signature(b, signature, spaceBefore);
      } else {
        Setting setting = setting(kind);
        blocks.add(setting);
        lines(b, block, setting, spaceBefore, breakBefore, close);
      }
      spaceAfterPrevious = spaceAfter(kind);
      keptWithPrevious = keepsWithNext(block, b + 1 < body.size() ? body.get(b + 1) : null);
    }
  }

  List<Setting> blocks() {
    return blocks;
  }

  List<Row> rows() {
    return rows;
  }

  private Look look(boolean bold, Color colour) {
    return new Look(style.bodySize(), style.bodyLeading(), bold, false, colour);
  }

  private Setting setting(BlockKind kind) {
    return switch (kind) {
      case SUBJECT -> new Setting("H1", look(true, Color.BLACK), 0);
      case QUOTE -> new Setting("BlockQuote", look(false, Color.BLACK), style.quoteIndent());
      default -> new Setting("P", look(false, Color.BLACK), 0);
    };
  }

  private void lines(int b, Block block, Setting setting, float spaceBefore, boolean breakBefore, boolean close)
      throws DiagnosticException {
    BlockKind kind = block.kind();
    boolean justified = kind == BlockKind.PARAGRAPH || kind == BlockKind.QUOTE;
    Look head = kind == BlockKind.SIGNATORY ? setting.look().bolder(0) : setting.look();
    List<Line> lines = Typesetter.lines(Look.runs(block, head, setting.look()), style.measure() - 2 * setting.indent(),
        justified ? Typesetter.Alignment.JUSTIFIED : Typesetter.Alignment.RAGGED);
    int n = lines.size();
    boolean breakable = !close && (justified || n > LONGEST_UNBROKEN);
    for (int k = 0; k < n; k++) {
      boolean allowed = k == 0 ? breakBefore : breakable && k >= LINES_KEPT && n - k >= LINES_KEPT;
      rows.add(new Row(b, lines.get(k), null, 0, 0, setting.look().leading(), k == 0 ? spaceBefore : 0, allowed));
    }
  }

  /** The signature's row: the image scaled to fit the box, or the box left empty on a draft. */
  private void signature(int b, Optional<ImageXObject> signature, float spaceBefore) {
    float width = 0;
    float height = style.signatureHeight();
    if (signature.isPresent()) {
      ImageXObject image = signature.get();
      float scale = Math.min(style.signatureWidth() / image.width(), style.signatureHeight() / image.height());
      width = image.width() * scale;
      height = image.height() * scale;
    }
    rows.add(new Row(b, null, signature.orElse(null), width, height, height + 2 * style.signatureSpace(),
        spaceBefore, false));
  }

  private float spaceAfter(BlockKind kind) {
    return switch (kind) {
      case RECIPIENT, COPIED_TO, DATE, SALUTATION -> style.paragraphSpacing() + 4f;
      case SUBJECT -> style.paragraphSpacing() + 2f;
      case CLOSING, SIGNATURE, SIGNATORY -> 0f;
      default -> style.paragraphSpacing();
    };
  }

  /** The salutation and the subject stay with what follows, and so does a paragraph introducing a quotation. */
  private static boolean keepsWithNext(Block block, Block next) {
    return switch (block.kind()) {
      case SALUTATION, SUBJECT -> true;
      case PARAGRAPH -> next != null && next.kind() == BlockKind.QUOTE && block.text().strip().endsWith(":");
      default -> false;
    };
  }
}
