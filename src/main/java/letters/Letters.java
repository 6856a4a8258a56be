package letters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import letters.check.Check;
import letters.check.Explainer;
import letters.check.Gallery;
import letters.check.TextDiff;
import letters.compose.Composer;
import letters.compose.Letter;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.diagnostic.Result;
import letters.layout.Bundle;
import letters.layout.HouseFont;
import letters.layout.HouseStyle;
import letters.layout.LetterLayout;
import letters.layout.OverviewLayout;
import letters.layout.Pdf;
import letters.load.Campaign;
import letters.load.Campaigns;
import letters.load.Record;
import letters.load.Records;
import letters.load.OverviewLabels;
import letters.overview.Overview;
import letters.overview.OverviewCsv;
import letters.sign.Signer;
import letters.sign.Verifier;
import letters.write.FolderLock;
import letters.write.ManifestEntry;
import letters.write.OutputFolder;

/**
 * The front door: a campaign's records and templates, and what can be made of them. The command
 * line, the preview server and the tests all go through here. It runs the pipeline in one
 * direction, load → compose → lay out → write, and reports every problem as a {@link Diagnostic}.
 */
public final class Letters {
  private final Path recordsFolder;
  private final Path templates;
  private final List<Campaigns.Source> campaignSources;
  private final Result<Campaign> campaign;
  private final Composer composer;
  private volatile LetterLayout layout;
  private volatile Explainer explainer;

  private Letters(Path recordsFolder, Path templates, List<Campaigns.Source> campaignSources,
      Result<Campaign> campaign, Composer previous) {
    this.recordsFolder = recordsFolder;
    this.templates = templates;
    this.campaignSources = campaignSources;
    this.campaign = campaign;
    this.composer = campaign.value().map(read -> Composer.of(read, previous)).orElse(null);
  }

  /**
   * The layout, made when a command first lays a letter out: making it starts reading the fonts and
   * hyphenation patterns, which a command that only composes (explain, diff, gallery) never needs.
   */
  private LetterLayout layout() {
    LetterLayout made = layout;
    if (made == null) {
      synchronized (this) {
        made = layout;
        if (made == null) {
          made = LetterLayout.of(HouseStyle.standard());
          layout = made;
        }
      }
    }
    return made;
  }

  /** The records folder's name, beside the templates, when the campaign declares none. */
  public static final String RECORDS_FOLDER = letters.load.RecordDeclaration.FOLDER;

  /** The records in {@code records} and the campaign and templates in {@code templates}. */
  public static Letters open(Path records, Path templates) {
    // What the campaign is read from is taken first: if it changes meanwhile, the next reopening sees so.
    List<Campaigns.Source> sources = Campaigns.sources(templates);
    return new Letters(records, templates, sources, Campaigns.load(templates), null);
  }

  /**
   * These letters as their records and templates now stand, for a preview that follows edits:
   * opened again, keeping what the edit left as it was, so that the letter is made again in the
   * time the edited file takes to read. The campaign is kept while its file and its phrasebook
   * hold the same bytes, the templates and what has been parsed of them while every template
   * does, and the layout always (its fonts never change; an image is prepared again when its file
   * changes).
   */
  public Letters reopened() {
    List<Campaigns.Source> sources = Campaigns.sources(templates);
    Result<Campaign> again = sources.equals(campaignSources) ? campaign : Campaigns.load(templates);
    Letters reopened = new Letters(recordsFolder, templates, sources, again, composer);
    reopened.layout = layout;
    if (reopened.composer == composer) {
      reopened.explainer = explainer;
    }
    return reopened;
  }

  /** The campaign and templates in {@code templates}, and the records in the folder it declares. */
  public static Letters open(Path templates) {
    Path beside = templates.toAbsolutePath().normalize().resolveSibling(RECORDS_FOLDER);
    return open(recordsFolder(templates).orElse(beside), templates);
  }

  /**
   * The records folder the campaign in {@code templates} declares ({@code record.folder}), beside
   * that folder; read without loading the campaign, so that finding a project stays cheap. Empty
   * when the campaign file cannot be read (opening the campaign then says why).
   */
  public static Optional<Path> recordsFolder(Path templates) {
    return Campaigns.recordsFolder(templates);
  }

  /** The folder the records are read from. */
  public Path recordsFolder() {
    return recordsFolder;
  }

