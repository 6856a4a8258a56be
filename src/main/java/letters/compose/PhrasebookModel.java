package letters.compose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import letters.load.Phrasebook;

/**
 * The phrasebook as templates see it, {@code campaign.phrasebook}: plain maps and lists of text.
 * An optional slot the phrasebook leaves out is absent, so templates test it with {@code ??}.
 */
final class PhrasebookModel {
  private PhrasebookModel() {}

  static Map<String, Object> of(Phrasebook phrasebook) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("connectors", Map.of("however", phrasebook.connectors().however(), "limited", phrasebook.connectors().limited()));
    Phrasebook.Included included = phrasebook.included();
    model.put("included", Map.of("plans", included.plans(), "they", included.they(), "verb", included.verb(),
        "also", included.also(), "turn", included.turn()));
    model.put("statuses", phrasebook.statuses().stream().map(PhrasebookModel::status).toList());
    Map<String, Object> elements = new LinkedHashMap<>();
    phrasebook.elements().forEach((id, element) -> {
      Map<String, Object> phrases = new LinkedHashMap<>();
      element.phrases().forEach((status, phrase) -> {
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("item", phrase.item());
        put(words, "then", phrase.then());
        phrases.put(status, words);
      });
      elements.put(id, Map.of("number", element.number().word(), "phrases", phrases));
    });
    model.put("elements", elements);
    return model;
  }

  private static Map<String, Object> status(Phrasebook.Status status) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", status.id());
    model.put("news", status.news().word());
    put(model, "lead", status.lead());
    put(model, "also", status.also());
    put(model, "turn", status.turn());
    put(model, "limited", status.limited());
    put(model, "together", status.together());
    model.put("join", status.join());
    return model;
  }

  private static void put(Map<String, Object> model, String key, Optional<String> value) {
    value.ifPresent(text -> model.put(key, text));
  }
}
