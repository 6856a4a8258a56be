package letters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import letters.compose.Composer;
import letters.diagnostic.Diagnostic;
import letters.diagnostic.DiagnosticException;
import letters.diagnostic.Result;
import letters.load.Campaign;
import letters.load.Record;
import letters.load.OverviewLabels;
import letters.load.SiteLabels;
import letters.overview.Overview;
import letters.overview.OverviewCsv;
import letters.sign.Signer;
import letters.site.Site;
import letters.write.Manifest;
import letters.write.ManifestEntry;
import letters.write.OutputFolder;
import letters.write.StagedFolder;

/**
 * Publishing the letters as a website ({@link Letters#publish}): the signed-off letters built as
 * {@code build} builds them (and signs them, given a key) into the site's {@code letters/} folder,
 * a page beside each, the bundle, and the index with the overview of the letters published, all in
 * a hidden folder that takes the site's place once complete. Drafts are not published: each is a
 * problem naming its record, and the other letters still go out.
 */
final class Publication {
  /** A file only a published site holds: a folder with it may be replaced. */
  private static final String MARKER = Site.LETTERS + "/" + Manifest.FILE_NAME;

  private final Letters letters;
  private final Path recordsFolder;
  private final Campaign campaign;
  private final Composer composer;

  Publication(Letters letters, Path recordsFolder, Campaign campaign, Composer composer) {
    this.letters = letters;
    this.recordsFolder = recordsFolder;
    this.campaign = campaign;
    this.composer = composer;
  }

  BuildReport publish(Path out, Result<List<Record>> records, Optional<Signer> signer, Progress progress) {
    List<Diagnostic> problems = new ArrayList<>(records.diagnostics());
    List<Record> all = records.value().orElse(List.of());
    int requested = all.size() + Letters.failedRecords(problems);
    Optional<Diagnostic> missing = missingSection();
    if (missing.isPresent()) {
      problems.add(missing.get());
      return new BuildReport(List.of(), problems, requested);
    }
    List<Record> finals = signedOff(all, problems);
    if (finals.isEmpty()) {
      return new BuildReport(List.of(), problems, requested);
    }
    try (StagedFolder staged = StagedFolder.open(out, MARKER)) {
      List<ManifestEntry> written = write(staged.path(), finals, new BuildOptions(true, signer), progress, problems);
      if (written.isEmpty()) {
        return new BuildReport(List.of(), problems, requested);
      }
      staged.commit();
      return new BuildReport(written, problems, requested);
    } catch (DiagnosticException e) {
      problems.add(e.diagnostic());
      return new BuildReport(List.of(), problems, requested);
    }
  }

  /** The signed-off records; each draft is a problem, and so is having none when nothing else is. */
  private List<Record> signedOff(List<Record> records, List<Diagnostic> problems) {
    List<Record> finals = new ArrayList<>();
    for (Record record : records) {
      if (record.isSignedOff()) {
        finals.add(record);
      } else {
        problems.add(Diagnostic.error(record.file(),
            "is not signed off, so it is not published; give it a sign_off (by, on) first"));
      }
    }
    if (finals.isEmpty() && problems.stream().noneMatch(Diagnostic::isError)) {
      problems.add(Diagnostic.error(recordsFolder, "holds no records to publish"));
    }
    return finals;
  }

  private Optional<Diagnostic> missingSection() {
    Path file = campaign.directory().resolve(Campaign.FILE_NAME);
    if (campaign.overview().isEmpty()) {
      return Optional.of(Diagnostic.error(file, "has no 'overview' section; declare one ("
          + String.join(", ", OverviewLabels.KEYS) + ") to publish the letters"));
    }
    if (campaign.site().isEmpty()) {
      return Optional.of(Diagnostic.error(file, "has no 'site' section; declare one ("
          + String.join(", ", SiteLabels.KEYS) + ") to publish the letters"));
    }
    return Optional.empty();
  }

  /**
   * Writes the whole site into {@code folder}; returns the letters published, none when no letter
   * could be (the problems say why).
   */
  private List<ManifestEntry> write(
      Path folder, List<Record> finals, BuildOptions options, Progress progress, List<Diagnostic> problems)
      throws DiagnosticException {
    Path lettersFolder = folder.resolve(Site.LETTERS);
    BuildReport built = letters.build(finals.stream().map(Record::id).toList(), lettersFolder, progress, options);
    // The build reads the records again: what it finds about them was reported already.
    built.diagnostics().stream().filter(d -> !problems.contains(d)).forEach(problems::add);
    Map<String, String> pdfs = built.written().stream().collect(Collectors.toMap(ManifestEntry::id, ManifestEntry::file));
    List<Record> published = finals.stream().filter(record -> pdfs.containsKey(record.id())).toList();
    if (published.isEmpty()) {
      return List.of();
    }
    Result<Path> bundle = letters.bundle(lettersFolder);
    problems.addAll(bundle.diagnostics());
    if (bundle.value().isEmpty()) {
      return List.of();
    }
    Site site = Site.of(campaign.site().orElseThrow(), campaign.document(), campaign.wordmark());
    try (OutputFolder pages = OutputFolder.open(lettersFolder, false)) {
      for (Record record : published) {
        pages.writeFile(Site.page(record.id()), html(site.letter(composer.compose(record), pdfs.get(record.id()))));
      }
    }
    Overview overview = Overview.of(campaign, campaign.overview().orElseThrow(), published, composer);
    try (OutputFolder root = OutputFolder.open(folder, false)) {
      root.writeFile(Site.INDEX, html(site.index(overview, bundle.value().get().getFileName().toString())));
      root.writeFile(Site.SUMMARY, OverviewCsv.of(overview));
      root.writeFile(Site.STYLESHEET, Site.stylesheet());
      root.writeFile(site.wordmark(), wordmark());
    }
    return built.written();
  }

  private byte[] wordmark() throws DiagnosticException {
    try {
      return Files.readAllBytes(campaign.wordmark());
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(campaign.wordmark(), "cannot be read: " + e.getMessage()), e);
    }
  }

  private static byte[] html(String page) {
    return page.getBytes(StandardCharsets.UTF_8);
  }
}
