package letters.compose;

import freemarker.core.ParseException;
import freemarker.core.StopException;
import freemarker.core.XMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.Record;

/**
 * Turns a record into a {@link Letter} by running the campaign's templates, starting from {@code
 * letter.ftl}. One composer serves every letter of a campaign and may be shared between threads.
 * It reads the templates once, when it is made (see {@link TemplateFiles}): every letter it writes
 * comes from that one version of them, and the text of the entry's includes that read nothing of a
 * letter's record or signatory, once written, is written again in every later letter (see {@link
 * KeptIncludes}).
 *
 * <p>The template engine is locked down: no Java classes can be created or reached, values are
 * escaped on output, templates see only plain data (see {@link TemplateModel}), no template may run
 * text as code (see {@link TextAsCode}), and each letter runs within limits of time, output and
 * depth (see {@link TemplateRun}).
 */
public final class Composer {
  /** The template every letter starts from. */
  public static final String ENTRY = "letter.ftl";

  /** The template of the national overview's wording. */
  public static final String OVERVIEW = "summary.ftl";

  private final Campaign campaign;
  private final TemplateFiles files;
  private final Configuration configuration;
  private final Map<Template, Optional<Diagnostic>> vetted = new ConcurrentHashMap<>();
  private final AtomicReference<Diagnostic> runaway = new AtomicReference<>();
  private final KeptIncludes.Once reused = new KeptIncludes.Once(this, FixedIncludes.Varies.RECORD);
  private final TemplateModel.Shared shared;

  private Composer(Campaign campaign, TemplateFiles files) {
    this.campaign = campaign;
    this.files = files;
    this.configuration = configuration(files);
    this.shared = TemplateModel.shared(campaign);
  }

  /** What the templates see for {@code record}; the campaign's part is made once for every letter. */
  private Map<String, Object> model(Record record) {
    return TemplateModel.of(record, campaign, shared);
  }

  /** The composer of {@code campaign}'s letters, with its templates as they are now. */
  public static Composer of(Campaign campaign) {
    return of(campaign, null);
  }

  /**
   * As {@link #of(Campaign)}; {@code previous} itself, with the templates it has parsed, when it
   * composes the same campaign from templates that read the same as they do now.
   */
  public static Composer of(Campaign campaign, Composer previous) {
    TemplateFiles files;
    try {
      files = TemplateFiles.read(campaign.directory());
    } catch (IOException e) {
      throw new IllegalArgumentException("templates folder cannot be read: " + campaign.directory(), e);
    }
    if (previous != null && previous.campaign == campaign && previous.files.sameAs(files)) {
      return previous;
    }
    Composer composer = new Composer(campaign, files);
    Thread.ofPlatform().daemon().name("templates").start(composer::parseTemplates);
    return composer;
  }

  /**
   * Parses and vets every template ahead of need, on a background thread, so that the first letter
   * does not wait for them one include at a time. Problems are left for {@link #compose} to report.
   */
  private void parseTemplates() {
    for (String name : files.names()) {
      try {
        vet(configuration.getTemplate(name));
      } catch (IOException | RuntimeException | StackOverflowError e) {
        // Reported, with its position, when a letter uses the template.
      }
    }
  }

  /**
   * Whether {@code template} may run: the problem that forbids it, or empty. Each template is vetted
   * once, before any of it runs; one that may run is also made to pass through its run's limit
   * checks on every turn of a loop, so that a loop with nothing in it cannot spin unchecked.
   */
  private Optional<Diagnostic> vet(Template template) {
    return vetted.computeIfAbsent(template, parsed -> {
      Optional<Diagnostic> refused = TextAsCode.find(parsed, template(parsed.getSourceName()));
      if (refused.isEmpty()) {
        // FreeMarker's own means of stopping a template mid-loop: an element at the start of every
        // loop body and macro, which the run is told of when it is entered.
        freemarker.core._CoreAPI.addThreadInterruptedChecks(parsed);
      }
      return refused;
    });
  }

  /**
   * Every problem in any template's syntax or use of the engine, each file read: not only the first
   * a letter meets.
   */
  public List<Diagnostic> templateProblems() {
    List<Diagnostic> problems = new java.util.ArrayList<>();
    for (String name : files.names()) {
      try {
        vet(configuration.getTemplate(name)).ifPresent(problems::add);
      } catch (ParseException e) {
        problems.add(syntax(e));
      } catch (TemplateFiles.Unreadable e) {
        problems.add(e.diagnostic);
      } catch (IOException e) {
        problems.add(Diagnostic.error(template(name), "cannot be read: " + e.getMessage()));
      } catch (StackOverflowError e) {
        problems.add(tooDeep(name));
      }
    }
    return problems;
  }

  public Campaign campaign() {
    return campaign;
  }

