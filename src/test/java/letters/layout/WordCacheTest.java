package letters.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import letters.diagnostic.DiagnosticException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A word set once and kept gives the same lines as the word set afresh: at every width, ragged and
 * justified, with and without hyphenation, whatever set the word first.
 */
class WordCacheTest {
  private static final List<List<Typesetter.Run>> PARAGRAPHS = List.of(
      plain("The force’s counter\u00ADcorruption re\u00ADview of its capability and capacity had started."),
      plain("Cafe\u0301 café CAFE\u0301 naïve nai\u0308ve coöperation"),
      plain("Call 07802\u00A0948502 or Mr\u00A0Smith\tat\tthe Chief\u00A0Constable’s office."),
      plain("Supercalifragilisticexpialidocious counter-corruption intelligence-led AVAVAVAV To Ty Wa"),
      plain("implementation unsatisfactory accountability responsibilities notwithstanding"),
      List.of(new Typesetter.Run("Ke", Face.BOLD, 11f), new Typesetter.Run("nt’s plans ", Face.REGULAR, 11f),
          new Typesetter.Run("implementation", Face.ITALIC, 11f), new Typesetter.Run("s counter", Face.REGULAR, 11f),
          new Typesetter.Run("corruption", Face.REGULAR, 9f)));

  private static List<Typesetter.Run> plain(String text) {
    return List.of(new Typesetter.Run(text, Face.REGULAR, 11f));
  }

  @AfterEach
  void clear() throws ReflectiveOperationException {
    clearCaches(true);
  }

  @Test
  void aKeptWordSetsAsAFreshOne() throws Exception {
    for (List<Typesetter.Run> paragraph : PARAGRAPHS) {
      for (float measure = 20f; measure <= 420f; measure += 13.5f) {
        for (Typesetter.Alignment alignment : Typesetter.Alignment.values()) {
          clearCaches(true);
          List<Line> fresh = Typesetter.lines(paragraph, measure, alignment);
          // Every word kept from a setting at another width and alignment, then this paragraph set again.
          clearCaches(true);
          for (Typesetter.Alignment other : Typesetter.Alignment.values()) {
            Typesetter.lines(paragraph, 1_000f, other);
            Typesetter.lines(paragraph, 420f - measure + 20f, other);
            clearCaches(false);
          }
          List<Line> kept = Typesetter.lines(paragraph, measure, alignment);
          String where = paragraph + " at " + measure + " " + alignment;
          assertEquals(fresh.size(), kept.size(), where);
          for (int i = 0; i < fresh.size(); i++) {
            assertArrayEquals(fresh.get(i).content(), kept.get(i).content(), where + ", line " + i);
            assertEquals(fresh.get(i).text(), kept.get(i).text(), where + ", line " + i);
            assertEquals(fresh.get(i).width(), kept.get(i).width(), where + ", line " + i);
            assertEquals(fresh.get(i).justified(), kept.get(i).justified(), where + ", line " + i);
            assertEquals(fresh.get(i).glyphs(), kept.get(i).glyphs(), where + ", line " + i);
          }
        }
      }
    }
  }

