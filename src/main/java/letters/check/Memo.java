package letters.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a rule found in a text, kept so that the same text met again in another letter is not
 * looked at twice: most blocks of a campaign's letters are the same in every combination of
 * findings. Shared between the check's threads. It keeps at most a fixed number of texts, so that
 * a text that differs in every letter (the assessment of a large campaign) does not fill memory:
 * beyond that, new texts are worked out each time.
 */
final class Memo<V> {
  private final int capacity;
  private final Map<String, V> known = new ConcurrentHashMap<>();

  Memo(int capacity) {
    this.capacity = capacity;
  }

  /** What {@code work} gives for {@code text}: kept from before, or worked out now. */
  V get(String text, Function<String, V> work) {
    V value = known.get(text);
    if (value != null) {
      return value;
    }
    value = work.apply(text);
    if (known.size() < capacity) {
      known.putIfAbsent(text, value);
    }
    return value;
  }
}
