package dev.nirjas.spark;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.CustomMention;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Mention;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.Sentence;
import dev.nirjas.TimeMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The output contract as a Spark struct: the fields of the JSON (README, "The output contract"),
 * typed. Offsets and indexes are ints, flags booleans, every value a string as the contract writes
 * it (amounts stay exact decimals in text: {@code 4898000000}). A field the JSON leaves out is null
 * here (a flag false); an event's roles map to arrays of arguments (one element for most roles); a
 * plug-in mention's own fields are in {@code attributes}. A record that could not be processed has
 * its {@code error} and null lists.
 */
public final class AnnotationRows {
  private AnnotationRows() {}

  private static final StructType SENTENCE = new StructType(new StructField[] {
    field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
    field("text", DataTypes.StringType), field("heading", DataTypes.BooleanType)});

  private static final StructType MENTION = new StructType(new StructField[] {
    field("type", DataTypes.StringType), field("start", DataTypes.IntegerType),
    field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
    field("value", DataTypes.StringType), field("approx", DataTypes.BooleanType),
    field("amount", DataTypes.StringType), field("currency", DataTypes.StringType),
    field("max", DataTypes.StringType), field("per", DataTypes.StringType),
    field("note", DataTypes.StringType), field("offset", DataTypes.StringType),
    field("anchor", DataTypes.StringType), field("calendar", DataTypes.StringType),
    field("original", DataTypes.StringType), field("code", DataTypes.StringType),
    field("case", DataTypes.StringType), field("title", DataTypes.StringType),
    field("affiliation", DataTypes.StringType),
    field("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))});

  private static final StructType ARGUMENT = new StructType(new StructField[] {
    field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
    field("text", DataTypes.StringType), field("value", DataTypes.StringType),
    field("code", DataTypes.StringType), field("title", DataTypes.StringType),
    field("affiliation", DataTypes.StringType), field("resolved", DataTypes.StringType)});

  private static final StructType EVENT = new StructType(new StructField[] {
    field("type", DataTypes.StringType), field("start", DataTypes.IntegerType),
    field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
    field("sentence", DataTypes.IntegerType), field("cameo", DataTypes.StringType),
    field("negated", DataTypes.BooleanType), field("modality", DataTypes.StringType),
    field("arguments", DataTypes.createMapType(DataTypes.StringType, array(ARGUMENT)))});

  /**
   * The struct of one document: {@code id}, {@code sentences}, {@code mentions}, {@code events},
   * {@code error}.
   */
  public static final StructType SCHEMA = new StructType(new StructField[] {
    field("id", DataTypes.StringType), field("sentences", array(SENTENCE)),
    field("mentions", array(MENTION)), field("events", array(EVENT)), field("error", DataTypes.StringType)});

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, true);
  }

  /**
   * The row of an annotated document.
   *
   * @param a the annotation
   * @param sentenceText whether sentences carry their text (else null, as with {@code --no-sentences})
   * @return a row of {@link #SCHEMA}
   */
  public static Row of(Annotation a, boolean sentenceText) {
    List<Row> sentences = new ArrayList<>(a.sentences().size());
    for (Sentence s : a.sentences()) {
      sentences.add(RowFactory.create(s.start(), s.end(), sentenceText ? s.text() : null,
          s.heading()));
    }
    List<Row> mentions = new ArrayList<>(a.mentions().size());
    for (Mention m : a.mentions()) {
      mentions.add(mention(m));
    }
    List<Row> events = new ArrayList<>(a.events().size());
    for (Event e : a.events()) {
      events.add(event(e));
    }
    return RowFactory.create(a.document().id(), seq(sentences), seq(mentions), seq(events), null);
  }

  /**
   * The row of a record that could not be processed.
   *
   * @param id its id, if known
   * @param message what was wrong
   * @return a row of {@link #SCHEMA} with only {@code id} and {@code error}
   */
  public static Row error(String id, String message) {
    return RowFactory.create(id, null, null, null, message);
  }

  private static Row mention(Mention m) {
    String amount = null;
    String currency = null;
    String max = null;
    String per = null;
    String note = null;
    String offset = null;
    String anchor = null;
    String calendar = null;
    String original = null;
    String code = null;
    String grammaticalCase = null;
    String title = null;
    String affiliation = null;
    Map<String, String> attributes = null;
    if (m instanceof MoneyMention money) {
      amount = NumberMention.plain(money.amount());
      currency = money.currencyCode();
      max = money.upper() == null ? null : NumberMention.plain(money.upper());
      per = money.per();
      note = money.note();
    } else if (m instanceof TimeMention t) {
      offset = t.offset();
      anchor = t.anchor();
      calendar = t.calendar();
      original = t.original();
    } else if (m instanceof EntityMention e) {
      code = e.code();
      grammaticalCase = e.grammaticalCase() == GrammaticalCase.NOMINATIVE ? null
          : e.grammaticalCase().name().toLowerCase(Locale.ROOT);
      title = e.title();
      affiliation = e.affiliation();
    } else if (m instanceof CustomMention c) {
      attributes = new LinkedHashMap<>(c.attributes());
    }
    return RowFactory.create(m.typeName(), m.start(), m.end(), m.text(), m.value(), m.approx(), amount,
        currency, max, per, note, offset, anchor, calendar, original, code, grammaticalCase, title,
        affiliation, attributes == null ? null : CollectionConverters.asScala(attributes));
  }

  private static Row event(Event e) {
    Map<String, scala.collection.Seq<Row>> arguments = new LinkedHashMap<>();
    for (Map.Entry<String, List<Argument>> role : e.arguments().entrySet()) {
      List<Row> args = new ArrayList<>(role.getValue().size());
      for (Argument arg : role.getValue()) {
        args.add(RowFactory.create(arg.span().start(), arg.span().end(), arg.text(), arg.value(), arg.code(),
            arg.title(), arg.affiliation(), arg.resolved()));
      }
      arguments.put(role.getKey(), seq(args));
    }
    return RowFactory.create(e.type(), e.trigger().start(), e.trigger().end(), e.text(), e.sentence(),
        e.cameo(), e.negated(), e.modality(), CollectionConverters.asScala(arguments));
  }

  /** A row's external type for an array is a Scala sequence (a Java list fails the encoder). */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list);
  }
}
