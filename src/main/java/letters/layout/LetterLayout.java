package letters.layout;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import letters.compose.Letter;
import letters.diagnostic.DiagnosticException;

/**
 * Lays a {@link Letter} out on A4 pages in the {@link HouseStyle}, as a tagged PDF/A-2a and PDF/UA-1
 * document: the letterhead across the top of page 1, then the letter's blocks, paragraphs
 * justified by total fit with British hyphenation, pages broken so that no paragraph leaves a
 * single line at a page's foot or head, the subject and a line introducing a quotation stay with
 * what follows, and the close ("Yours sincerely", the signature in its own space, the name and
 * titles) stays whole with the end of the last paragraph. Page numbers from page 2 and a draft's
 * mark are artifacts. One layout serves any number of letters and threads.
 */
public final class LetterLayout {
  private static final Color DRAFT_GREY = new Color(0xE4, 0xE4, 0xE4);
  private static final float DRAFT_SIZE = 150f;
  private static final float PAGE_NUMBER_SIZE = 9f;
  private static final float PAGE_NUMBER_DROP = 28f;
  private static final MessageDigest MD5 = md5();

  private final HouseStyle style;
  private final Images images = new Images();
  private final Letterhead letterhead;

  private LetterLayout(HouseStyle style) {
    this.style = style;
    this.letterhead = new Letterhead(style);
  }

  public static LetterLayout of(HouseStyle style) {
    // Reading the fonts and patterns overlaps with reading records and running templates.
    Thread.ofPlatform().daemon().name("fonts").start(() -> {
      Face.load();
      Hyphenator.british();
    });
    return new LetterLayout(style);
  }

