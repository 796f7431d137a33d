package org.bitext.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import org.bitext.align.Pair;
import org.bitext.align.Provenance;

/**
 * Streams pairs as JSON Lines in the Hugging Face translation style:
 * {@code {"translation": {"en": …, "zh": …}, "score": 0.969, "kind": …, "article": …, …}}, one object a line,
 * provenance fields present only when known.
 */
final class JsonlWriter implements PairWriter {
  private final AtomicFile file;
  private final JsonGenerator json;

  JsonlWriter(Path target, TmxSettings settings) throws IOException {
    this.file = new AtomicFile(target);
    this.json = new JsonFactory().createGenerator(file.stream());
    // One object a line: the generator separates root values with this, and adds nothing else.
    json.setRootValueSeparator(null);
  }

  @Override
  public void write(Pair pair) throws IOException {
    write(pair, Map.of());
  }

  /** The pair with further fields, after the usual ones, in the map's order. */
  @Override
  public void write(Pair pair, Map<String, String> properties) throws IOException {
    Provenance from = pair.provenance();
    String english = XmlText.legal(pair.english());
    String chinese = XmlText.legal(pair.chinese());
    json.writeStartObject();
    json.writeObjectFieldStart("translation");
    json.writeStringField("en", english);
    json.writeStringField("zh", chinese);
    json.writeEndObject();
    json.writeNumberField("score", BigDecimal.valueOf(pair.score()).setScale(3, RoundingMode.HALF_UP));
    json.writeStringField("kind", pair.kind().label());
    optional("article", from.article());
    optional("section", from.section());
    optional("speaker", from.speaker());
    optional("source_url", from.sourceUrl());
    json.writeStringField("pattern", from.pattern().label());
    // The same id as the pair's TMX unit.
    json.writeStringField("tuid", UnitId.of(from.article(), english, chinese));
    for (Map.Entry<String, String> extra : properties.entrySet()) {
      optional(extra.getKey(), extra.getValue());
    }
    json.writeEndObject();
    json.flush();
    file.stream().write('\n');
  }

  private void optional(String name, String value) throws IOException {
    if (!value.isEmpty()) {
      json.writeStringField(name, value);
    }
  }

  @Override
  public void commit() throws IOException {
    json.flush();
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
