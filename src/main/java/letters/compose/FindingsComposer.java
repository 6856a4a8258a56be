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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import letters.diagnostic.DiagnosticException;
import letters.load.Record;

/**
 * Composes the letters of records that differ from one record only in their findings (the editors'
 * check composes tens of thousands such): the entry template's includes that cannot read the
 * findings (see {@link FindingsReaders}) are run once, for that record, and their text is written
 * again in their place for every other, while the rest of the entry runs as it always does. The
 * letter is the one {@link Composer#compose} writes; a record that differs in anything else, and any
 * problem met on the way, goes to it.
 */
@SuppressWarnings("deprecation") // The element tree is FreeMarker's only view of a parsed template.
public final class FindingsComposer {
  /** The name under which the model holds the text of the includes run once; no template may use it. */
  static final String PART = "letters_part";

  private final Composer composer;
  private final Record like;
  private final Optional<Template> entry;
  private final List<String> parts;

  private FindingsComposer(Composer composer, Record like, Optional<Template> entry, List<String> parts) {
    this.composer = composer;
    this.like = like;
    this.entry = entry;
    this.parts = parts;
  }

  /** One that leaves every letter to {@code composer}: nothing is run once. */
  private static FindingsComposer plain(Composer composer, Record like) {
    return new FindingsComposer(composer, like, Optional.empty(), List.of());
  }

  /** The composer of letters of records that differ from {@code like} only in their findings. */
  public static FindingsComposer of(Composer composer, Record like) {
    try {
      // Every template parsed and vetted first: vetting adds to a template's elements, which are read here.
      if (!composer.templateProblems().isEmpty()) {
        return plain(composer, like);
      }
      Template template = composer.configuration().getTemplate(Composer.ENTRY);
      List<TemplateElement> fixed = FindingsReaders.of(template, FindingsReaders.through(composer.configuration()), PART)
          .stream().sorted(Comparator.comparingInt(TemplateElement::getBeginLine)).toList();
      Optional<String> source = composer.source(Composer.ENTRY);
      if (fixed.isEmpty() || source.isEmpty()) {
        return plain(composer, like);
      }
      TemplateRun run = composer.watching(like, new HashSet<>(fixed));
      List<String> lines = new ArrayList<>(List.of(source.get().split("\n", -1)));
      List<String> parts = new ArrayList<>();
      for (TemplateElement include : fixed) {
        Optional<String> text = run.written(include);
        String line = lines.get(include.getBeginLine() - 1);
        String call = "<@" + PART + " n=" + parts.size() + "/>";
        // Only an include alone on its line, which FreeMarker drops whole as it drops the call.
        if (text.isPresent() && include.getEndLine() == include.getBeginLine()
            && line.strip().equals(include.getSource().strip()) && call.length() <= line.strip().length()) {
          lines.set(include.getBeginLine() - 1, line.replace(include.getSource().strip(),
              call + " ".repeat(include.getSource().strip().length() - call.length())));
          parts.add(text.get());
        }
      }
      Template skeleton = new Template(Composer.ENTRY, String.join("\n", lines), composer.configuration());
      FindingsComposer made = new FindingsComposer(composer, like, Optional.of(skeleton), List.copyOf(parts));
      // The same letter for the record it was made from, or it is not used at all.
      if (!made.compose(like).equals(composer.compose(like))) {
        return plain(composer, like);
      }
      return made;
    } catch (IOException | DiagnosticException | RuntimeException e) {
      return plain(composer, like);
    }
  }

  /** How many of the entry's includes are run once rather than for every letter. */
  public int runOnce() {
    return parts.size();
  }

  /** The letter of {@code record}, as {@link Composer#compose} writes it. */
  public Letter compose(Record record) throws DiagnosticException {
    if (entry.isEmpty() || !sameButFindings(record)) {
      return composer.compose(record);
    }
    try {
      return composer.compose(record, entry.get(), Map.of(PART, new Part()));
    } catch (DiagnosticException e) {
      // Told as the whole entry tells it, at the line it names.
      return composer.compose(record);
    }
  }

  private boolean sameButFindings(Record record) {
    return record.withFindings(like.findings()).equals(like);
  }

  /** Writes the text an include wrote for the record the composer was made from. */
  private final class Part implements TemplateDirectiveModel {
    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
        throws TemplateException, IOException {
      env.getOut().write(parts.get(((TemplateNumberModel) params.get("n")).getAsNumber().intValue()));
    }
  }
}
