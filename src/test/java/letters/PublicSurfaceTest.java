package letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's public surface is the facade {@link Letters}, the types beside it in {@code
 * letters}, the diagnostics of {@code letters.diagnostic}, and the values they hand out: every
 * type named in their public signatures, and, for a record, in its components, followed as far
 * as records lead. The command line, the preview server and the tests of the library as a whole
 * (those in {@code letters}, {@code letters.cli} and {@code letters.serve}) may name only those
 * types of the tool's own; the machinery behind the facade (composing, laying out, writing,
 * signing, checking) is theirs only through it. A stage's own unit tests, in its package, are
 * exempt: they test the machinery itself.
 */
class PublicSurfaceTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TESTS = Path.of("src/test/java");
  private static final List<String> ROOTS = List.of("letters", "letters.diagnostic");
  private static final List<String> SHELLS = List.of("letters", "letters.cli", "letters.serve");
  /** The command line's own front door: tests drive the tool through it as a user does. */
  private static final Set<String> ENTRY_POINTS = Set.of("letters.cli.Main");

  private static final Pattern NAMED = Pattern.compile("\\bletters\\.([a-z]+)\\.([A-Z][A-Za-z0-9]*)");

  @Test
  void theShellsAndTheLibrarysTestsUseOnlyThePublicSurface() throws IOException {
    Set<String> api = surface();
    List<String> reaching = new ArrayList<>();
    for (Path file : shells()) {
      String ownPackage = file.startsWith(MAIN) ? packageOf(MAIN, file) : packageOf(TESTS, file);
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher named = NAMED.matcher(lines.get(i));
        while (named.find()) {
          String type = "letters." + named.group(1) + "." + named.group(2);
          String pkg = "letters." + named.group(1);
          if (!pkg.equals(ownPackage) && !api.contains(type) && !ENTRY_POINTS.contains(type) && !isExempt(file)) {
            reaching.add(file + ":" + (i + 1) + ": " + type);
          }
        }
      }
    }
    assertEquals(List.of(), reaching, "machinery named outside the facade; go through letters.Letters");
  }

  /** This test, whose strings name the machinery. */
  private static boolean isExempt(Path file) {
    return file.getFileName().toString().equals("PublicSurfaceTest.java");
  }

  @Test
  void theSurfaceHoldsTheFacadeAndWhatItHandsOutButNotTheMachinery() throws IOException {
    Set<String> api = surface();
    for (String type : List.of("letters.Letters", "letters.BuildReport", "letters.diagnostic.Diagnostic",
        "letters.load.Campaign", "letters.load.Record", "letters.compose.Letter")) {
      assertEquals(true, api.contains(type), type);
    }
    for (String type : List.of("letters.compose.Composer", "letters.layout.LetterLayout", "letters.load.Campaigns",
        "letters.write.OutputFolder", "letters.bench.Benchmark", "letters.serve.PreviewServer")) {
      assertEquals(false, api.contains(type), type);
    }
  }

  /** The names of the public surface's types. */
  static Set<String> surface() throws IOException {
    Set<String> api = new TreeSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (String root : ROOTS) {
      try (Stream<Path> files = Files.list(MAIN.resolve(root.replace('.', '/')))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String name = file.getFileName().toString().replace(".java", "");
          if (!name.equals("package-info")) {
            todo.add(load(root + "." + name));
          }
        }
      }
    }
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!isToolsOwn(type.getName()) || !Modifier.isPublic(type.getModifiers()) || !api.add(name(type))) {
        continue;
      }
      List<Type> named = new ArrayList<>();
      boolean root = ROOTS.contains(type.getPackageName());
      if (root || type.isRecord() || type.isInterface()) {
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers())) {
            named.add(method.getGenericReturnType());
            named.addAll(List.of(method.getGenericParameterTypes()));
          }
        }
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isPublic(field.getModifiers())) {
            named.add(field.getGenericType());
          }
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          named.add(component.getGenericType());
        }
      }
      for (Class<?> nested : type.getDeclaredClasses()) {
        todo.add(nested);
      }
      named.forEach(t -> classes(t, todo));
    }
    return api;
  }

  private static void classes(Type type, Deque<Class<?>> into) {
    switch (type) {
      case Class<?> c when c.isArray() -> classes(c.getComponentType(), into);
      case Class<?> c -> into.add(c);
      case ParameterizedType p -> {
        classes(p.getRawType(), into);
        for (Type argument : p.getActualTypeArguments()) {
          classes(argument, into);
        }
      }
      case GenericArrayType a -> classes(a.getGenericComponentType(), into);
      case WildcardType w -> {
        for (Type bound : w.getUpperBounds()) {
          classes(bound, into);
        }
      }
      default -> { }
    }
  }

  /** A nested type by the name its source uses ({@code letters.check.Gallery.Entry}'s outer type counts). */
  private static String name(Class<?> type) {
    Class<?> outer = type;
    while (outer.getEnclosingClass() != null) {
      outer = outer.getEnclosingClass();
    }
    return outer.getName();
  }

  private static boolean isToolsOwn(String type) {
    return type.startsWith("letters.");
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no class " + name, e);
    }
  }

  /** The sources of the shells and of the library's tests. */
  private static List<Path> shells() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path base : List.of(MAIN, TESTS)) {
      for (String pkg : SHELLS) {
        if (base == MAIN && pkg.equals("letters")) {
          continue;
        }
        Path folder = base.resolve(pkg.replace('.', '/'));
        try (Stream<Path> listed = Files.list(folder)) {
          listed.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }

  private static String packageOf(Path base, Path file) {
    return base.relativize(file.getParent()).toString().replace('/', '.');
  }
}
