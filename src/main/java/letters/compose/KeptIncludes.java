package letters.compose;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNumberModel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import letters.diagnostic.DiagnosticException;
import letters.load.Record;

/**
 * The entry template with the text of its fixed includes (see {@link FixedIncludes}) kept: each
 * include alone on its line is run once, for one record, and replaced by a call that writes its
 * text again, in a skeleton of the entry whose every other line, and so every line number, is the
 * entry's own. The markup of each is read into blocks once too, for where it stands between a
 * letter's blocks (see {@link MarkupScanner.Kept}). It is made only when it writes the letter
 * {@link Composer#compose} writes for the record it was made from; a letter it cannot write is for
 * the whole entry to write, and to tell of any problem on the way.
 *
 * @param composer the composer whose entry this is
 * @param skeleton the entry with a call in the place of each kept include
 * @param parts the text of each kept include, in the order of the entry
 * @param blocks the blocks each part's markup reads as between a letter's blocks, if it reads as such
 */
@SuppressWarnings("deprecation") // The element tree is FreeMarker's only view of a parsed template.
record KeptIncludes(Composer composer, Template skeleton, List<String> parts, List<Optional<List<Block>>> blocks) {
  /** The name under which the model holds the text of the kept includes; no template may use it. */
  static final String PART = "letters_part";

  /**
   * The includes of {@code composer}'s entry that cannot read what {@code varies}, kept as they
   * write for {@code like}; none when no include qualifies, or anything goes wrong on the way.
   */
  static Optional<KeptIncludes> of(Composer composer, Record like, FixedIncludes.Varies varies) {
    try {
      // Every template parsed and vetted first: vetting adds to a template's elements, which are read here.
      if (!composer.templateProblems().isEmpty()) {
        return Optional.empty();
      }
      Template entry = composer.configuration().getTemplate(Composer.ENTRY);
      List<TemplateElement> fixed = FixedIncludes.of(entry, FixedIncludes.through(composer.configuration()), varies, PART)
          .stream().sorted(Comparator.comparingInt(TemplateElement::getBeginLine)).toList();
      Optional<String> source = composer.source(Composer.ENTRY);
      if (fixed.isEmpty() || source.isEmpty()) {
        return Optional.empty();
      }
      TemplateRun run = composer.watching(like, new HashSet<>(fixed));
      List<String> lines = new ArrayList<>(List.of(source.get().split("\n", -1)));
      List<String> parts = new ArrayList<>();
      for (TemplateElement include : fixed) {
        Optional<String> text = run.written(include);
        String call = "<@" + PART + " n=" + parts.size() + "/>";
        if (text.isPresent() && replace(lines, include, call)) {
          parts.add(text.get());
        }
      }
      if (parts.isEmpty()) {
        return Optional.empty();
      }
      Template skeleton = new Template(Composer.ENTRY, String.join("\n", lines), composer.configuration());
      KeptIncludes made = new KeptIncludes(composer, skeleton, List.copyOf(parts),
          parts.stream().map(LetterMarkup::blocks).toList());
      // The same letter for the record it was made from, or it is not used at all.
      return made.compose(like).equals(composer.letter(like, run)) ? Optional.of(made) : Optional.empty();
    } catch (IOException | DiagnosticException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Puts {@code call} in the place of {@code include} in the entry's {@code lines}, padded to its
   * length, when the include stands alone on its line: FreeMarker drops such a line whole, as it
   * drops the call's.
   */
  private static boolean replace(List<String> lines, TemplateElement include, String call) {
    String line = lines.get(include.getBeginLine() - 1);
    String source = include.getSource().strip();
    if (include.getEndLine() != include.getBeginLine() || !line.strip().equals(source) || call.length() > source.length()) {
      return false;
    }
    lines.set(include.getBeginLine() - 1, line.replace(source, call + " ".repeat(source.length() - call.length())));
    return true;
  }

  /** How many of the entry's includes are kept rather than run for every letter. */
  int size() {
    return parts.size();
  }

  /** The letter of {@code record}, its kept includes written as they were; a problem is the caller's to retell. */
  Letter compose(Record record) throws DiagnosticException {
    List<MarkupScanner.Kept> written = new ArrayList<>();
    return composer.compose(record, skeleton, Map.of(PART, new Part(written)), written);
  }

  /**
   * The kept includes of one composer, made once and shared by the threads that compose with it.
   * They are made with the second letter it is asked for, not the first: making them costs a few
   * letters' work, which a composer asked for one letter (a preview after a template is saved) would
   * not earn back. A letter asked for while they are being made is composed in full rather than
   * wait; a record whose letter cannot be written leaves them to the next few.
   */
  static final class Once {
    /** How many records' letters are tried before it is settled that nothing is kept. */
    private static final int ATTEMPTS = 3;

    private final Composer composer;
    private final FixedIncludes.Varies varies;
    private final ReentrantLock making = new ReentrantLock();
    private final AtomicBoolean asked = new AtomicBoolean();
    /** Null until settled; then the kept includes, or none. */
    private volatile Optional<KeptIncludes> made;
    /** Guarded by {@code making}. */
    private int attempts;

    Once(Composer composer, FixedIncludes.Varies varies) {
      this.composer = composer;
      this.varies = varies;
    }

    /**
     * The kept includes, made from {@code record} if they are not yet and this is not the first
     * letter asked for; none while another thread makes them.
     */
    Optional<KeptIncludes> forLetterOf(Record record) {
      Optional<KeptIncludes> settled = made;
      if (settled != null) {
        return settled;
      }
      if (!asked.getAndSet(true) || !making.tryLock()) {
        return Optional.empty();
      }
      try {
        if (made != null) {
          return made;
        }
        Optional<KeptIncludes> kept = KeptIncludes.of(composer, record, varies);
        if (kept.isPresent() || ++attempts == ATTEMPTS) {
          made = kept;
        }
        return kept;
      } finally {
        making.unlock();
      }
    }
  }

  /**
   * Writes the text an include wrote for the record the skeleton was made from, and tells {@code
   * written} where in the letter's markup it stands, with its blocks.
   */
  private final class Part implements TemplateDirectiveModel {
    private final List<MarkupScanner.Kept> written;

    Part(List<MarkupScanner.Kept> written) {
      this.written = written;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
        throws TemplateException, IOException {
      int n = ((TemplateNumberModel) params.get("n")).getAsNumber().intValue();
      Writer out = env.getOut();
      int start = out instanceof TemplateRun.Output letter ? letter.length() : -1;
      out.write(parts.get(n));
      if (start >= 0 && blocks.get(n).isPresent()) {
        written.add(new MarkupScanner.Kept(start, start + parts.get(n).length(), blocks.get(n).get()));
      }
    }
  }
}
