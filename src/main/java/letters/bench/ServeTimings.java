package letters.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import letters.compose.Composer;
import letters.serve.PreviewServer;

/**
 * Times the live preview as an editor meets it, in a server inside this JVM: a letter's page the
 * first time and when refreshed, the letter made again after a template is saved, and its page
 * then (the median of several saves, each a new version). The server runs on a copy of the
 * templates, which is what the edits change.
 */
final class ServeTimings {
  /** What the preview cost, in milliseconds of wall time as its client waited. */
  record Timings(double firstView, double warmView, double rerender, double viewAfterEdit) {}

  private static final int WARM_UP = 50;
  static final int REFRESHES = 21;
  /** Times the template is saved, each time followed by the letter and its page. */
  static final int SAVES = 9;

  private ServeTimings() {}

  static Timings measure(Path records, Path templates, String id) throws IOException, InterruptedException {
    try (PreviewServer server = PreviewServer.start(records, templates, 0);
        HttpClient client = HttpClient.newHttpClient()) {
      String base = server.url().replaceAll("/$", "");
      String page = pagePath(get(client, base + "/part/index"), id);
      double first = timed(client, base + page);
      List<Double> refreshes = new ArrayList<>();
      // The first refreshes run the server's code for the first time; an editor's day is the rest.
      for (int i = 0; i < WARM_UP + REFRESHES; i++) {
        double refresh = timed(client, base + page);
        if (i >= WARM_UP) {
          refreshes.add(refresh);
        }
      }
      refreshes.sort(Double::compare);
      List<Double> rerenders = new ArrayList<>();
      List<Double> afters = new ArrayList<>();
      for (int i = 0; i < SAVES; i++) {
        edit(templates, i);
        rerenders.add(timed(client, base + "/pdf/" + id + ".pdf"));
        afters.add(timed(client, base + page));
      }
      rerenders.sort(Double::compare);
      afters.sort(Double::compare);
      return new Timings(first, refreshes.get(REFRESHES / 2), rerenders.get(SAVES / 2), afters.get(SAVES / 2));
    }
  }

  /** The address of the part of a letter's page that the index links to (the page loads it). */
  private static String pagePath(String index, String id) throws IOException {
    Matcher link = Pattern.compile("href=\"(/[a-z]+/)" + Pattern.quote(id) + "\"").matcher(index);
    if (!link.find()) {
      throw new IOException("the preview's index does not link the letter " + id);
    }
    return "/part" + link.group(1) + id;
  }

  /** Saves the letter's template with a comment added: a new version, the same letters. */
  private static void edit(Path templates, int time) throws IOException {
    Path entry = templates.resolve(Composer.ENTRY);
    Files.writeString(entry, Files.readString(entry) + "<#-- saved again, " + (time + 1) + " -->\n");
  }

  private static double timed(HttpClient client, String url) throws IOException, InterruptedException {
    long start = System.nanoTime();
    get(client, url);
    return (System.nanoTime() - start) / 1e6;
  }

  private static String get(HttpClient client, String url) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode());
    }
    return response.body();
  }
}
