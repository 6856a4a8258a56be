package letters.compose;

import freemarker.core.TemplateElement;
import freemarker.template.Template;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the entry template's own {@code #include}s cannot read what varies between the letters
 * they are asked for ({@link Varies}), found from the parsed templates as FreeMarker holds them:
 * such an include writes the same text for all those letters, so it need run once for them all.
 *
 * <p>The reading is cautious and leans one way: a name counts as read wherever it stands in an
 * expression (string literals included); a variable is taken to vary when any assignment of it, the
 * conditions it stands under, the file it imports or the function or macro it names reads what
 * varies or such a variable; any special variable ({@code .vars}, {@code .now} …) counts as reading
 * what varies. An include qualifies when nothing it runs (its file and every file that includes, at
 * any depth) reads what varies or such a variable, and it assigns, imports and defines nothing, so
 * that running it or not leaves every other part of the letter as it was. Anything this reading
 * cannot follow (an include or import whose name is not a plain string, {@code #attempt},
 * {@code #break}, {@code #setting}, a directive it does not know) leaves no include qualified.
 */
@SuppressWarnings("deprecation") // The element tree is FreeMarker's only view of a parsed template.
final class FixedIncludes {
  /** Elements whose effect on what runs after them this reading follows. */
  private static final Set<String> KNOWN = Set.of("MixedContent", "TextBlock", "Comment", "DollarVariable",
      "NumericalOutput", "ConditionalBlock", "IfBlock", "IteratorBlock", "ListElseContainer", "ElseOfList", "Items",
      "Sep", "AssignmentInstruction", "Assignment", "BlockAssignment", "LibraryLoad", "Include", "Macro",
      "ReturnInstruction", "StopInstruction", "UnifiedCall", "BodyInstruction", "CompressedBlock",
      "OutputFormatBlock", "AutoEscBlock", "NoAutoEscBlock", "EscapeBlock", "NoEscapeBlock", "TrimInstruction",
      "FlushInstruction",
      // What the composer puts at the start of every loop body and macro to stop a run that takes too long.
      "ThreadInterruptionSupportTemplatePostProcessor$ThreadInterruptionCheck");

  /** Not after a '.' naming a key: a name after a range's {@code ..} ({@code 1..record.x}) is read. */
  private static final String AFTER_NO_KEY_DOT = "(?<!(?<!\\.)\\.)";

  /** A name read: an identifier not after '.' or '?' (which name a key or a built-in). */
  private static final Pattern READ =
      Pattern.compile("(?<![\\p{L}\\p{N}_$@?\\\\])" + AFTER_NO_KEY_DOT + "(?<![.?]\\s)[\\p{L}_$][\\p{L}\\p{N}_$@]*");

  /**
   * What the letters an include's text is kept for differ in, and the names of the model ({@link
   * TemplateModel}) that read it.
   */
  enum Varies {
    /**
     * Their records' findings, for letters of records alike but for them: {@code record} read as a
     * whole ({@code record}, {@code record[…]}, {@code record?…}) or for its findings.
     */
    FINDINGS("(?<![\\p{L}\\p{N}_$@?])" + AFTER_NO_KEY_DOT + "record(?![\\p{L}\\p{N}_$@])(?!\\s*\\.\\s*(?!findings(?![\\p{L}\\p{N}_$@]))[\\p{L}_$])"),
    /**
     * Their records, for any letters of one campaign: {@code record} and the {@code signatory}
     * its sign-off names, read in any way ({@code campaign} and {@code sender} are the campaign's).
     */
    RECORD("(?<![\\p{L}\\p{N}_$@?])" + AFTER_NO_KEY_DOT + "(?:record|signatory)(?![\\p{L}\\p{N}_$@])");

    private final Pattern reads;

    Varies(String reads) {
      this.reads = Pattern.compile(reads);
    }

    /** Whether the element written as {@code description} reads what varies, directly. */
    boolean readBy(String description) {
      return reads.matcher(description).find() || special(description);
    }
  }

  /** A string literal, which may hold any word; and an assignment's namespace clause, outside them. */
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  private static final Pattern NAMESPACED = Pattern.compile("\\sin\\s+[\\p{L}_$]");

  private static final Pattern CALLED = Pattern.compile("@([\\p{L}_$][\\p{L}\\p{N}_$@]*)");
  private static final Pattern INCLUDE = Pattern.compile("#include \"([^\"$\\\\]*)\"");
  private static final Pattern IMPORT = Pattern.compile("#import \"([^\"$\\\\]*)\" as ([\\p{L}_$][\\p{L}\\p{N}_$@]*)");
  private static final Pattern BOUND = Pattern.compile("^(?:#(assign|global|local) )?([\\p{L}_$][\\p{L}\\p{N}_$@]*)");
  private static final Pattern DEFINED = Pattern.compile("^#(?:macro|function) ([\\p{L}_$][\\p{L}\\p{N}_$@]*)");

  /** How templates are named from one another and found by name, as FreeMarker does both. */
  interface Templates {
    /** The template {@code name}, or none when it cannot be read or parsed. */
    Optional<Template> get(String name);

    /** The name {@code name} stands for when template {@code from} includes or imports it. */
    Optional<String> resolve(String from, String name);
  }

  /** A variable given a value: its name, the names that value may depend on, and whether it reads what varies. */
  private record Binding(String name, Set<String> reads, boolean varies) {}

  /** One element as run: where it stands (the names its conditions read, and whether they vary) and what it reads itself. */
  private record Context(Set<String> reads, boolean varies, boolean inMacro) {
    Context under(Set<String> more, boolean moreVaries, boolean macro) {
      Set<String> all = new HashSet<>(reads);
      all.addAll(more);
      return new Context(all, varies || moreVaries, inMacro || macro);
    }
  }

  private final Templates templates;
  private final Varies varies;
  private final List<Binding> bindings = new ArrayList<>();
  private final Deque<String> including = new ArrayDeque<>();
  private boolean lost;

  private FixedIncludes(Templates templates, Varies varies) {
    this.templates = templates;
    this.varies = varies;
  }

  /**
   * The top-level {@code #include} elements of {@code entry} that cannot read what {@code varies};
   * none when the templates do something this reading does not follow. {@code reserved} is a name
   * the caller gives the data model: any template that uses it leaves none qualified either.
   */
  static Set<TemplateElement> of(Template entry, Templates templates, Varies varies, String reserved) {
    FixedIncludes reading = new FixedIncludes(templates, varies);
    TemplateElement root = entry.getRootTreeNode();
    reading.walk(root, entry.getName(), new Context(Set.of(), false, false));
    Set<String> tainted = reading.tainted();
    if (reading.lost || tainted.contains(reserved) || reading.names().contains(reserved)) {
      return Set.of();
    }
    Set<TemplateElement> fixed = new HashSet<>();
    if (!root.getNodeName().equals("MixedContent")) {
      return fixed;
    }
    for (int i = 0; i < root.getChildCount(); i++) {
      TemplateElement child = (TemplateElement) root.getChildAt(i);
      if (child.getNodeName().equals("Include") && reading.fixed(child, entry.getName(), tainted)) {
        fixed.add(child);
      }
    }
    return fixed;
  }

  /** Whether the include {@code element} of template {@code from} reads nothing that varies and binds nothing. */
  private boolean fixed(TemplateElement element, String from, Set<String> tainted) {
    FixedIncludes inside = new FixedIncludes(templates, varies);
    inside.walk(element, from, new Context(Set.of(), false, false));
    return !inside.lost && inside.bindings.isEmpty() && !inside.readsVarying && inside.reads.stream().noneMatch(tainted::contains);
  }

  // What one walk saw, for the include it was asked of.
  private final Set<String> reads = new HashSet<>();
  private boolean readsVarying;

  private Set<String> names() {
    Set<String> all = new HashSet<>(reads);
    bindings.forEach(binding -> all.add(binding.name()));
    return all;
  }

  /** The variables that may hold what varies, or what it decides, by assignment after assignment. */
  private Set<String> tainted() {
    Set<String> tainted = new HashSet<>();
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Binding binding : bindings) {
        if (!tainted.contains(binding.name())
            && (binding.varies() || binding.reads().stream().anyMatch(tainted::contains))) {
          tainted.add(binding.name());
          grew = true;
        }
      }
    }
    return tainted;
  }

  private void walk(TemplateElement element, String template, Context context) {
    String kind = element.getNodeName();
    if (!KNOWN.contains(kind) || kind.equals("ReturnInstruction") && !context.inMacro()) {
      lost = true;
      return;
    }
    if (kind.equals("TextBlock") || kind.equals("Comment")) {
      return;
    }
    String description = element.getDescription();
    if (kind.contains("Assignment") && NAMESPACED.matcher(STRING.matcher(description).replaceAll("\"\"")).find()) {
      // A value put into an imported library's namespace (`<#assign x = … in lib>`) changes what
      // the library gives everywhere: not followed.
      lost = true;
      return;
    }
    // A file's name is a plain string (or the element is not followed) and its namespace is bound, not read.
    boolean named = kind.equals("Include") || kind.equals("LibraryLoad") || kind.equals("MixedContent");
    Set<String> own = named ? Set.of() : reads(description);
    boolean ownVaries = varies.readBy(description);
    reads.addAll(own);
    readsVarying |= ownVaries;
    Context here = context.under(own, ownVaries, false);
    switch (kind) {
      case "Include" -> follow(INCLUDE, description, template, here, false);
      case "LibraryLoad" -> follow(IMPORT, description, template, here, true);
      case "Assignment" -> bind(description, here, context.inMacro());
      case "BlockAssignment", "Macro" -> {
        Matcher defined = DEFINED.matcher(description);
        Matcher bound = BOUND.matcher(description);
        FixedIncludes body = new FixedIncludes(templates, varies);
        Context inner = here.under(Set.of(), false, kind.equals("Macro"));
        for (int i = 0; i < element.getChildCount(); i++) {
          body.walk((TemplateElement) element.getChildAt(i), template, inner);
        }
        lost |= body.lost;
        bindings.addAll(body.bindings);
        reads.addAll(body.reads);
        readsVarying |= body.readsVarying;
        Set<String> all = new HashSet<>(here.reads());
        all.addAll(body.reads);
        String name = defined.find() ? defined.group(1) : bound.find() ? bound.group(2) : null;
        if (name == null) {
          lost = true;
        } else {
          bindings.add(new Binding(name, all, here.varies() || body.readsVarying || context.inMacro()));
        }
        return;
      }
      default -> { }
    }
    for (int i = 0; i < element.getChildCount(); i++) {
      walk((TemplateElement) element.getChildAt(i), template, here);
    }
  }

  /** An assignment: global unless it says {@code #local}, which only a macro or function's body may. */
  private void bind(String description, Context here, boolean inMacro) {
    Matcher bound = BOUND.matcher(description);
    if (!bound.find()) {
      lost = true;
      return;
    }
    if ("local".equals(bound.group(1))) {
      return;
    }
    bindings.add(new Binding(bound.group(2), here.reads(), here.varies() || inMacro));
  }

  /** The file an include or import names, walked where it stands; an import binds its namespace. */
  private void follow(Pattern directive, String description, String template, Context here, boolean imports) {
    Matcher named = directive.matcher(description);
    Optional<String> name = named.matches() ? templates.resolve(template, named.group(1)) : Optional.empty();
    Optional<Template> target = name.filter(n -> !including.contains(n)).flatMap(templates::get);
    if (target.isEmpty()) {
      lost = true;
      return;
    }
    FixedIncludes inside = imports ? new FixedIncludes(templates, varies) : this;
    if (imports) {
      inside.including.addAll(including);
    }
    inside.including.push(name.get());
    inside.walk(target.get().getRootTreeNode(), name.get(), imports ? new Context(here.reads(), here.varies(), false) : here);
    inside.including.pop();
    if (imports) {
      lost |= inside.lost;
      bindings.addAll(inside.bindings);
      Set<String> all = new HashSet<>(here.reads());
      all.addAll(inside.reads);
      inside.bindings.forEach(binding -> all.add(binding.name()));
      bindings.add(new Binding(named.group(2), all, here.varies() || inside.readsVarying));
      reads.addAll(inside.reads);
      readsVarying |= inside.readsVarying;
    }
  }

  /**
   * Whether {@code description} uses a special variable ({@code .vars}, {@code .now} …): a dot
   * followed by a name, not straight after a value's end (a name, a digit, a closing bracket), as
   * a key is, nor after another dot, as in a range. Descriptions are FreeMarker's canonical form,
   * which writes a key's dot with nothing around it.
   */
  static boolean special(String description) {
    for (int at = description.indexOf('.'); at >= 0; at = description.indexOf('.', at + 1)) {
      char previous = at == 0 ? ' ' : description.charAt(at - 1);
      boolean afterValue = Character.isLetterOrDigit(previous) || "_$@)].".indexOf(previous) >= 0;
      char next = at + 1 < description.length() ? description.charAt(at + 1) : ' ';
      if (!afterValue && (Character.isLetter(next) || next == '_')) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> reads(String description) {
    Set<String> names = new HashSet<>();
    // A call of a macro or directive, "@name" or "@namespace.name": the name is read.
    Matcher called = CALLED.matcher(description);
    if (called.lookingAt()) {
      names.add(called.group(1));
    }
    Matcher read = READ.matcher(description);
    while (read.find()) {
      names.add(read.group());
    }
    return names;
  }

  /** Finds and names templates through {@code configuration}; an unreadable or broken one is none. */
  static Templates through(freemarker.template.Configuration configuration) {
    return new Templates() {
      @Override
      public Optional<Template> get(String name) {
        try {
          return Optional.of(configuration.getTemplate(name));
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }

      @Override
      public Optional<String> resolve(String from, String name) {
        var format = configuration.getTemplateNameFormat();
        try {
          return Optional.of(freemarker.cache._CacheAPI.normalizeRootBasedName(format,
              freemarker.cache._CacheAPI.toRootBasedName(format, from, name)));
        } catch (freemarker.template.MalformedTemplateNameException | RuntimeException e) {
          return Optional.empty();
        }
      }
    };
  }
}
