package letters.cli;

import java.util.concurrent.Callable;
import letters.diagnostic.Result;
import letters.load.Campaign;
import letters.load.RecordSchema;
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
    Result<Campaign> campaign = sources.locate(session).open().campaign();
    session.report(campaign.diagnostics(), common.debug);
    campaign.value().ifPresent(c -> session.out().print(RecordSchema.of(c)));
    session.out().flush();
    return campaign.value().isPresent() ? 0 : 1;
  }
}
