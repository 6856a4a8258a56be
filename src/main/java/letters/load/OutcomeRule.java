package letters.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an outcome says of the plan elements' statuses, from the campaign file's {@code
 * outcome_rules}: every element has one of {@code all} (when given), at least one has one of
 * {@code some} (when given), and none has one of {@code none}.
 */
public record OutcomeRule(String outcome, Set<String> all, Set<String> some, Set<String> none) {
  public OutcomeRule {
    Objects.requireNonNull(outcome, "outcome");
    all = Set.copyOf(all);
    some = Set.copyOf(some);
    none = Set.copyOf(none);
  }

  /** Where {@code statuses} (element id to status) break the rule, in words; empty when they fit. */
  public List<String> breaches(Map<String, String> statuses) {
    List<String> breaches = new ArrayList<>();
    statuses.forEach((element, status) -> {
      if (!all.isEmpty() && !all.contains(status)) {
        breaches.add(element + " is " + status + ", not " + String.join(" or ", sorted(all)));
      }
      if (none.contains(status)) {
        breaches.add(element + " is " + status);
      }
    });
    if (!some.isEmpty() && statuses.values().stream().noneMatch(some::contains)) {
      breaches.add("no element is " + String.join(" or ", sorted(some)));
    }
    return breaches;
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