  /** The campaign, or the problems that keep it from being read. */
  public Result<Campaign> campaign() {
    return campaign;
  }

  /** The JSON Schema of the records, made from the campaign's declarations. */
  public Result<String> schema() {
    return campaign.value().map(c -> Result.of(letters.load.RecordSchema.of(c), campaign.diagnostics()))
        .orElseGet(() -> Result.failed(campaign.diagnostics()));
  }

  /** Each page of the PDF {@code pdf} as a PNG image at {@code dotsPerInch}. */
  public static List<byte[]> pageImages(Path pdf, float dotsPerInch) throws java.io.IOException {
    return pageImages(java.nio.file.Files.readAllBytes(pdf), dotsPerInch);
  }

  /** Each page of the PDF held in {@code pdf} as a PNG image at {@code dotsPerInch}. */
  public static List<byte[]> pageImages(byte[] pdf, float dotsPerInch) throws java.io.IOException {
    return letters.layout.PageImages.of(pdf, dotsPerInch);
  }

  /** The file name of the records' JSON Schema in the templates folder ({@link #schema}). */
  public static final String SCHEMA_FILE = letters.load.RecordSchema.FILE_NAME;

  /**
   * Writes {@code count} made-up records of the campaign into {@code folder} (their ids {@code
   * synthetic-00001} on), their findings cycling through the declared values and their envelope
   * filled from the declared examples: for benchmarks and tests at scale.
   */
  public void writeMadeUpRecords(int count, Path folder) throws java.io.IOException {
    Campaign read = campaign.value()
        .orElseThrow(() -> new java.io.IOException("the campaign cannot be read: " + campaign.diagnostics()));
    letters.bench.SyntheticRecords.write(read, count, folder);
  }

  /** Every record, each bad one left out with its diagnostics. */
  public Result<List<Record>> records() {
    if (campaign.value().isEmpty()) {
      return Result.failed(campaign.diagnostics());
    }
    Result<List<Record>> records = Records.load(recordsFolder, campaign.value().get());
    return new Result<>(records.value(), concat(campaign.diagnostics(), records.diagnostics()));
  }

  /** The record {@code id}. */
  public Result<Record> record(String id) {
    if (campaign.value().isEmpty()) {
      return Result.failed(campaign.diagnostics());
    }
    return Records.loadOne(recordsFolder, id, campaign.value().get());
  }

  /** The letter of record {@code id}, composed but not laid out. */
  public Result<Letter> letter(String id) {
    return letter(record(id));
  }

  private Result<Letter> letter(Result<Record> record) {
    if (record.value().isEmpty()) {
      return Result.failed(record.diagnostics());
    }
    try {
      HouseFont.check(record.value().get());
      return Result.of(composer.compose(record.value().get()), record.diagnostics());
    } catch (DiagnosticException e) {
      return Result.failed(concat(record.diagnostics(), List.of(e.diagnostic())));
    }
  }

  /** The letter of {@code record} (one of {@link #records}, or {@link #example}), composed but not laid out. */
  public Result<Letter> letter(Record record) {
    if (campaign.value().isEmpty()) {
      return Result.failed(campaign.diagnostics());
    }
    try {
      return Result.of(composer.compose(record), List.of());
    } catch (DiagnosticException e) {
      return Result.failed(List.of(e.diagnostic()));
    }
  }

  /**
   * Every combination of the declared findings' values, each a map from finding id to value, as
   * the check and the gallery go through them; none when the campaign cannot be read.
   */
  public List<java.util.Map<String, String>> combinations() {
    return campaign.value().map(letters.check.Combinations::of).orElse(List.of());
  }

  /**
   * A made-up record of the campaign with {@code findings} (finding id to value, as {@link
   * #combinations} gives them), its envelope filled from the declared examples and, {@code
   * withNotes}, a note on each plan element: what the check and the gallery compose.
   */
  public Record example(java.util.Map<String, String> findings, boolean withNotes) {
    Campaign read = campaign.value()
        .orElseThrow(() -> new IllegalStateException("the campaign cannot be read: " + campaign.diagnostics()));
    return letters.check.Combinations.record(read, findings, withNotes, false);
  }

  /** {@code letter} laid out as a PDF in the house style, as {@link #build} lays out every letter. */
  public static Pdf layOut(Letter letter) throws DiagnosticException {
    return LetterLayout.of(HouseStyle.standard()).render(letter);
  }

