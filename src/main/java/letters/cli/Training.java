package letters.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the launcher trains the JVM's ahead-of-time cache on: a build of some of the project's
 * records, then a preview and an explanation of the first of them, one after the other in one
 * JVM, so that each of those commands starts with the classes it uses loaded and linked. It
 * prints nothing. Arguments: the records folder, the templates folder, a scratch folder to write
 * into, and the ids of the records.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    if (args.length < 4) {
      System.err.println("usage: Training RECORDS TEMPLATES SCRATCH ID...");
      System.exit(2);
    }
    List<String> sources = List.of("--records", args[0], "--templates", args[1]);
    Path scratch = Path.of(args[2]);
    List<String> ids = List.of(args).subList(3, args.length);
    run(List.of("build"), ids, sources, List.of("--out", scratch.resolve("build").toString()));
    run(List.of("preview", ids.getFirst()), sources, List.of("--out", scratch.resolve("preview").toString()));
    run(List.of("explain", ids.getFirst()), sources);
    System.exit(0);
  }

  @SafeVarargs
  private static void run(List<String>... parts) {
    List<String> args = new ArrayList<>();
    for (List<String> part : parts) {
      args.addAll(part);
    }
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Main.run(args.toArray(String[]::new), nowhere, nowhere, Path.of(""), false, System.getenv());
  }
}