  private static Configuration configuration(TemplateFiles files) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(files);
    // contact.ftl is contact.ftl: a stray contact_en_GB.ftl beside it must not quietly take its place.
    configuration.setLocalizedLookup(false);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputFormat(XMLOutputFormat.INSTANCE);
    configuration.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    configuration.setAPIBuiltinEnabled(false);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setLocale(Locale.UK);
    configuration.setTimeZone(TimeZone.getDefault());
    configuration.setNumberFormat("computer");
    // The files were read once; there is nothing to look at again.
    configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    return configuration;
  }

  /**
   * The letter for {@code record}, or the first template problem met while writing it. The entry's
   * includes that read nothing of a letter's record or signatory are run once and their text written
   * again in every later letter (see {@link KeptIncludes}); any problem is told as the whole entry
   * tells it.
   */
  public Letter compose(Record record) throws DiagnosticException {
    Optional<KeptIncludes> kept = reused.forLetterOf(record);
    if (kept.isPresent()) {
      try {
        return kept.get().compose(record);
      } catch (DiagnosticException e) {
        // Told by the run of the whole entry, below.
      }
    }
    return inFull(record);
  }

  /** The letter for {@code record} written by running every include of the entry. */
  Letter inFull(Record record) throws DiagnosticException {
    return letter(record, run(ENTRY, model(record)));
  }

  /**
   * The letter of {@code record} written by {@code template} (another version of the entry, see
   * {@link KeptIncludes}) run on the record's model with {@code more} beside it; the blocks of
   * each of {@code kept}, as the run found them by then, are taken as read.
   */
  Letter compose(Record record, Template template, Map<String, Object> more, List<MarkupScanner.Kept> kept)
      throws DiagnosticException {
    Map<String, Object> model = model(record);
    model.putAll(more);
    return letter(record, run(() -> template, model, ENTRY, Set.of()), kept);
  }

  /** A run of the entry template for {@code record} in which the output of each of {@code watched} is kept. */
  @SuppressWarnings("deprecation") // The element tree is FreeMarker's only view of a parsed template.
  TemplateRun watching(Record record, Set<? extends freemarker.core.TemplateElement> watched)
      throws DiagnosticException {
    return run(() -> configuration.getTemplate(ENTRY), model(record), ENTRY, watched);
  }

  Configuration configuration() {
    return configuration;
  }

  /** The text of template {@code name} as read, if it could be. */
  Optional<String> source(String name) {
    return files.text(name);
  }

  /** The letter of {@code record} that {@code run}, a finished run of the entry, wrote. */
  Letter letter(Record record, TemplateRun run) throws DiagnosticException {
    return letter(record, run, List.of());
  }

  private Letter letter(Record record, TemplateRun run, List<MarkupScanner.Kept> kept) throws DiagnosticException {
    LetterMarkup.Parsed parsed;
    try {
      parsed = LetterMarkup.parse(run.text(), kept);
    } catch (LetterMarkup.MarkupException e) {
      // Blamed on the template line that wrote the markup where the problem shows.
      throw new DiagnosticException(run.writerOf(e.line, e.column, e.getMessage())
          .orElse(Diagnostic.error(entry(), e.getMessage())));
    }
    Map<String, String> attributes = parsed.attributes();
    LetterInfo info =
        new LetterInfo(
            record.id(),
            record.name(),
            record.outcome(),
            attribute(attributes, "title"),
            attribute(attributes, "author"),
            attribute(attributes, "subject"),
            campaign.document().language(),
            campaign.letterDate(),
            record.isSignedOff(),
            Optional.ofNullable(attributes.get("draft-mark")).filter(mark -> !mark.isBlank()));
    Optional<Figure> signature = record.signOff().map(signOff -> new Figure(
        campaign.signatories().get(signOff.by()).signature(), campaign.document().signatureAlt()));
    return new Letter(info, parsed.blocks(), new Figure(campaign.wordmark(), campaign.document().wordmarkAlt()), signature);
  }

  /**
   * How many times one template element may run for a letter before a problem found in the
   * letter's text (too many pages to lay out) is its doing: the shipped templates' busiest
   * element runs a few dozen times, a #list that runs away thousands.
   */
  static final int REPEATED = 200;

  /**
   * {@code problem}, found in {@code record}'s letter after it was written, told against the
   * template line that caused it: the one that wrote the letter over and over, if one did (it runs
   * past the most pages a letter may have), or else the one that wrote the first character that
   * {@code drawn} refuses (the record's own text having been checked already); otherwise against
   * the record, whose own text it then is.
   */
  public Diagnostic blame(Diagnostic problem, Record record, IntPredicate drawn) {
    if (problem.file() != null) {
      return problem;
    }
    TemplateRun counted = new TemplateRun(campaign.directory(), this::vet, runaway);
    counted.count();
    try {
      counted.run(configuration.getTemplate(ENTRY), model(record));
      String text = counted.text();
      // Spacing is folded by the layout, never drawn as it stands.
      int undrawn = IntStream.range(0, text.length())
          .filter(i -> !Character.isLowSurrogate(text.charAt(i)) && !Character.isWhitespace(text.codePointAt(i))
              && !drawn.test(text.codePointAt(i)))
          .findFirst().orElse(-1);
      return counted.repeated(REPEATED, problem.message())
          .or(() -> undrawn < 0 ? Optional.empty() : counted.writerAt(undrawn, problem.message()))
          .orElse(problem.orIn(record.file()));
    } catch (IOException | TemplateException | RuntimeException e) {
      // It ran a moment ago; if it cannot now (a template changed), the record is all there is to name.
      return problem.orIn(record.file());
    }
  }

  /** What the templates write for {@code record}, before it is read into blocks. */
  public String markup(Record record) throws DiagnosticException {
    return run(ENTRY, model(record)).text();
  }

  /**
   * The line the national overview shows beside each outcome's bar, written by {@value #OVERVIEW}
   * (one line per outcome, in the campaign's order), so the wording of the count is a template's,
   * as every sentence of a letter is.
   *
   * @param lettersByOutcome the number of letters per outcome id, in the campaign's order
   */
  public List<String> overviewLines(Map<String, Integer> lettersByOutcome) throws DiagnosticException {
    List<String> lines = run(OVERVIEW, TemplateModel.overview(campaign, lettersByOutcome)).text()
        .lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.size() != lettersByOutcome.size()) {
      throw new DiagnosticException(Diagnostic.error(template(OVERVIEW),
          "wrote " + lines.size() + " lines for " + lettersByOutcome.size() + " outcomes; write one line per outcome"));
    }
    return lines;
  }

  /** Runs the template {@code name} within its limits; the finished run holds what it wrote. */
  private TemplateRun run(String name, Map<String, Object> model) throws DiagnosticException {
    return run(() -> configuration.getTemplate(name), model, name, Set.of());
  }

  /** How a run finds its first template (which may fail to be found or to parse). */
  @FunctionalInterface
  private interface Entry {
    Template template() throws IOException;
  }

  /**
   * Runs the template {@code entry} finds within its limits. Running out of stack or memory inside
   * the engine is the template's doing (the records are small and checked), so it is blamed on the
   * template line the run had reached; {@code name} is blamed when the template cannot be read.
   * What each of {@code watched} writes is kept (see {@link TemplateRun#written}).
   */
  private TemplateRun run(Entry entry, Map<String, Object> model, String name, Set<?> watched)
      throws DiagnosticException {
    TemplateRun run = new TemplateRun(campaign.directory(), this::vet, runaway);
    run.watch(watched);
    try {
      run.run(entry.template(), model);
      return run;
    } catch (TemplateRun.Stopped e) {
      throw new DiagnosticException(e.diagnostic, e);
    } catch (StackOverflowError e) {
      throw new DiagnosticException(run.started() ? run.failed(TemplateRun.TOO_DEEP) : tooDeep(name), e);
    } catch (OutOfMemoryError e) {
      throw new DiagnosticException(run.failed(TemplateRun.OUT_OF_MEMORY), e);
    } catch (TemplateNotFoundException e) {
      throw new DiagnosticException(
          Diagnostic.error(campaign.directory().resolve(e.getTemplateName()), "template not found"), e);
    } catch (ParseException e) {
      throw new DiagnosticException(syntax(e), e);
    } catch (TemplateException e) {
      throw new DiagnosticException(problem(e), e);
    } catch (TemplateFiles.Unreadable e) {
      throw new DiagnosticException(e.diagnostic, e);
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(template(name), "cannot read templates: " + e.getMessage()), e);
    }
  }

  private Diagnostic syntax(ParseException e) {
    return Diagnostic.error(
        template(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
        firstLine(e.getEditorMessage()));
  }

  /** The innermost problem: an include that failed is reported where the included file failed. */
  private Diagnostic problem(TemplateException outer) {
    TemplateException e = outer;
    for (Throwable cause = outer.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException parse) {
        return syntax(parse);
      }
      if (cause instanceof TemplateFiles.Unreadable unreadable) {
        return unreadable.diagnostic;
      }
      if (cause instanceof TemplateRun.Stopped stopped) {
        return stopped.diagnostic;
      }
      if (cause instanceof TemplateException inner) {
        e = inner;
      }
    }
    Path file = template(e.getTemplateSourceName());
    int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
    int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    String message;
    if (e instanceof StopException stop) {
      message = stop.getMessageWithoutStackTop().strip();
    } else if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
      message = "'" + e.getBlamedExpressionString() + "' is missing (use ?? or ! to test or default it)";
    } else {
      message = firstLine(e.getMessageWithoutStackTop());
    }
    return Diagnostic.error(file, line, column, message);
  }

  private Diagnostic tooDeep(String name) {
    return Diagnostic.error(template(name), "nests too deeply to be read");
  }

  private Path template(String name) {
    return name == null ? entry() : campaign.directory().resolve(name);
  }

  private Path entry() {
    return campaign.directory().resolve(ENTRY);
  }

  private static String attribute(Map<String, String> attributes, String name) {
    return attributes.getOrDefault(name, "");
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "template error";
    }
    List<String> lines =
        message.strip().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("---")).limit(2).toList();
    if (lines.isEmpty()) {
      return "template error";
    }
    // "Failed to "?eval" string with this error:" says what went wrong on the next line.
    return lines.getFirst().endsWith(":") && lines.size() > 1 ? lines.getFirst() + " " + lines.get(1) : lines.getFirst();
  }
}
