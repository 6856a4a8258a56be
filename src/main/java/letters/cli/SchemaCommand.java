package letters.cli;

import java.util.concurrent.Callable;
import letters.diagnostic.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code letters schema}: prints the JSON Schema of the record format, from the campaign. */
@Command(name = "schema", description = "Print the JSON Schema of the records, made from the campaign.")
final class SchemaCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  @Mixin SourceOptions sources;

  SchemaCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Result<String> schema = sources.locate(session).open().schema();
    session.report(schema.diagnostics(), common.debug());
    schema.value().ifPresent(session.out()::print);
    session.out().flush();
    return schema.value().isPresent() ? 0 : 1;
  }
}
