package dev.nirjas.number;

import dev.nirjas.Analysis;
import dev.nirjas.Layer;
import dev.nirjas.NumberMention;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.Stage;
import dev.nirjas.Token;
import dev.nirjas.sentence.SentenceTokens;
import java.util.List;
import java.util.Set;

/**
 * The stage that finds NUMBER, NUMBER_RANGE, ORDINAL and PERCENT mentions with the
 * {@link BengaliNumberGrammar}, sentence by sentence.
 */
public final class NumberStage implements Stage {
  private final BengaliNumberGrammar grammar = Shared.GRAMMAR;

  /** The grammar is immutable: built once per class loader, shared by every NumberStage. */
  private static final class Shared {
    static final BengaliNumberGrammar GRAMMAR = new BengaliNumberGrammar();
  }

  @Override
  public String name() {
    return "numbers";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.NUMBERS);
  }

  @Override
  public void process(Analysis analysis) {
    BengaliNumberGrammar.Context reader = grammar.reader(); // this document's, sentence after sentence
    SentenceTokens window = new SentenceTokens();
    for (Sentence sentence : analysis.sentences()) {
      List<Token> tokens = window.reset(analysis, sentence);
      List<NumberReading> readings = grammar.read(reader.reset(tokens));
      for (int ri = 0; ri < readings.size(); ri++) {
        NumberReading r = readings.get(ri);
        Span span = new Span(tokens.get(r.first()).start(), tokens.get(r.end() - 1).end());
        analysis.add(new NumberMention(r.type(), span, analysis.surface(span), r.value(), r.upper(),
            r.unit(), r.approx(), r.rule()));
      }
    }
  }
}