  /** The letter of record {@code id} laid out as a PDF, held in memory. */
  public Result<Rendered> render(String id) {
    Result<Record> read = record(id);
    Result<Letter> letter = letter(read);
    if (letter.value().isEmpty()) {
      return Result.failed(letter.diagnostics());
    }
    Record record = read.value().get();
    try {
      Pdf pdf = layout().render(letter.value().get());
      List<Diagnostic> said = new ArrayList<>(letter.diagnostics());
      tooLong(record, pdf.pages()).ifPresent(said::add);
      return Result.of(new Rendered(letter.value().get(), pdf), said);
    } catch (DiagnosticException e) {
      Diagnostic problem = composer.blame(e.diagnostic(), record, HouseFont::draws);
      return Result.failed(concat(letter.diagnostics(), List.of(problem)));
    }
  }

  /**
   * The warning for a letter longer than the campaign allows: it is written as laid out, never
   * squeezed, and said, as check says it.
   */
  private Optional<Diagnostic> tooLong(Record record, int pages) {
    return campaign.value().flatMap(Campaign::pages).filter(most -> pages > most).map(most -> Diagnostic.warning(
        record.file(), 0, 0, "pages: the letter takes " + pages + " pages, more than the " + most + " the campaign allows"));
  }

  /** The file names (without extension) of the overview and of the bundle of all letters. */
  public static final String SUMMARY = OutputFolder.SUMMARY;
  public static final String BUNDLE = OutputFolder.BUNDLE;

  /**
   * Holds the output folder {@code out} for the caller's thread until the hold is closed, waiting
   * (and telling {@code waiting} so, once) while another command writes into it. Every writing
   * call below takes the folder itself; a command takes it first to hold it across several calls
   * (a build and its bundle) and to say that it waits.
   */
  public static FolderLock lock(Path out, Consumer<FolderLock.Wait> waiting) throws DiagnosticException {
    return FolderLock.acquire(out, waiting);
  }
  /** The file name of the published site's front page, in the folder {@link #publish} writes. */
  public static final String SITE_INDEX = letters.site.Site.INDEX;
  /** The published site's folder of letters (their pages and PDFs), and its overview as CSV. */
  public static final String SITE_LETTERS = letters.site.Site.LETTERS;
  public static final String SITE_SUMMARY = letters.site.Site.SUMMARY;


  /**
   * Writes the national overview of every good record into {@code out}: {@code summary.csv} and
   * {@code summary.pdf}. Bad records are reported and left out.
   */
  public Result<List<Path>> summary(Path out) {
    return summary(out, Progress.NONE);
  }

  /**
   * As {@link #summary(Path)}, telling {@code progress} of each step: the records read, the
   * overview laid out, and each file written.
   */
  public Result<List<Path>> summary(Path out, Progress progress) {
    progress.started(4);
    Result<List<Record>> records = records();
    progress.finished("records read", records.value().isPresent());
    if (records.value().isEmpty()) {
      return Result.failed(records.diagnostics());
    }
    Campaign campaign = this.campaign.value().get();
    if (campaign.overview().isEmpty()) {
      return Result.failed(concat(records.diagnostics(), List.of(Diagnostic.error(
          campaign.directory().resolve(Campaign.FILE_NAME),
          "has no 'overview' section; declare one (" + String.join(", ", OverviewLabels.KEYS) + ") to write a summary"))));
    }
    List<Diagnostic> problems = new ArrayList<>(records.diagnostics());
    List<Record> printable = printable(records.value().get(), problems);
    try (OutputFolder folder = OutputFolder.openForOwnFiles(out)) {
      Overview overview = Overview.of(campaign, campaign.overview().get(), printable, composer);
      byte[] pdf = OverviewLayout.of(HouseStyle.standard())
          .render(overview, language(printable), campaign.letterDate()).bytes();
      progress.finished("overview laid out", true);
      Path csv = folder.writeFile(SUMMARY + ".csv", OverviewCsv.of(overview));
      progress.finished(csv.getFileName().toString(), true);
      Path written = folder.writeFile(SUMMARY + ".pdf", pdf);
      progress.finished(written.getFileName().toString(), true);
      return Result.of(List.of(csv, written), problems);
    } catch (DiagnosticException e) {
      return Result.failed(concat(problems, List.of(e.diagnostic())));
    }
  }