  /** The letter as a PDF, or the problem with one of its images or characters. */
  public Pdf render(Letter letter) throws DiagnosticException {
    try {
      TaggedDocument document = new TaggedDocument(null);
      draw(document, document.root(), letter, true);
      document.close(metadata(letter), documentId(letter.text() + letter.info()));
      return new Pdf(document.bytes(), document.pageCount());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + letter.id() + " to memory", e);
    }
  }

  static Metadata metadata(Letter letter) {
    return new Metadata(letter.info().title(), letter.info().author(), letter.info().subject(),
        letter.info().language(), letter.info().date());
  }

  /**
   * The document ID: an MD5 digest of the content, as the PDF specification suggests, so that the
   * same letter gets the same ID (it identifies, it does not secure).
   */
  static byte[] documentId(String content) {
    try {
      // A copy of one digest: looking MD5 up among the security providers costs more than the digest.
      return ((MessageDigest) MD5.clone()).digest(content.getBytes(StandardCharsets.UTF_8));
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's MD5 can be copied", e);
    }
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }

  /**
   * How many pages {@code letter} takes, or the problem with one of its images or characters: laid
   * out as {@link #render} lays it out, its lines set and its pages broken, but nothing drawn or
   * written. The editors' check counts the pages of thousands of letters this way.
   */
  public int pages(Letter letter) throws DiagnosticException {
    ImageXObject wordmark = images.load(letter.wordmark().image());
    Body body = new Body(style, letter, signature(letter));
    int pages = starts(body, letterhead.set(letter, wordmark)).size();
    if (letter.info().draftMark().isPresent()) {
      // Set, as render sets it, for the problem a character of it would be.
      line(letter.info().draftMark().get(), Face.BOLD, DRAFT_SIZE);
    }
    return pages;
  }

  private Optional<ImageXObject> signature(Letter letter) throws DiagnosticException {
    return letter.signature().isPresent()
        ? Optional.of(images.load(letter.signature().get().image())) : Optional.empty();
  }

  /** Where each page starts, as a row of {@code body}, below the letterhead {@code head} on page 1. */
  private List<Integer> starts(Body body, Letterhead.Set head) throws DiagnosticException {
    float top = style.pageHeight() - style.marginTop();
    float bottom = style.marginBottom();
    return PageBreaker.pages(body.rows(), head.bottom() - bottom, top - bottom, "the letter");
  }

  /** Lays {@code letter} out as new pages of {@code document}, its structure under {@code parent}. */
  void draw(TaggedDocument document, StructElement parent, Letter letter) throws DiagnosticException, IOException {
    draw(document, parent, letter, false);
  }

  /**
   * As {@link #draw(TaggedDocument, StructElement, Letter)}; {@code alone} when the letter is the
   * whole document, whose fonts are then embedded before its pages (see {@link
   * TaggedDocument#embedAhead}).
   */
  private void draw(TaggedDocument document, StructElement parent, Letter letter, boolean alone)
      throws DiagnosticException, IOException {
    ImageXObject wordmark = images.load(letter.wordmark().image());
    Optional<ImageXObject> signature = signature(letter);
    // Written before the pages, so that every letter's file opens with the same bytes.
    document.useImage(wordmark);
    if (signature.isPresent()) {
      document.useImage(signature.get());
    }
    Body body = new Body(style, letter, signature);
    Letterhead.Set head = letterhead.set(letter, wordmark);
    float top = style.pageHeight() - style.marginTop();
    List<Integer> starts = starts(body, head);
    Optional<Line> mark = letter.info().draftMark().isPresent()
        ? Optional.of(line(letter.info().draftMark().get(), Face.BOLD, DRAFT_SIZE)) : Optional.empty();
    if (alone) {
      document.embedAhead(lines(body, head, mark, starts.size()));
    }
    StructElement[] elements = new StructElement[body.blocks().size()];
    for (int p = 0; p < starts.size(); p++) {
      Page page = document.newPage(style.pageWidth(), style.pageHeight());
      if (mark.isPresent()) {
        draftMark(page, mark.get());
      }
      float y = top;
      if (p == 0) {
        letterhead.draw(document, page, parent, head, wordmark, letter.wordmark().alt());
        y = head.bottom();
      }
      int end = p + 1 < starts.size() ? starts.get(p + 1) : body.rows().size();
      drawRows(document, page, parent, letter, body, elements, starts.get(p), end, y);
      if (p > 0) {
        pageNumber(page, p + 1);
      }
      document.finish(page);
    }
  }

  private void drawRows(TaggedDocument document, Page page, StructElement parent, Letter letter, Body body,
      StructElement[] elements, int from, int to, float top) throws IOException {
    float y = top;
    int open = -1;
    for (int i = from; i < to; i++) {
      Body.Row row = body.rows().get(i);
      y -= i == from ? 0 : row.spaceBefore();
      if (row.block() != open) {
        if (open >= 0) {
          page.end();
        }
        open = -1;
        Body.Setting setting = body.blocks().get(row.block());
        if (row.line() != null || row.image() != null) {
          if (elements[row.block()] == null) {
            elements[row.block()] = document.element(setting.tag(), parent);
            if (row.image() != null) {
              elements[row.block()].alt(letter.signature().orElseThrow().alt());
            }
          }
          page.begin(elements[row.block()]).colour(setting.look().colour());
          open = row.block();
        }
      }
      Body.Setting setting = body.blocks().get(row.block());
      float x = style.marginLeft() + setting.indent();
      if (row.line() != null) {
        page.text(row.line(), x, setting.look().baseline(y, row.line().size()));
      } else if (row.image() != null) {
        page.image(row.image(), x, y - style.signatureSpace() - row.imageHeight(), row.imageWidth(), row.imageHeight());
      }
      y -= row.height();
    }
    if (open >= 0) {
      page.end();
    }
  }

  /** Every line a letter of {@code pages} pages draws: its head, its body, its mark, its page numbers. */
  private List<Line> lines(Body body, Letterhead.Set head, Optional<Line> mark, int pages) throws DiagnosticException {
    List<Line> lines = new ArrayList<>(head.lines());
    for (Body.Row row : body.rows()) {
      if (row.line() != null) {
        lines.add(row.line());
      }
    }
    mark.ifPresent(lines::add);
    for (int number = 2; number <= pages; number++) {
      lines.add(pageNumberLine(number));
    }
    return lines;
  }

  /** {@code text} set on one line. */
  private static Line line(String text, Face face, float size) throws DiagnosticException {
    return Typesetter.lines(List.of(new Typesetter.Run(text, face, size)), Float.MAX_VALUE, Typesetter.Alignment.RAGGED)
        .getFirst();
  }

  private static Line pageNumberLine(int number) throws DiagnosticException {
    return line(String.valueOf(number), Face.REGULAR, PAGE_NUMBER_SIZE);
  }

  /** The page's number, centred at its foot: page furniture, so an artifact. */
  private void pageNumber(Page page, int number) throws DiagnosticException {
    Line line = pageNumberLine(number);
    float x = style.marginLeft() + (style.measure() - line.width()) / 2;
    page.beginArtifact("Pagination", "Footer").colour(style.grey())
        .text(line, x, style.marginBottom() - PAGE_NUMBER_DROP).end();
  }

  /** A draft's mark, large and pale, turned across the page beneath the text: a watermark artifact. */
  private void draftMark(Page page, Line mark) {
    double angle = Math.toRadians(45);
    double x = style.pageWidth() / 2 - Math.cos(angle) * mark.width() / 2;
    double y = style.pageHeight() / 2 - 50 - Math.sin(angle) * mark.width() / 2;
    page.beginArtifact("Pagination", "Watermark").colour(DRAFT_GREY).text(mark, x, y, 45).end();
  }
}
