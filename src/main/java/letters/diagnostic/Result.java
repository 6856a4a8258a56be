package letters.diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a step produced and what it found wrong. {@code value} is empty when nothing usable came of
 * it; {@code diagnostics} holds every problem, errors and warnings, in the order found.
 */
public record Result<T>(Optional<T> value, List<Diagnostic> diagnostics) {
  public Result {
    Objects.requireNonNull(value, "value");
    diagnostics = List.copyOf(diagnostics);
  }

  public static <T> Result<T> of(T value, List<Diagnostic> diagnostics) {
    return new Result<>(Optional.of(value), diagnostics);
  }

  public static <T> Result<T> failed(List<Diagnostic> diagnostics) {
    return new Result<>(Optional.empty(), diagnostics);
  }

  public static <T> Result<T> failed(Diagnostic diagnostic) {
    return new Result<>(Optional.empty(), List.of(diagnostic));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