  /** The records whose own text the house font draws; each other is a problem, and left out as a bad record is. */
  private static List<Record> printable(List<Record> records, List<Diagnostic> problems) {
    List<Record> printable = new ArrayList<>();
    for (Record record : records) {
      try {
        HouseFont.check(record);
        printable.add(record);
      } catch (DiagnosticException e) {
        problems.add(e.diagnostic());
      }
    }
    return printable;
  }

  /**
   * The language the campaign's letters are written in, as their templates declare it, for the
   * overview of them; undetermined when there is no letter to ask or its templates fail.
   */
  private String language(List<Record> records) {
    try {
      return records.isEmpty() ? "und" : composer.compose(records.getFirst()).info().language();
    } catch (DiagnosticException e) {
      return "und";
    }
  }

  /**
   * Writes {@code bundle.pdf} into {@code out}: the letter of every record the folder's manifest
   * lists, in the order of their names, composed again from its record and laid out again (the
   * same inputs give the same pages; no file the manifest names is read), with a bookmark each.
   * Nothing is written when there are no letters or one of them cannot be made.
   */
  public Result<Path> bundle(Path out) {
    if (campaign.value().isEmpty()) {
      return Result.failed(campaign.diagnostics());
    }
    AtomicReference<DiagnosticException> stopped = new AtomicReference<>();
    try (OutputFolder folder = OutputFolder.open(out, false)) {
      // The manifest only names the records; their letters come from their records, as built.
      List<Record> records = new ArrayList<>();
      for (ManifestEntry entry : folder.manifest().letters()) {
        Result<Record> record = record(entry.id());
        if (record.value().isEmpty()) {
          return Result.failed(record.diagnostics());
        }
        records.add(record.value().get());
      }
      if (records.isEmpty()) {
        return Result.failed(List.of(Diagnostic.error(out, "holds no letters to bundle; build them first")));
      }
      List<Bundle.Source> letters = Overview.sorted(records).stream()
          .map(record -> (Bundle.Source) () -> composer.compose(record))
          .toList();
      Campaign campaign = this.campaign.value().get();
      String title = campaign.overview().map(OverviewLabels::bundle).orElse(campaign.id());
      return Result.of(folder.writeFile(BUNDLE, stream -> {
        try {
          Bundle.write(layout(), letters, title, stream);
        } catch (DiagnosticException e) {
          stopped.set(e);
          throw new java.io.IOException(e.getMessage(), e);
        }
      }), List.of());
    } catch (DiagnosticException e) {
      Diagnostic problem = stopped.get() != null ? stopped.get().diagnostic() : e.diagnostic();
      return Result.failed(List.of(problem));
    }
  }

  /**
   * Writes the website of the signed-off letters and the national overview into {@code out}: an
   * index of the overview, a page per letter with its PDF beside it, the overview's CSV and the
   * bundle (see {@link letters.site.Site}). The folder is replaced whole once the new site is
   * complete, so a publish that fails leaves the previous site as it was. Drafts are not
   * published: each is reported, and the other letters still are.
   */
  public BuildReport publish(Path out) {
    return publish(out, Optional.empty(), Progress.NONE);
  }

  /**
   * As {@link #publish(Path)}, each letter's PDF signed by {@code signer} when there is one, and
   * {@code progress} told of each letter built.
   */
  public BuildReport publish(Path out, Optional<Signer> signer, Progress progress) {
    if (campaign.value().isEmpty()) {
      return new BuildReport(List.of(), campaign.diagnostics(), 0);
    }
    return new Publication(this, recordsFolder, campaign.value().get(), composer).publish(out, records(), signer, progress);
  }

  /** Writes the letter of record {@code id} into {@code out} and returns its path; the manifest is kept. */
  public Result<Path> preview(String id, Path out) {
    BuildReport report = build(List.of(id), out, Progress.NONE);
    if (report.written().isEmpty()) {
      return Result.failed(report.diagnostics());
    }
    return Result.of(out.resolve(report.written().getFirst().file()), report.diagnostics());
  }

  /**
   * Writes the letters of {@code ids} (every record when empty) into {@code out}, with their text
   * and the manifest. A letter that fails is reported and the others are still written.
   */
  public BuildReport build(List<String> ids, Path out, Progress progress) {
    return build(ids, out, progress, BuildOptions.DEFAULT);
  }

