package letters.compose;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import letters.diagnostic.Diagnostic;

/**
 * One run of a template for one letter, held to limits: a wall-clock budget, a cap on what it
 * writes, a cap on how deeply it nests. A template that passes one stops at once with a problem at
 * the template line it had reached, so that a loop without end, a macro calling itself or a value
 * that grows without bound costs one letter a few seconds and is blamed on the template, never
 * on the record and never with the machine's memory or a thread that spins on.
 *
 * <p>FreeMarker tells the run each element it enters; the run checks its limits there, and there
 * each template is vetted (see {@link TextAsCode}) the first time any of its elements runs. It also
 * remembers which element wrote each stretch of the output, so that a problem in the markup can be
 * blamed on the template line that wrote it.
 */
final class TemplateRun implements TemplateProcessingTracer {
  /** The longest one letter's templates may run; a letter takes milliseconds. */
  static final long BUDGET_SECONDS = 5;

  /**
   * The most one letter's templates may write, in characters: a letter is a few thousand, and the
   * largest record (1 MiB) printed whole still fits.
   */
  static final int MAX_OUTPUT = 2 << 20;

  /** How deeply elements may nest; the shipped templates reach about thirty. */
  static final int MAX_DEPTH = 600;

  /** What running out of stack inside the engine means. */
  static final String TOO_DEEP = "nests too deeply (a macro or function that calls itself without end?)";

  /** What running out of memory inside the engine means. */
  static final String OUT_OF_MEMORY = "ran out of memory writing one letter (a value that grows without end?)";

  /** A limit passed, or a template refused, with the problem to report. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Diagnostic diagnostic;

    Stopped(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }

  /** Where a stretch of the output starts, and the element that wrote it. */
  private record Mark(int offset, TracedElement element) {}

  private final Path directory;
  private final Function<Template, Optional<Diagnostic>> vetting;
  private final AtomicReference<Diagnostic> runaway;
  private final long deadline;
  private final Output output = new Output();
  private final List<Mark> marks = new ArrayList<>();
  private TracedElement last;
  /** The template of the last element entered, which its vetting let run. */
  private Template passed;
  private Set<?> watched = Set.of();
  private final Map<TracedElement, Integer> starts = new IdentityHashMap<>();
  private final Map<TracedElement, String> written = new IdentityHashMap<>();
  private Map<TracedElement, Integer> entered;
  private int depth;
  private Stopped stopped;

  /**
   * A run whose templates live in {@code directory}; {@code vetting} says of a template whether it
   * may run at all. {@code runaway} is shared by the runs of one set of templates: the first run
   * to use up its time sets it, and every run then stops at once with that problem. A template
   * that runs away for one letter will for others, and waiting its budget out for each of
   * thousands of letters (or combinations, in the editors' check) would take hours to say so.
   */
  TemplateRun(Path directory, Function<Template, Optional<Diagnostic>> vetting, AtomicReference<Diagnostic> runaway) {
    this.directory = directory;
    this.vetting = vetting;
    this.runaway = runaway;
    this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
  }

  /** Runs {@code template} on {@code model}. */
  void run(Template template, Map<String, Object> model) throws TemplateException, IOException {
    Environment environment = template.createProcessingEnvironment(model, output);
    environment.setTemplateProcessingTracer(this);
    environment.process();
  }

  /** What the run wrote. */
  String text() {
    return output.text.toString();
  }

  @Override
  public void enterElement(Environment env, TracedElement element) {
    last = element;
    if (watched.contains(element)) {
      starts.put(element, output.text.length());
    }
    if (entered != null) {
      entered.merge(element, 1, Integer::sum);
    }
    if (stopped != null) {
      throw stopped;
    }
    if (++depth > MAX_DEPTH) {
      stop("nests more than " + MAX_DEPTH + " levels deep (a macro or function that calls itself without end?)");
    }
    checkTime();
    if (env.getOut() instanceof StringWriter captured && captured.getBuffer().length() > MAX_OUTPUT) {
      stop(tooMuch());
    }
    // Elements come a template at a time: ask again only when the template changes.
    Template template = element.getTemplate();
    if (template == passed) {
      return;
    }
    Optional<Diagnostic> refused = vetting.apply(template);
    if (refused.isPresent()) {
      stopped = new Stopped(refused.get());
      throw stopped;
    }
    passed = template;
  }

  @Override
  public void exitElement(Environment env, TracedElement element) {
    depth--;
    Integer start = starts.remove(element);
    if (start != null) {
      written.put(element, output.text.substring(start));
    }
  }

  /** Keeps what each of {@code elements} writes, from now on (see {@link #written}). */
  void watch(Set<?> elements) {
    watched = elements;
  }

  /** What {@code element}, one of those {@link #watch watched}, wrote when it last ran; empty if it never did. */
  Optional<String> written(TracedElement element) {
    return Optional.ofNullable(written.get(element));
  }

  /** Whether any element has run yet. */
  boolean started() {
    return last != null;
  }