  @Test
  void aKeptWordHasTheItemsOfAFreshOne() throws Exception {
    Class<?> word = nested("Word");
    Class<?> letter = nested("Letter");
    Method items = word.getDeclaredMethod("items", List.class, float.class, boolean.class, List.class);
    Method set = word.getDeclaredMethod("set", List.class, float.class, boolean.class, List.class);
    Constructor<?> make = letter.getDeclaredConstructor(int.class, Face.class, float.class);
    items.setAccessible(true);
    set.setAccessible(true);
    make.setAccessible(true);
    List<String> words = List.of("implementation", "counter\u00ADcorruption", "counter-corruption", "Cafe\u0301",
        "07802\u00A0948502", "Supercalifragilisticexpialidocious", "AVAVAV", "\u00AD", "accountability.",
        "www.example.org", "re\u00ADview", "naïve");
    for (Face face : List.of(Face.REGULAR, Face.BOLD_ITALIC)) {
      for (String text : words) {
        List<Object> letters = new ArrayList<>();
        text.codePoints().forEach(c -> {
          try {
            letters.add(make.newInstance(c, face, 11f));
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        });
        for (boolean hyphenate : new boolean[] {false, true}) {
          for (float measure : new float[] {1_000f, 80f, 40f, 10f}) {
            List<Item> fresh = new ArrayList<>();
            set.invoke(null, letters, measure, hyphenate, fresh);
            // Kept from a setting with the other flag and at every other width first.
            clearCaches(true);
            for (float before : new float[] {1_000f, 80f, 40f, 10f}) {
              items.invoke(null, letters, before, !hyphenate, new ArrayList<Item>());
              items.invoke(null, letters, before, hyphenate, new ArrayList<Item>());
            }
            List<Item> kept = new ArrayList<>();
            items.invoke(null, letters, measure, hyphenate, kept);
            assertEquals(describe(fresh), describe(kept), text + " " + face + " at " + measure + ", hyphenate " + hyphenate);
          }
        }
      }
    }
  }

  @Test
  void wordsKeptAndClearedOnSeveralThreadsAreTheWordsSetAfresh() throws Exception {
    Class<?> letter = nested("Letter");
    Method items = nested("Word").getDeclaredMethod("items", List.class, float.class, boolean.class, List.class);
    Method set = nested("Word").getDeclaredMethod("set", List.class, float.class, boolean.class, List.class);
    Constructor<?> make = letter.getDeclaredConstructor(int.class, Face.class, float.class);
    items.setAccessible(true);
    set.setAccessible(true);
    make.setAccessible(true);
    // More distinct words than the cache keeps, so that it is cleared again and again meanwhile.
    List<java.util.concurrent.Callable<Void>> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      long seed = t;
      threads.add(() -> {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 10_000; i++) {
          StringBuilder text = new StringBuilder();
          for (int k = 2 + random.nextInt(12); k > 0; k--) {
            text.append((char) ('a' + random.nextInt(random.nextBoolean() ? 26 : 4)));
          }
          List<Object> letters = new ArrayList<>();
          for (char c : text.toString().toCharArray()) {
            letters.add(make.newInstance((int) c, Face.REGULAR, 11f));
          }
          boolean hyphenate = random.nextBoolean();
          float measure = random.nextBoolean() ? 400f : 30f;
          List<Item> fresh = new ArrayList<>();
          set.invoke(null, letters, measure, hyphenate, fresh);
          List<Item> kept = new ArrayList<>();
          items.invoke(null, letters, measure, hyphenate, kept);
          assertEquals(describe(fresh), describe(kept), text + " at " + measure + ", hyphenate " + hyphenate);
        }
        return null;
      });
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (java.util.concurrent.Future<Void> done : pool.invokeAll(threads)) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Class<?> nested(String name) {
    for (Class<?> nested : Typesetter.class.getDeclaredClasses()) {
      if (nested.getSimpleName().equals(name)) {
        return nested;
      }
    }
    throw new AssertionError("no " + name);
  }

  private static List<String> describe(List<Item> items) {
    List<String> described = new ArrayList<>();
    for (Item item : items) {
      described.add(item instanceof Item.Box box
          ? "Box " + box.face() + " " + box.size() + " " + Arrays.toString(box.glyphs()) + " "
              + Arrays.toString(box.kerns()) + " " + box.width() + " " + box.text()
          : item.toString());
    }
    return described;
  }

  @Test
  void aCharacterTheFontLacksIsRefusedEveryTime() throws Exception {
    for (int i = 0; i < 2; i++) {
      clearCaches(false);
      assertThrows(DiagnosticException.class,
          () -> Typesetter.lines(plain("Chief Constable عبد Smith"), 400f, Typesetter.Alignment.JUSTIFIED));
    }
  }

  /** Empties the paragraph cache and, with {@code words}, the word cache. */
  private static void clearCaches(boolean words) throws ReflectiveOperationException {
    cache(Typesetter.class).clear();
    if (words) {
      for (Class<?> nested : Typesetter.class.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Word")) {
          cache(nested).clear();
        }
      }
    }
  }

  private static Map<?, ?> cache(Class<?> owner) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField("SET");
    field.setAccessible(true);
    return (Map<?, ?>) field.get(null);
  }
}
