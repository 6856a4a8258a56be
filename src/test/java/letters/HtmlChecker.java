package letters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (the W3C's), run in this process: what it finds wrong with a page, one line
 * a message, warnings as well as errors; nothing when the page is valid. Its schemas are read once
 * and serve every page checked.
 */
final class HtmlChecker implements ErrorHandler {
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private final SimpleDocumentValidator validator;
  private final List<String> messages = new ArrayList<>();

  HtmlChecker() throws Exception {
    // Not letting the checker configure log4j: it would log everything FreeMarker does.
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema(SCHEMA, this);
    validator.setUpValidatorAndParsers(this, false, false);
  }

  /** The messages about {@code page}, one a line. */
  synchronized String check(Path page) throws Exception {
    messages.clear();
    validator.checkHtmlFile(page.toFile(), true);
    return String.join("\n", messages);
  }

  @Override
  public void warning(SAXParseException e) {
    messages.add(line(e, "warning"));
  }

  @Override
  public void error(SAXParseException e) {
    messages.add(line(e, "error"));
  }

  @Override
  public void fatalError(SAXParseException e) {
    messages.add(line(e, "fatal error"));
  }

  private static String line(SAXParseException e, String kind) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + kind + ": " + e.getMessage();
  }
}