  /** As {@link #build(List, Path, Progress)}, refusing drafts or signing letters as {@code options} say. */
  public BuildReport build(List<String> ids, Path out, Progress progress, BuildOptions options) {
    layout(); // the fonts and patterns are read while the records are
    List<Diagnostic> problems = new ArrayList<>();
    List<Record> records = selected(ids, problems);
    if (campaign.value().isEmpty()) {
      return new BuildReport(List.of(), problems, ids.size());
    }
    int requested =
        ids.isEmpty() ? records.size() + failedRecords(problems) : (int) ids.stream().distinct().count();
    List<ManifestEntry> written = new ArrayList<>();
    try (OutputFolder folder = OutputFolder.open(out, ids.isEmpty())) {
      List<String> building = records.stream().map(Record::id).toList();
      folder.startRewriting(building, stale(ids, building, folder));
      progress.started(records.size());
      int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), records.size()));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Made>> made = records.stream().map(r -> pool.submit(() -> make(r, folder, options))).toList();
      try {
        for (int i = 0; i < made.size(); i++) {
          Made letter = result(made.get(i), records.get(i));
          problems.addAll(letter.diagnostics());
          letter.entry().ifPresent(written::add);
          progress.finished(records.get(i).id(), letter.entry().isPresent());
        }
      } finally {
        finish(pool, made);
      }
      folder.writeManifest();
    } catch (DiagnosticException e) {
      problems.add(e.diagnostic());
    }
    return new BuildReport(written, problems, requested);
  }

  /**
   * Lets the letters being made finish and drops those not begun. A build interrupted (serve's warm
   * process is told so when its client goes away) stops as one killed would, but for the letters in
   * hand, which are written whole rather than cut off: the pool's threads are never interrupted, so
   * no letter's earlier files are removed as if it had failed.
   */
  private static void finish(ExecutorService pool, List<Future<Made>> made) {
    made.forEach(letter -> letter.cancel(false));
    pool.shutdown();
    boolean interrupted = false;
    while (!pool.isTerminated()) {
      try {
        pool.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The letters in the folder that no longer stand for a record: in a full build, every letter
   * the folder's manifest lists whose record is gone or could not be read; in a build of some
   * ids, those of them whose record could not be read.
   */
  private static List<String> stale(List<String> ids, List<String> building, OutputFolder folder) {
    List<String> candidates = ids.isEmpty()
        ? folder.previous().letters().stream().map(ManifestEntry::id).toList()
        : ids;
    Set<String> built = new HashSet<>(building);
    return candidates.stream().filter(id -> !built.contains(id)).toList();
  }

  private List<Record> selected(List<String> ids, List<Diagnostic> problems) {
    if (ids.isEmpty()) {
      Result<List<Record>> all = records();
      problems.addAll(all.diagnostics());
      return all.value().orElse(List.of());
    }
    problems.addAll(campaign.diagnostics());
    List<Record> records = new ArrayList<>();
    for (String id : ids.stream().distinct().toList()) {
      Result<Record> record = campaign.value().isEmpty() ? Result.failed(List.of()) : record(id);
      problems.addAll(record.diagnostics());
      record.value().ifPresent(records::add);
    }
    return records;
  }

  static int failedRecords(List<Diagnostic> problems) {
    return (int) problems.stream().filter(Diagnostic::isError).map(Diagnostic::file).distinct().count();
  }

  /** One letter made, or the problems that stopped it. */
  private record Made(Optional<ManifestEntry> entry, List<Diagnostic> diagnostics) {}

  /**
   * Composes, lays out and writes one letter; runs on a pool thread. A letter that fails leaves no
   * file behind, not even one from an earlier build.
   */
  private Made make(Record record, OutputFolder folder, BuildOptions options) {
    List<Diagnostic> problems = new ArrayList<>();
    try {
      Optional<String> refused = OutputFolder.refusal(record.id());
      if (refused.isPresent()) {
        throw new DiagnosticException(Diagnostic.error(record.file(), refused.get()));
      }
      if (options.finalOnly() && !record.isSignedOff()) {
        throw new DiagnosticException(Diagnostic.error(record.file(),
            "is not signed off, so --final does not write it; give it a sign_off (by, on) first"));
      }
      HouseFont.check(record);
      Letter letter = composer.compose(record);
      Pdf pdf = layout().render(letter);
      tooLong(record, pdf.pages()).ifPresent(problems::add);
      if (options.signer().isPresent() && record.isSignedOff()) {
        pdf = new Pdf(options.signer().get().sign(pdf.bytes(), composer.campaign().document().signatureReason()), pdf.pages());
      } else if (options.signer().isPresent()) {
        // Written all the same, so that nothing is lost, but a build asked to sign has not done so.
        problems.add(Diagnostic.error(record.file(),
            "is not signed off, so --sign leaves its letter an unsigned draft; give it a sign_off (by, on) first"));
      }
      return new Made(Optional.of(folder.write(letter.info(), pdf, letter.text())), problems);
    } catch (java.io.IOException e) {
      problems.add(Diagnostic.error(record.file(), e.getMessage()).withCause(e));
    } catch (DiagnosticException e) {
      problems.add(composer.blame(e.diagnostic(), record, HouseFont::draws));
    } catch (RuntimeException e) {
      problems.add(Diagnostic.error(record.file(), "internal error while making this letter: " + e).withCause(e));
    }
    try {
      folder.remove(record.id());
    } catch (DiagnosticException e) {
      problems.add(e.diagnostic());
    }
    return new Made(Optional.empty(), problems);
  }

  private static Made result(Future<Made> made, Record record) {
    try {
      return made.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return new Made(Optional.empty(), List.of(
          Diagnostic.error(record.file(), "internal error while making this letter: " + cause).withCause(cause)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Made(Optional.empty(), List.of(Diagnostic.error(record.file(), "interrupted")));
    }
  }

  private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> second) {
    List<Diagnostic> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * The signer of the key {@code alias} (or the only key) in the PKCS#12 keystore {@code keystore},
   * for {@link BuildOptions} and {@link #publish(Path, Optional, Progress)}; an error naming the
   * file when the keystore, the password or the certificate cannot be used.
   */
  public static Signer signer(Path keystore, Optional<String> alias, char[] password) throws DiagnosticException {
    return Signer.open(keystore, alias, password);
  }

  /**
   * As {@link #verify(List)}, also asking that signers chain to a certificate in {@code trusted}
   * (a certificate file, PEM or DER) when one is given.
   */
  public static List<Verifier.Verification> verify(List<Path> files, Optional<Path> trusted) throws DiagnosticException {
    return verify(files, trusted.isPresent() ? Verifier.trusting(trusted.get()) : Verifier.integrityOnly());
  }

  /**
   * Serves the live preview of the records in {@code records} with the templates in {@code
   * templates} on 127.0.0.1:{@code port} (0: any free port) until it is closed.
   */
  public static Preview serve(Path records, Path templates, int port) throws java.io.IOException {
    letters.serve.PreviewServer server = letters.serve.PreviewServer.start(records, templates, port);
    return new Preview() {
      @Override
      public String url() {
        return server.url();
      }

      @Override
      public void close() throws java.io.IOException {
        server.close();
      }
    };
  }

  /**
   * Measures the tool with made-up records of the campaign in {@code templates}: whole builds of
   * each of {@code sizes} letters run through {@code launcher}, a preview, and {@code steady}
   * letters in one warm JVM, working in {@code work} and printing tables to {@code out}.
   */
  public static void benchmark(Path launcher, Path templates, Path work, java.io.PrintWriter out, List<Integer> sizes,
      int steady, Progress progress) throws java.io.IOException, InterruptedException {
    new letters.bench.Benchmark(launcher, templates, work, out).run(sizes, steady, progress);
  }

  /**
   * Times {@code letters check} through {@code launcher} on {@code records} and {@code templates},
   * {@code runs} times, and prints the median and the check's summary line to {@code out}.
   */
  public static void benchmarkCheck(Path launcher, Path templates, Path records, Path work, java.io.PrintWriter out,
      int runs) throws java.io.IOException, InterruptedException {
    new letters.bench.Benchmark(launcher, templates, work, out).check(records, runs);
  }

  /** What the signatures of {@code files} say: by whom, when, and whether each file is unaltered. */
  public static List<Verifier.Verification> verify(List<Path> files) {
    return verify(files, Verifier.integrityOnly());
  }

  /** As {@link #verify(List)}, also asking that signers chain to what {@code verifier} trusts. */
  public static List<Verifier.Verification> verify(List<Path> files, Verifier verifier) {
    return files.stream().map(verifier::check).toList();
  }

  /**
   * Checks the campaign, every template and record, and the letters of every record and of every
   * combination of the declared findings (see {@link Check}).
   */
  public Check.Report check() {
    return check(Progress.NONE);
  }

  /** As {@link #check()}, telling {@code progress} of each letter checked. */
  public Check.Report check(Progress progress) {
    return check(false, progress);
  }

  /**
   * As {@link #check(Progress)}; with {@code every}, every combination of findings with and
   * without notes and optional fields (by default, each combination of findings once with those in turn).
   */
  public Check.Report check(boolean every, Progress progress) {
    List<Diagnostic> problems = new ArrayList<>(campaign.diagnostics());
    if (campaign.value().isEmpty()) {
      return Check.Report.stopped(0, problems);
    }
    problems.addAll(composer.templateProblems());
    Result<List<Record>> records = Records.load(recordsFolder, campaign.value().get());
    problems.addAll(records.diagnostics());
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      return Check.Report.stopped(records.value().map(List::size).orElse(0), problems);
    }
    return new Check(campaign.value().get(), composer, layout()).run(records.value().orElse(List.of()), every, progress)
        .after(problems);
  }

  /**
   * Every distinct sentence the templates can write in the assessment, over every combination of
   * the declared findings (see {@link Gallery}); the templates' problems when they cannot be run.
   */
  public Result<Gallery> gallery() {
    return gallery(Progress.NONE);
  }

  /** As {@link #gallery()}, telling {@code progress} of each combination of findings written. */
  public Result<Gallery> gallery(Progress progress) {
    List<Diagnostic> problems = new ArrayList<>(campaign.diagnostics());
    if (campaign.value().isEmpty()) {
      return Result.failed(problems);
    }
    problems.addAll(composer.templateProblems());
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      return Result.failed(problems);
    }
    try {
      return Result.of(Gallery.of(campaign.value().get(), composer, Gallery.ASSESSMENT, progress), problems);
    } catch (DiagnosticException e) {
      problems.add(e.diagnostic());
      return Result.failed(problems);
    }
  }

  /** Each sentence of the letter of record {@code id} with the template line that wrote it and the findings that chose it. */
  public Result<List<Explainer.Explanation>> explain(String id) {
    Result<Record> record = record(id);
    if (record.value().isEmpty()) {
      return Result.failed(record.diagnostics());
    }
    try {
      return Result.of(explainer().explain(record.value().get()), record.diagnostics());
    } catch (DiagnosticException e) {
      return Result.failed(concat(record.diagnostics(), List.of(e.diagnostic())));
    }
  }

  /**
   * The explainer of this campaign's letters, made on first use and kept: it reads and indexes every
   * template's text, which a preview server asking again on each refresh should not pay for again.
   */
  private Explainer explainer() {
    Explainer made = explainer;
    if (made == null) {
      made = new Explainer(campaign.value().get(), composer);
      explainer = made;
    }
    return made;
  }

  /** How one letter's text compares with the text the last build wrote. */
  public record Comparison(String id, Optional<String> before, String after) {
    public boolean changed() {
      return before.isEmpty() || !changes().isEmpty();
    }

    /** Each change from the text before to the text now, word by word, in context; none when new. */
    public List<String> changes() {
      return before.map(text -> TextDiff.changes(text, after)).orElse(List.of());
    }
  }

  /**
   * The text of the letters of {@code ids} (every record when empty) as the records and templates
   * now make it, beside the text the last build wrote into {@code out}.
   */
  public Result<List<Comparison>> compare(List<String> ids, Path out) {
    return compare(ids, out, Progress.NONE);
  }

  /** As {@link #compare(List, Path)}, telling {@code progress} of each letter compared. */
  public Result<List<Comparison>> compare(List<String> ids, Path out, Progress progress) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Record> records = selected(ids, problems);
    List<Comparison> comparisons = new ArrayList<>();
    progress.started(records.size());
    for (Record record : records) {
      try {
        String now = composer.compose(record).text();
        comparisons.add(new Comparison(record.id(), OutputFolder.text(out, record.id()), now));
      } catch (DiagnosticException e) {
        problems.add(e.diagnostic());
      }
      progress.finished(record.id(), true);
    }
    return Result.of(comparisons, problems);
  }

  /** A letter and its PDF. */
  public record Rendered(Letter letter, Pdf pdf) {}
}
