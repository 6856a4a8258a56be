package letters.layout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * A tagged PDF/A-2a and PDF/UA-1 document written page by page: each page's content goes out as
 * soon as the page is done, so a document of thousands of pages is never held whole. It opens with
 * the sRGB colour profile, then each image as it is first used. At the end
 * come what only the end knows: the fonts (subsets of the glyphs used), the structure tree and its
 * parent tree, bookmarks and page labels, the XMP metadata, the output intent and the
 * catalog (language, title shown, marked). The same calls give the same bytes.
 */
final class TaggedDocument {
  private static final String PROFILE_NAME = "sRGB IEC61966-2.1";

  private final ObjectWriter writer;
  private final DocumentFonts fonts = new DocumentFonts();
  private final Map<ImageXObject, String> images = new IdentityHashMap<>();
  private final Map<String, Integer> imageObjects = new HashMap<>();
  private final List<Integer> pages = new ArrayList<>();
  private final List<Integer> parentTrees = new ArrayList<>();
  private final List<Bookmark> bookmarks = new ArrayList<>();
  private final List<Integer> labelStarts = new ArrayList<>();
  private final int pageTree;
  private final int structTreeRoot;
  private final StructElement root;
  private final int profile;
  /**
   * The content buffer pages are drawn into, one page at a time; null while a page is open. Each
   * thread keeps its buffer from one document to the next: a page's content grows to tens of
   * kilobytes, and growing a fresh buffer to that for every page was a third of what a letter
   * allocated.
   */
  private static final ThreadLocal<PdfSyntax> SPARE_CONTENT = ThreadLocal.withInitial(() -> new PdfSyntax(64 * 1024));
  private PdfSyntax contentBuffer = takeSpare();
  private String pendingBookmark;
  private boolean restartLabels;

  private record Bookmark(String title, int page) {}

  private static PdfSyntax takeSpare() {
    PdfSyntax spare = SPARE_CONTENT.get();
    // Taken: another document drawn on this thread meanwhile gets a buffer of its own.
    SPARE_CONTENT.remove();
    spare.clear();
    return spare;
  }

  /** A document written to {@code out} as it goes, or kept in memory when {@code out} is null. */
  TaggedDocument(OutputStream out) throws IOException {
    this.writer = new ObjectWriter(out);
    this.pageTree = writer.reserve();
    this.structTreeRoot = writer.reserve();
    this.root = new StructElement(writer.reserve(), "Document", null);
    // First, with the images: what every document holds alike opens the file (see useImage).
    this.profile = writer.reserve();
    byte[] icc = Profile.DEFLATED;
    writer.stream(profile, new PdfSyntax(8).name("N").ascii(" 3"), icc, icc.length, "FlateDecode");
  }

  /** The document's outermost structure element. */
  StructElement root() {
    return root;
  }

  /** A new structure element of {@code type} under {@code parent}, in reading order. */
  StructElement element(String type, StructElement parent) {
    return new StructElement(writer.reserve(), type, parent);
  }

  /** Writes {@code element} and what is below it now: nothing more will be added to them. */
  void seal(StructElement element) throws IOException {
    element.write(writer, structTreeRoot);
  }

  /** The file, once closed, when it was kept in memory. */
  byte[] bytes() {
    return writer.bytes();
  }

  int pageCount() {
    return pages.size();
  }

  /** The next page starts a part: a bookmark titled {@code title} and page labels from 1. */
  void startPart(String title) {
    pendingBookmark = title;
    restartLabels = true;
  }

  Page newPage(float width, float height) {
    if (contentBuffer == null) {
      throw new IllegalStateException("a page is being drawn already: finish it first");
    }
    Page page = new Page(this, writer.reserve(), width, height, contentBuffer);
    contentBuffer = null;
    if (pendingBookmark != null) {
      bookmarks.add(new Bookmark(pendingBookmark, page.object));
      pendingBookmark = null;
    }
    if (restartLabels) {
      labelStarts.add(pages.size());
      restartLabels = false;
    }
    return page;
  }

  /** Writes {@code page}: its content, its dictionary with its resources, and its entry in the parent tree. */
  void finish(Page page) throws IOException {
    int content = writer.reserve();
    int parents = writer.reserve();
    PdfSyntax body = writer.begin(page.object).ascii("<<").name("Type").name("Page").name("Parent").space()
        .reference(pageTree).name("MediaBox").ascii("[0 0 ").number(page.width).space().number(page.height)
        .ascii("]").name("Resources").ascii("<<");
    if (!page.faces.isEmpty()) {
      body.name("Font").ascii("<<");
      for (Face face : page.faces) {
        body.name(face.resource()).space().reference(fonts.objects().get(face));
      }
      body.ascii(">>");
    }
    if (!page.images.isEmpty()) {
      body.name("XObject").ascii("<<");
      for (String name : page.images) {
        body.name(name).space().reference(imageObjects.get(name));
      }
      body.ascii(">>");
    }
    body.ascii(">>").name("Contents").space().reference(content)
        .name("StructParents").space().number(pages.size()).name("Tabs").name("S").ascii(">>");
    writer.end();
    writer.deflated(content, null, page.content);
    page.content.clear();
    contentBuffer = page.content;
    PdfSyntax array = writer.begin(parents).ascii("[");
    for (StructElement element : page.marked) {
      array.reference(element.object).space();
    }
    array.ascii("]");
    writer.end();
    pages.add(page.object);
    parentTrees.add(parents);
  }

  /**
   * Embeds the fonts of {@code lines}, all the lines of a document of one letter, before its first
   * page: the font programs are two fifths of a letter's bytes, and letters of the same glyphs then
   * open with the same bytes (which the output folder hashes once). A glyph drawn that was not
   * among them still gets its font: the program is written again, whole, at the end.
   */
  void embedAhead(List<Line> lines) throws IOException {
    for (Line line : lines) {
      useGlyphs(line);
    }
    fonts.writeAhead(writer);
  }

