package letters.compose;

import freemarker.core.TemplateElement;
import freemarker.template.Template;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import letters.diagnostic.Diagnostic;

/**
 * Finds a template's use of {@code ?eval} or {@code ?interpret}, which run a string as template
 * code. The only strings a template has are the records' names and notes, which are printed and
 * never run, so any use is refused.
 *
 * <p>The search is made on the parsed template, not on its text: every element's own part (a
 * directive with its expressions, an interpolation) as FreeMarker describes it, in which comments
 * are gone and built-ins are written {@code ?name}, so that {@code ?<#-- -->eval} or a built-in
 * split over lines is found like any other. Fixed text and comments are not code and are skipped.
 */
@SuppressWarnings("deprecation") // The element tree is FreeMarker's only view of a parsed template.
final class TextAsCode {
  private static final Pattern BUILT_IN = Pattern.compile("\\?(eval|interpret)\\b");

  // Where in the element's own source the built-in stands, comments and spaces allowed after '?'.
  private static final Pattern IN_SOURCE =
      Pattern.compile("\\?(?:\\s|<#--.*?-->|\\[#--.*?--])*(eval|interpret)\\b", Pattern.DOTALL);

  private TextAsCode() {}

  /** The first use in {@code template}, as a problem at its line and column; empty when none. */
  static Optional<Diagnostic> find(Template template, java.nio.file.Path file) {
    return find(root(template), file);
  }

  private static TemplateElement root(Template template) {
    return template.getRootTreeNode();
  }

  private static Optional<Diagnostic> find(TemplateElement element, java.nio.file.Path file) {
    String kind = element.getNodeName();
    if (!kind.equals("TextBlock") && !kind.equals("Comment")) {
      Matcher use = BUILT_IN.matcher(element.getDescription());
      if (use.find()) {
        return Optional.of(refused(element, use.group(1), file));
      }
    }
    for (int i = 0; i < element.getChildCount(); i++) {
      Optional<Diagnostic> found = find((TemplateElement) element.getChildAt(i), file);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The problem, at the built-in's own place when the element's source shows it, else at the element. */
  private static Diagnostic refused(TemplateElement element, String builtIn, java.nio.file.Path file) {
    int line = element.getBeginLine();
    int column = element.getBeginColumn();
    String source = element.getSource();
    Matcher at = IN_SOURCE.matcher(source == null ? "" : source);
    if (at.find()) {
      String before = source.substring(0, at.start());
      int breaks = (int) before.chars().filter(c -> c == '\n').count();
      line += breaks;
      column = breaks == 0 ? column + at.start() : at.start() - before.lastIndexOf('\n');
    }
    return Diagnostic.error(file, line, column,
        "?" + builtIn + " is not allowed: it would run text (such as a record's names and notes) as template code");
  }
}
