package letters.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Breaks a paragraph into lines by total fit, as Knuth and Plass did for TeX: of every way to
 * break it, the one whose lines are most evenly spaced, with hyphens and their costs weighed
 * against loose lines, consecutive hyphens and a hyphenated penultimate line. Like TeX it tries
 * first without hyphenation and a tight tolerance, then with hyphenation, then, only if neither
 * finds lines within the stretch limit, anything at all (breaking inside a word too long for the
 * line). Ragged text is broken first-fit.
 */
final class LineBreaker {
  /**
   * The most a justified line's word spaces stretch, as a share of their stretchability (half a
   * space, so a space grows to at most 1.75 times its natural width). A line that would need more
   * is set ragged, at natural spacing, rather than gappy.
   */
  static final double STRETCH_LIMIT = 1.5;

  private static final double FIRST_PASS = 1.0;
  private static final double LINE_PENALTY = 10;
  private static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
  private static final double FINAL_HYPHEN_DEMERITS = 5_000;
  private static final double ADJACENT_DEMERITS = 10_000;

  /** A break: the index of the item broken at, and how much the line's spaces stretch (or shrink). */
  record Break(int position, double ratio) {}

  private enum Pass {
    FIRST(FIRST_PASS, false, false),
    SECOND(STRETCH_LIMIT, true, false),
    EMERGENCY(Double.POSITIVE_INFINITY, true, true);

    final double tolerance;
    final boolean hyphenate;
    final boolean emergency;

    Pass(double tolerance, boolean hyphenate, boolean emergency) {
      this.tolerance = tolerance;
      this.hyphenate = hyphenate;
      this.emergency = emergency;
    }
  }

  private final List<Item> items;
  private final double measure;
  private final double[] width;
  private final double[] stretch;
  private final double[] shrink;
  private final int[] fills;

