package dev.nirjas.time;

import dev.nirjas.Analysis;
import dev.nirjas.Layer;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.Stage;
import dev.nirjas.TimeMention;
import dev.nirjas.Token;
import dev.nirjas.sentence.SentenceTokens;
import dev.nirjas.time.TimeReading.Anchor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stage that finds DATE, DATE_RANGE, DURATION, SET and TIME mentions with TIMEX3 values.
 *
 * <p>Relative expressions keep their {@code offset} and are resolved where an anchor exists:
 * "এর ২০ বছর আগে", "তার দুই বছর পর", "এর পরের বছর", "পরদিন" against the last date before them in
 * the document (anchor {@code previous}); "গতকাল", "গত বছর", "৩ দিন আগে" against the document's
 * reference date (anchor {@code reference}). The result has the coarser granularity of the anchor
 * and the unit (a decade minus 20 years is a decade). A resolved expression becomes the anchor for
 * the next one.
 */
public final class TimeStage implements Stage {
  private final TimeGrammar grammar = Shared.GRAMMAR;

  /** The grammar is immutable: built once per class loader, shared by every TimeStage. */
  private static final class Shared {
    static final TimeGrammar GRAMMAR = new TimeGrammar();
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NUMBERS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TIMES);
  }

  /** A date is read over the numbers it is written with ("২৫শে", "১৯৭১", "১০-১২"). */
  @Override
  public Set<MentionType> replaces() {
    return Set.of(MentionType.NUMBER, MentionType.NUMBER_RANGE, MentionType.ORDINAL);
  }

  @Override
  public void process(Analysis analysis) {
    LocalDate reference = analysis.document().referenceDate();
    TimexValue previous = null;
    List<Mention> all = analysis.mentions(); // ordered by start: walked once alongside the sentences
    int next = 0;
    List<NumberMention> numbers = new ArrayList<>();
    TimeSentence reading = grammar.sentence(); // this document's, sentence after sentence
    SentenceTokens window = new SentenceTokens();
    for (Sentence sentence : analysis.sentences()) {
      List<Token> tokens = window.reset(analysis, sentence);
      numbers.clear();
      while (next < all.size() && all.get(next).span().start() < sentence.start()) {
        next++;
      }
      for (int k = next; k < all.size() && all.get(k).span().start() < sentence.end(); k++) {
        if (all.get(k) instanceof NumberMention n && n.span().end() <= sentence.end()) {
          numbers.add(n);
        }
      }
      if (tokens.isEmpty()) {
        continue;
      }
      List<TimeReading> readings = grammar.read(reading.reset(tokens, numbers));
      for (int ri = 0; ri < readings.size(); ri++) {
        TimeReading r = readings.get(ri);
        Span span = new Span(tokens.get(r.first()).start(), tokens.get(r.end() - 1).end());
        if (!onlyNumbersUnder(analysis, span)) {
          continue;
        }
        String value = r.value();
        String anchor = null;
        String offset = r.offset();
        if (r.unit() == 'F') { // চলতি অর্থবছরে: the reference date's fiscal year, or one before or after
          value = reference == null ? null : r.fiscalYearFrom(reference);
          anchor = value == null ? null : "reference";
        } else if (r.unit() == 'N') { // গত জুন: resolved against the reference date only
          TimexValue resolved = reference == null ? null : writable(r.shift(TimexValue.of(reference)));
          value = resolved == null ? r.timex().value() : resolved.value();
          if (resolved != null) {
            int months = (resolved.year() - reference.getYear()) * 12 + resolved.month() - reference.getMonthValue();
            offset = (months < 0 ? "-P" : "+P") + Math.abs(months) + "M";
            anchor = "reference";
            previous = resolved;
          }
        } else if (r.timex() != null) {
          if (writable(r.timex()) == null) {
            continue; // an absolute date TIMEX3 cannot write has no value to give
          }
          value = r.timex().value();
          if (r.timex().yearKnown()) {
            previous = r.timex();
          }
        } else if (r.anchor() != Anchor.NONE && !r.vague()) {
          boolean fromPrevious = r.anchor() == Anchor.PREVIOUS
              || r.anchor() == Anchor.PREVIOUS_OR_REFERENCE && previous != null;
          TimexValue base = fromPrevious ? previous : reference == null ? null : TimexValue.of(reference);
          TimexValue resolved = base == null ? null : writable(r.shift(base));
          if (resolved != null) {
            value = resolved.value();
            anchor = fromPrevious ? "previous" : "reference";
            previous = resolved;
          }
        }
        analysis.add(new TimeMention(r.type(), span, analysis.surface(span), value, offset, anchor,
            r.calendar(), r.original(), r.freq(), r.approx(), r.rule()));
      }
    }
  }

  /**
   * The one bound check for every value the stage makes: a point outside the years TIMEX3 writes
   * (9999-12-31 + 1 day) is no value, and a relative expression keeps its offset only.
   */
  private static TimexValue writable(TimexValue t) {
    return t != null && t.writable() ? t : null;
  }

  /** A time mention may take numbers into itself, never money or names. */
  private static boolean onlyNumbersUnder(Analysis analysis, Span span) {
    List<Mention> over = analysis.overlapping(span);
    for (int oi = 0; oi < over.size(); oi++) {
      Mention m = over.get(oi);
      if (!(m instanceof NumberMention)) {
        return false;
      }
    }
    return true;
  }
}
