package org.bitext.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bitext.align.Context;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.corpus.DropReport;
import org.bitext.corpus.FilterRule;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.bitext.run.JournalRecord.Checkpoint;
import org.bitext.run.JournalRecord.Header;
import org.bitext.run.JournalRecord.PairWritten;
import org.bitext.run.JournalRecord.ProblemMet;
import org.bitext.run.JournalRecord.UnitsDone;
import org.bitext.source.Diagnostic;

/**
 * Journal records as lines of JSON, one object a line with named fields ({@code {"record":"pair","zh":…}}), so a
 * field added to a record cannot shift the others. A line that is not a whole record decodes to nothing: it is
 * where a kill cut the journal short.
 */
final class JournalCodec {
  /** Holds no state of its own: shared by every journal. */
  private static final JsonFactory JSON = new JsonFactory();

  private JournalCodec() {}

  /** The record as one line, newline included. */
  static byte[] encode(JournalRecord record) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(line)) {
      json.writeStartObject();
      if (record instanceof Header header) {
        json.writeStringField("record", "header");
        json.writeNumberField("format", header.format());
        json.writeStringField("run_key", header.runKey());
      } else if (record instanceof PairWritten written) {
        writePair(json, written.pair());
      } else if (record instanceof ProblemMet met) {
        json.writeStringField("record", "problem");
        json.writeStringField("origin", met.problem().origin());
        json.writeStringField("message", met.problem().message());
      } else if (record instanceof UnitsDone done) {
        Checkpoint checkpoint = done.checkpoint();
        json.writeStringField("record", "checkpoint");
        json.writeNumberField("units", checkpoint.units());
        json.writeNumberField("articles", checkpoint.articles());
        json.writeNumberField("filtered_out", checkpoint.filteredOut());
        json.writeNumberField("duplicates", checkpoint.duplicates());
        // Only a report with something in it is written, so older checkpoints read and encode as they did.
        if (!checkpoint.drops().equals(DropReport.NONE)) {
          for (FilterRule rule : FilterRule.values()) {
            json.writeNumberField(dropField(rule), checkpoint.drops().filtered(rule));
          }
        }
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    line.write('\n');
    return line.toByteArray();
  }

  private static void writePair(JsonGenerator json, Pair pair) throws IOException {
    Provenance from = pair.provenance();
    json.writeStringField("record", "pair");
    json.writeStringField("zh", pair.chinese());
    json.writeStringField("en", pair.english());
    json.writeStringField("kind", pair.kind().name());
    json.writeNumberField("score", pair.score());
    json.writeStringField("article", from.article());
    json.writeStringField("origin", from.origin());
    json.writeStringField("section", from.section());
    json.writeStringField("speaker", from.speaker());
    json.writeStringField("source_url", from.sourceUrl());
    json.writeStringField("pattern", from.pattern().name());
    json.writeNumberField("zh_start", from.chineseSource().start());
    json.writeNumberField("zh_end", from.chineseSource().end());
    json.writeNumberField("en_start", from.englishSource().start());
    json.writeNumberField("en_end", from.englishSource().end());
    json.writeStringField("script", from.script().name());
    writeContext(json, pair.context());
  }

  /** The context's fields that hold text: a journal of pairs without context reads and encodes as it did. */
  private static void writeContext(JsonGenerator json, Context context) throws IOException {
    writeUnlessEmpty(json, "zh_before", context.chinese().before());
    writeUnlessEmpty(json, "zh_after", context.chinese().after());
    writeUnlessEmpty(json, "en_before", context.english().before());
    writeUnlessEmpty(json, "en_after", context.english().after());
  }

  private static void writeUnlessEmpty(JsonGenerator json, String name, String value) throws IOException {
    if (!value.isEmpty()) {
      json.writeStringField(name, value);
    }
  }

  private static Context contextOf(Map<String, String> f) {
    return new Context(new Context.Around(f.getOrDefault("zh_before", ""), f.getOrDefault("zh_after", "")),
        new Context.Around(f.getOrDefault("en_before", ""), f.getOrDefault("en_after", "")));
  }

  /** The record a line holds, or empty when it is not a whole, known record. */
  static Optional<JournalRecord> decode(byte[] line) {
    Map<String, String> fields = fieldsOf(line);
    if (fields == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(switch (fields.getOrDefault("record", "")) {
        case "header" -> new Header(Integer.parseInt(field(fields, "format")), field(fields, "run_key"));
        case "pair" -> new PairWritten(pairOf(fields));
        case "problem" -> new ProblemMet(new Diagnostic(field(fields, "origin"), field(fields, "message")));
        case "checkpoint" -> new UnitsDone(new Checkpoint(Long.parseLong(field(fields, "units")),
            Long.parseLong(field(fields, "articles")), Integer.parseInt(field(fields, "filtered_out")),
            Integer.parseInt(field(fields, "duplicates")), dropsOf(fields)));
        default -> throw new IllegalArgumentException("unknown record");
      });
    } catch (RuntimeException damaged) {
      return Optional.empty();
    }
  }

  private static String dropField(FilterRule rule) {
    return "dropped_" + rule.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static DropReport dropsOf(Map<String, String> fields) {
    if (!fields.containsKey(dropField(FilterRule.MIN_SCORE))) {
      return DropReport.NONE;
    }
    Map<FilterRule, Integer> filtered = new java.util.EnumMap<>(FilterRule.class);
    for (FilterRule rule : FilterRule.values()) {
      filtered.put(rule, Integer.parseInt(fields.getOrDefault(dropField(rule), "0")));
    }
    return new DropReport(filtered, Integer.parseInt(field(fields, "duplicates")));
  }

  private static Pair pairOf(Map<String, String> f) {
    Provenance from = new Provenance(field(f, "article"), field(f, "origin"), field(f, "section"),
        field(f, "speaker"), field(f, "source_url"), FindPattern.valueOf(field(f, "pattern")),
        new Span(Integer.parseInt(field(f, "zh_start")), Integer.parseInt(field(f, "zh_end"))),
        new Span(Integer.parseInt(field(f, "en_start")), Integer.parseInt(field(f, "en_end"))),
        ChineseScript.valueOf(field(f, "script")));
    return new Pair(field(f, "zh"), field(f, "en"), PairKind.valueOf(field(f, "kind")),
        Double.parseDouble(field(f, "score")), from, contextOf(f));
  }

  private static String field(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing field " + name);
    }
    return value;
  }

  /** A line's fields as text, or null when it is not one whole JSON object of scalars. */
  private static Map<String, String> fieldsOf(byte[] line) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          return null;
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == null || !value.isScalarValue()) {
          return null;
        }
        fields.put(name, parser.getText());
      }
      return fields;
    } catch (IOException e) {
      return null;
    }
  }
}