  private LineBreaker(List<Item> items, double measure) {
    this.items = items;
    this.measure = measure;
    int n = items.size();
    width = new double[n + 1];
    stretch = new double[n + 1];
    shrink = new double[n + 1];
    fills = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      width[i + 1] = width[i] + (item instanceof Item.Penalty ? 0 : item.width());
      stretch[i + 1] = stretch[i] + (item instanceof Item.Glue glue ? glue.stretch() : 0);
      shrink[i + 1] = shrink[i] + (item instanceof Item.Glue glue ? glue.shrink() : 0);
      fills[i + 1] = fills[i] + (item instanceof Item.Glue glue && glue.fill() ? 1 : 0);
    }
  }

  /** The best breaks of {@code items} (which end with a forced break) into lines {@code measure} wide. */
  static List<Break> justified(List<Item> items, double measure) {
    LineBreaker breaker = new LineBreaker(items, measure);
    for (Pass pass : Pass.values()) {
      List<Break> breaks = breaker.optimum(pass);
      if (breaks != null) {
        return breaks;
      }
    }
    throw new IllegalStateException("the emergency pass always finds breaks");
  }

  /**
   * The best breaks without hyphenation within the tight first tolerance, or null when there are
   * none: most paragraphs need no more, and so need no hyphenation points looked up at all.
   */
  static List<Break> withoutHyphenation(List<Item> items, double measure) {
    return new LineBreaker(items, measure).optimum(Pass.FIRST);
  }

  /** A node of the search: a break and the best way found to reach it. */
  private record Node(int position, int start, int line, int fitness, double demerits, double ratio, Node previous) {}

  private List<Break> optimum(Pass pass) {
    List<Node> active = new ArrayList<>();
    active.add(new Node(-1, 0, 0, 1, 0, 0, null));
    for (int b = 0; b < items.size(); b++) {
      if (!legal(b, pass)) {
        continue;
      }
      consider(b, pass, active);
      if (active.isEmpty()) {
        return null;
      }
    }
    Node best = null;
    for (Node node : active) {
      if (node.position() == items.size() - 1 && (best == null || node.demerits() < best.demerits())) {
        best = node;
      }
    }
    return best == null ? null : breaks(best);
  }

  private boolean legal(int b, Pass pass) {
    Item item = items.get(b);
    if (item instanceof Item.Glue) {
      return b > 0 && items.get(b - 1) instanceof Item.Box;
    }
    if (item instanceof Item.Penalty penalty) {
      return penalty.cost() < Item.INFINITE
          && (pass.hyphenate || penalty.kind() != Item.Penalty.Kind.HYPHENATION)
          && (pass.emergency || penalty.kind() != Item.Penalty.Kind.EMERGENCY);
    }
    return false;
  }

  /** Tries a break at {@code b} after every active node, keeping the best per fitness class. */
  private void consider(int b, Pass pass, List<Node> active) {
    Item.Penalty penalty = items.get(b) instanceof Item.Penalty p ? p : null;
    boolean forced = penalty != null && penalty.cost() <= -Item.INFINITE;
    Node[] best = new Node[4];
    Node[] from = new Node[4];
    for (int i = 0; i < active.size(); i++) {
      Node a = active.get(i);
      double ratio = ratio(a, b, penalty);
      boolean overfull = ratio < -1;
      if (overfull || forced) {
        active.remove(i--);
      }
      if ((overfull && !pass.emergency) || ratio > pass.tolerance) {
        continue;
      }
      int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
      double demerits = a.demerits() + demerits(a, b, penalty, ratio, fitness, forced);
      if (best[fitness] == null || demerits < best[fitness].demerits()) {
        best[fitness] = new Node(b, start(b), a.line() + 1, fitness, demerits, ratio, a);
        from[fitness] = a;
      }
    }
    double least = Double.POSITIVE_INFINITY;
    for (Node node : best) {
      if (node != null) {
        least = Math.min(least, node.demerits());
      }
    }
    for (Node node : best) {
      if (node != null && node.demerits() <= least + ADJACENT_DEMERITS) {
        active.add(node);
      }
    }
  }

  /** How much the spaces of the line from {@code a} to a break at {@code b} must stretch (+) or shrink (−). */
  private double ratio(Node a, int b, Item.Penalty penalty) {
    double natural = width[b] - width[a.start()] + (penalty != null && penalty.hyphen() ? penalty.width() : 0);
    boolean fill = fills[b] - fills[a.start()] > 0;
    if (natural <= measure && fill) {
      // The last line of a paragraph, or before a forced break: set at natural spacing.
      return 0;
    }
    if (natural < measure) {
      double room = stretch[b] - stretch[a.start()];
      return room > 0 ? (measure - natural) / room : Double.POSITIVE_INFINITY;
    }
    if (natural > measure) {
      double give = shrink[b] - shrink[a.start()];
      return give > 0 && !fill ? (measure - natural) / give : Double.NEGATIVE_INFINITY;
    }
    return 0;
  }

  private double demerits(Node a, int b, Item.Penalty penalty, double ratio, int fitness, boolean forced) {
    // An overfull line (only the emergency pass has one) is the last resort, however little it is over.
    double badness = ratio < -1 || Double.isInfinite(ratio) ? 1e7 : Math.min(100 * Math.pow(Math.abs(ratio), 3), 1e7);
    double demerits = Math.pow(LINE_PENALTY + badness, 2);
    if (penalty != null && !forced) {
      demerits += penalty.cost() >= 0 ? Math.pow(penalty.cost(), 2) : -Math.pow(penalty.cost(), 2);
    }
    boolean flaggedBefore = a.position() >= 0 && items.get(a.position()) instanceof Item.Penalty p && p.flagged();
    if (flaggedBefore && penalty != null && penalty.flagged()) {
      demerits += DOUBLE_HYPHEN_DEMERITS;
    }
    if (flaggedBefore && forced && b == items.size() - 1) {
      demerits += FINAL_HYPHEN_DEMERITS;
    }
    if (Math.abs(fitness - a.fitness()) > 1) {
      demerits += ADJACENT_DEMERITS;
    }
    return demerits;
  }

  /**
   * Where the line after a break at {@code b} starts: past the spaces, kerns and penalties that
   * vanish at a break, but not past a forced break (two in a row make an empty line).
   */
  private int start(int b) {
    int s = b + 1;
    while (s < items.size() && !(items.get(s) instanceof Item.Box)
        && !(items.get(s) instanceof Item.Penalty p && p.cost() <= -Item.INFINITE)) {
      s++;
    }
    return s;
  }

  private static List<Break> breaks(Node last) {
    List<Break> breaks = new ArrayList<>();
    for (Node node = last; node.previous() != null; node = node.previous()) {
      breaks.add(new Break(node.position(), node.ratio()));
    }
    Collections.reverse(breaks);
    return breaks;
  }

  /** First-fit breaks for ragged text: each line takes as many words as fit, at natural spacing. */
  static List<Break> ragged(List<Item> items, double measure) {
    LineBreaker breaker = new LineBreaker(items, measure);
    List<Break> breaks = new ArrayList<>();
    int start = 0;
    int fitting = -1;
    int emergency = -1;
    for (int b = 0; b < items.size(); b++) {
      Item item = items.get(b);
      boolean forced = item instanceof Item.Penalty p && p.cost() <= -Item.INFINITE;
      boolean ordinary = forced || breaker.legal(b, Pass.FIRST);
      boolean urgent = !ordinary && breaker.legal(b, Pass.EMERGENCY);
      if (!ordinary && !urgent) {
        continue;
      }
      double natural = breaker.width[b] - breaker.width[start];
      if (natural > measure && (fitting >= 0 || emergency >= 0)) {
        int at = fitting >= 0 ? fitting : emergency;
        breaks.add(new Break(at, 0));
        start = breaker.start(at);
        fitting = -1;
        emergency = -1;
        b = at;
        continue;
      }
      if (forced) {
        breaks.add(new Break(b, 0));
        start = breaker.start(b);
        fitting = -1;
        emergency = -1;
      } else if (ordinary) {
        fitting = b;
      } else {
        emergency = b;
      }
    }
    return breaks;
  }
}