  /** Notes that {@code line}'s glyphs are drawn, and returns the faces it uses. */
  java.util.Set<Face> useGlyphs(Line line) {
    line.glyphs().forEach((face, glyphs) -> fonts.use(writer, face, glyphs));
    return line.glyphs().keySet();
  }

  /**
   * The resource name of {@code image}, written into the file the first time it is used. A layout
   * uses its images before its first page, so that files of the same images open with the same
   * bytes: the output folder hashes such a beginning only once.
   */
  String useImage(ImageXObject image) throws IOException {
    String name = images.get(image);
    if (name == null) {
      int object = writer.reserve();
      writer.stream(object, image.dictionary(), image.data(), image.data().length, image.filter());
      name = "Im" + imageObjects.size();
      images.put(image, name);
      imageObjects.put(name, object);
    }
    return name;
  }

  /**
   * Writes everything the pages point at, what the document says about itself, and the file's
   * end; {@code id} identifies the document.
   */
  void close(Metadata metadata, byte[] id) throws IOException {
    if (pages.isEmpty()) {
      throw new IllegalStateException("a document has at least one page");
    }
    fonts.write(writer);
    root.write(writer, structTreeRoot);
    int parentTree = writer.reserve();
    writer.begin(structTreeRoot).ascii("<<").name("Type").name("StructTreeRoot").name("K").space()
        .reference(root.object).name("ParentTree").space().reference(parentTree)
        .name("ParentTreeNextKey").space().number(pages.size()).ascii(">>");
    writer.end();
    PdfSyntax nums = writer.begin(parentTree).ascii("<<").name("Nums").ascii("[");
    for (int i = 0; i < parentTrees.size(); i++) {
      nums.number(i).space().reference(parentTrees.get(i)).space();
    }
    nums.ascii("]>>");
    writer.end();
    PdfSyntax kids = writer.begin(pageTree).ascii("<<").name("Type").name("Pages").name("Kids").ascii("[");
    for (int page : pages) {
      kids.reference(page).space();
    }
    kids.ascii("]").name("Count").space().number(pages.size()).ascii(">>");
    writer.end();
    int catalog = writer.reserve();
    int info = writer.reserve();
    int xmp = writer.reserve();
    int intent = writer.reserve();
    int outlines = bookmarks.isEmpty() ? 0 : writeBookmarks();
    byte[] packet = metadata.xmp();
    writer.stream(xmp, new PdfSyntax(32).name("Type").name("Metadata").name("Subtype").name("XML"), packet,
        packet.length, null);
    writeOutputIntent(intent);
    PdfSyntax body = writer.begin(catalog).ascii("<<").name("Type").name("Catalog")
        .name("Pages").space().reference(pageTree).name("Metadata").space().reference(xmp)
        .name("StructTreeRoot").space().reference(structTreeRoot)
        .name("MarkInfo").ascii("<<").name("Marked").ascii(" true>>")
        .name("Lang").text(metadata.language())
        .name("ViewerPreferences").ascii("<<").name("DisplayDocTitle").ascii(" true>>")
        .name("OutputIntents").ascii("[").reference(intent).ascii("]");
    if (outlines != 0) {
      body.name("Outlines").space().reference(outlines).name("PageMode").name("UseOutlines");
    }
    if (!labelStarts.isEmpty()) {
      body.name("PageLabels").ascii("<<").name("Nums").ascii("[");
      for (int start : labelStarts) {
        body.number(start).ascii(" <<").name("S").name("D").ascii(">> ");
      }
      body.ascii("]>>");
    }
    body.ascii(">>");
    writer.end();
    writer.object(info, metadata.information());
    writer.finish(catalog, info, id);
    if (contentBuffer != null) {
      SPARE_CONTENT.set(contentBuffer);
    }
  }

  /** The bookmarks, one level deep, each opening its page whole; returns the outline's number. */
  private int writeBookmarks() throws IOException {
    int outline = writer.reserve();
    int[] items = new int[bookmarks.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = writer.reserve();
    }
    writer.begin(outline).ascii("<<").name("Type").name("Outlines").name("First").space().reference(items[0])
        .name("Last").space().reference(items[items.length - 1]).name("Count").space().number(items.length).ascii(">>");
    writer.end();
    for (int i = 0; i < items.length; i++) {
      PdfSyntax item = writer.begin(items[i]).ascii("<<").name("Title").text(bookmarks.get(i).title())
          .name("Parent").space().reference(outline);
      if (i > 0) {
        item.name("Prev").space().reference(items[i - 1]);
      }
      if (i + 1 < items.length) {
        item.name("Next").space().reference(items[i + 1]);
      }
      item.name("Dest").ascii("[").reference(bookmarks.get(i).page()).name("Fit").ascii("]>>");
      writer.end();
    }
    return outline;
  }

  private void writeOutputIntent(int intent) throws IOException {
    writer.begin(intent).ascii("<<").name("Type").name("OutputIntent").name("S").name("GTS_PDFA1")
        .name("OutputConditionIdentifier").text(PROFILE_NAME).name("Info").text(PROFILE_NAME)
        .name("RegistryName").text("http://www.color.org").name("DestOutputProfile").space().reference(profile)
        .ascii(">>");
    writer.end();
  }

  /** The JDK's own sRGB profile, compressed once per process. */
  private static final class Profile {
    static final byte[] DEFLATED;

    static {
      byte[] data = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
      try {
        DEFLATED = ObjectWriter.deflate(data, data.length, deflater);
      } finally {
        deflater.end();
      }
    }
  }
}