  /** The problem of a run that failed inside the engine (out of memory, out of stack), where it was. */
  Diagnostic failed(String message) {
    return at(message);
  }

  /**
   * The template line that wrote the output at {@code line}:{@code column} (1-based) of what the
   * run wrote; empty when no element of a template wrote there.
   */
  Optional<Diagnostic> writerOf(int line, int column, String message) {
    return writerAt(offset(output.text, line, column), message);
  }

  /** The template line that wrote the output at {@code offset} of what the run wrote. */
  Optional<Diagnostic> writerAt(int offset, String message) {
    Mark writer = null;
    for (Mark mark : marks) {
      if (mark.offset() > offset) {
        break;
      }
      writer = mark;
    }
    if (writer == null) {
      return Optional.empty();
    }
    TracedElement element = writer.element();
    Path file = directory.resolve(element.getTemplate().getSourceName());
    if (!element.getDescription().startsWith("text ")) {
      return Optional.of(diagnostic(element, message));
    }
    // Fixed text is written as it stands in the template, so its lines are the template's lines.
    String written = output.text.substring(writer.offset(), Math.max(writer.offset(), offset));
    int breaks = (int) written.chars().filter(c -> c == '\n').count();
    int at = breaks == 0 ? element.getBeginColumn() + written.length() : written.length() - written.lastIndexOf('\n');
    return Optional.of(Diagnostic.error(file, element.getBeginLine() + breaks, at, message));
  }

  /** Counts how often each element runs, from now on; only a run asked who repeated itself does. */
  void count() {
    entered = new java.util.IdentityHashMap<>();
  }

  /**
   * The element that ran most often, as the problem {@code message}, when it ran at least
   * {@code times} times (the run must have been {@link #count counted}): a template repeating
   * itself, as a record's text (printed once where a template prints it) never does.
   */
  Optional<Diagnostic> repeated(int times, String message) {
    // Of elements that ran as often (a #list and what it holds), the one a reader meets first.
    java.util.Comparator<Map.Entry<TracedElement, Integer>> often = Map.Entry.comparingByValue();
    often = often.thenComparing(Map.Entry::getKey, java.util.Comparator
        .comparing((TracedElement e) -> e.getTemplate().getSourceName())
        .thenComparingInt(TracedElement::getBeginLine).thenComparingInt(TracedElement::getBeginColumn).reversed());
    return entered.entrySet().stream().max(often)
        .filter(most -> most.getValue() >= times).map(most -> diagnostic(most.getKey(), message));
  }

  /**
   * Where line:column of {@code text} is. The XML parser names the place just after the tag it
   * objects to; the tag's own start is where a reader looks.
   */
  private static int offset(StringBuilder text, int line, int column) {
    int offset = 0;
    for (int at = 1; at < line && offset < text.length(); offset++) {
      if (text.charAt(offset) == '\n') {
        at++;
      }
    }
    offset = Math.max(0, Math.min(text.length(), offset + column - 1) - 1);
    int tagEnd = offset < text.length() && text.charAt(offset) == '>' ? offset - 1 : offset;
    int start = text.lastIndexOf("<", tagEnd);
    return start > text.lastIndexOf(">", tagEnd) ? start : offset;
  }

  private void checkTime() {
    Diagnostic elsewhere = runaway.get();
    if (elsewhere != null) {
      stopped = new Stopped(elsewhere);
      throw stopped;
    }
    if (System.nanoTime() > deadline) {
      Diagnostic here = at(tooLong());
      runaway.compareAndSet(null, here);
      stopped = new Stopped(runaway.get());
      throw stopped;
    }
  }

  private void stop(String message) {
    stopped = new Stopped(at(message));
    throw stopped;
  }

  private Diagnostic at(String message) {
    return last == null ? Diagnostic.error(directory, message) : diagnostic(last, message);
  }

  private Diagnostic diagnostic(TracedElement element, String message) {
    Path file = directory.resolve(element.getTemplate().getSourceName());
    return Diagnostic.error(file, element.getBeginLine(), element.getBeginColumn(), message);
  }

  private static String tooLong() {
    return "ran for more than " + BUDGET_SECONDS + " seconds writing one letter (a #list or macro that does not end?)";
  }

  private static String tooMuch() {
    return "wrote more than " + (MAX_OUTPUT >> 20) + " MiB for one letter (a #list that runs far too often?)";
  }

  /** The letter's text as written, within the cap and the budget, marked by who wrote what. */
  final class Output extends Writer {
    private final StringBuilder text = new StringBuilder(8192);

    /** How much has been written. */
    int length() {
      return text.length();
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      check(length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      check(length);
      text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
      check(1);
      text.append((char) c);
    }

    private void check(int length) {
      if (stopped != null) {
        throw stopped;
      }
      if (text.length() + (long) length > MAX_OUTPUT) {
        stop(tooMuch());
      }
      checkTime();
      if (last != null && (marks.isEmpty() || marks.getLast().element() != last)) {
        marks.add(new Mark(text.length(), last));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
