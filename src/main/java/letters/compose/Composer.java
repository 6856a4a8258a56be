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
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.load.Campaign;
import letters.load.Record;

/**
 * Turns a record into a {@link Letter} by running the campaign's templates, starting from {@code
 * letter.ftl}. One composer serves every letter of a campaign and may be shared between threads;
 * templates are parsed once and re-read when their file changes.
 *
 * <p>The template engine is locked down: no Java classes can be created or reached, values are
 * escaped on output, and templates see only plain data (see {@link TemplateModel}).
 */
public final class Composer {
  /** The template every letter starts from. */
  public static final String ENTRY = "letter.ftl";

  /** The template of the national overview's wording. */
  public static final String OVERVIEW = "summary.ftl";

  private final Campaign campaign;
  private final Configuration configuration;

  private Composer(Campaign campaign, Configuration configuration) {
    this.campaign = campaign;
    this.configuration = configuration;
  }

  public static Composer of(Campaign campaign) {
    Composer composer = new Composer(campaign, configuration(campaign.directory()));
    Thread.ofPlatform().daemon().name("templates").start(composer::parseTemplates);
    return composer;
  }

  /**
   * Parses every template ahead of need, on a background thread, so that the first letter does
   * not wait for them one include at a time. Problems are left for {@link #compose} to report.
   */
  private void parseTemplates() {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(campaign.directory())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
        configuration.getTemplate(campaign.directory().relativize(file).toString().replace('\\', '/'));
      }
    } catch (IOException | RuntimeException e) {
      // Reported, with its position, when a letter uses the template.
    }
  }

  /** Every problem in any template's syntax, each file read: not only the first a letter meets. */
  public List<Diagnostic> templateProblems() {
    List<Diagnostic> problems = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(campaign.directory())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
        String name = campaign.directory().relativize(file).toString().replace('\\', '/');
        try {
          configuration.getTemplate(name);
        } catch (ParseException e) {
          problems.add(syntax(e));
        } catch (TemplateFiles.Refused e) {
          problems.add(refused(e));
        } catch (IOException e) {
          problems.add(Diagnostic.error(file, "cannot be read: " + e.getMessage()));
        }
      }
    } catch (IOException e) {
      problems.add(Diagnostic.error(campaign.directory(), "cannot be read: " + e.getMessage()));
    }
    return problems;
  }

  public Campaign campaign() {
    return campaign;
  }

  private static Configuration configuration(Path directory) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    try {
      configuration.setTemplateLoader(new TemplateFiles(directory));
    } catch (IOException e) {
      throw new IllegalArgumentException("templates folder cannot be read: " + directory, e);
    }
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
    configuration.setTemplateUpdateDelayMilliseconds(0);
    return configuration;
  }

  /** The letter for {@code record}, or the first template problem met while writing it. */
  public Letter compose(Record record) throws DiagnosticException {
    String markup = markup(record);
    LetterMarkup.Parsed parsed;
    try {
      parsed = LetterMarkup.parse(markup);
    } catch (LetterMarkup.MarkupException e) {
      throw new DiagnosticException(Diagnostic.error(entry(), e.getMessage()));
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

  /** What the templates write for {@code record}, before it is read into blocks. */
  public String markup(Record record) throws DiagnosticException {
    return run(ENTRY, TemplateModel.of(record, campaign));
  }

  /**
   * The line the national overview shows beside each outcome's bar, written by {@value #OVERVIEW}
   * (one line per outcome, in the campaign's order), so the wording of the count is a template's,
   * as every sentence of a letter is.
   *
   * @param forcesByOutcome the number of forces per outcome id, in the campaign's order
   */
  public List<String> overviewLines(Map<String, Integer> forcesByOutcome) throws DiagnosticException {
    List<String> lines = run(OVERVIEW, TemplateModel.overview(campaign, forcesByOutcome))
        .lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.size() != forcesByOutcome.size()) {
      throw new DiagnosticException(Diagnostic.error(template(OVERVIEW),
          "wrote " + lines.size() + " lines for " + forcesByOutcome.size() + " outcomes; write one line per outcome"));
    }
    return lines;
  }

  private String run(String name, Map<String, Object> model) throws DiagnosticException {
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter(8192);
      template.process(model, out);
      return out.toString();
    } catch (TemplateNotFoundException e) {
      throw new DiagnosticException(
          Diagnostic.error(campaign.directory().resolve(e.getTemplateName()), "template not found"), e);
    } catch (ParseException e) {
      throw new DiagnosticException(syntax(e), e);
    } catch (TemplateException e) {
      throw new DiagnosticException(problem(e), e);
    } catch (TemplateFiles.Refused e) {
      throw new DiagnosticException(refused(e), e);
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
      if (cause instanceof TemplateFiles.Refused refused) {
        return refused(refused);
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

  private static Diagnostic refused(TemplateFiles.Refused e) {
    return Diagnostic.error(e.file, e.line, e.column, e.getMessage());
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
