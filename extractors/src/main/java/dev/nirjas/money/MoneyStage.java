package dev.nirjas.money;

import dev.nirjas.Analysis;
import dev.nirjas.Layer;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.Stage;
import dev.nirjas.Token;
import dev.nirjas.text.TextNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stage that finds MONEY mentions: amounts of money with their ISO 4217 currency, read by the
 * {@link MoneyGrammar} from the NUMBER and NUMBER_RANGE mentions the number stage left and the
 * currency words and signs around them. A money mention takes the number mentions inside it.
 *
 * <p>Bare টাকা (and টাঃ, পয়সা) is the document's default currency: the document's own
 * {@link dev.nirjas.Document#defaultCurrency()}, else the stage's (the Bangladeshi taka unless the
 * stage is built with another, as for West Bengal text, where টাকা is the Indian rupee). A named
 * currency (বাংলাদেশী টাকা, ৳, ডলার) is always itself.
 *
 * <p>The lexicons are read and compiled once, in the constructor; the stage is immutable and
 * thread-safe. A mention that would overlap a mention of another kind than NUMBER or NUMBER_RANGE,
 * or a number reaching outside it, is not added.
 */
public final class MoneyStage implements Stage {
  private final String defaultCurrency;
  private final MoneyGrammar grammar;

  /**
   * A stage whose documents are Bangladeshi unless they say otherwise: bare টাকা is BDT, or the
   * document's own {@link dev.nirjas.Document#defaultCurrency()}.
   */
  public MoneyStage() {
    this("BDT");
  }

  /**
   * A stage whose documents read bare টাকা as {@code defaultTakaCurrency}, unless a document names
   * its own {@link dev.nirjas.Document#defaultCurrency()}.
   *
   * @param defaultTakaCurrency an ISO 4217 code ICU knows: {@code "BDT"}, or {@code "INR"} for text
   *     from West Bengal
   * @throws IllegalArgumentException if the code is not a currency code ICU knows
   */
  public MoneyStage(String defaultTakaCurrency) {
    Objects.requireNonNull(defaultTakaCurrency, "defaultTakaCurrency");
    if (!defaultTakaCurrency.matches("[A-Z]{3}") || !CldrCurrencies.known(defaultTakaCurrency)) {
      throw new IllegalArgumentException("not an ISO 4217 currency code: " + defaultTakaCurrency);
    }
    this.defaultCurrency = defaultTakaCurrency;
    this.grammar = Shared.GRAMMAR;
  }

  /**
   * The grammar does not depend on the default currency and is immutable: built once per class
   * loader, shared by every MoneyStage, so a second pipeline costs no lexicon loading.
   */
  private static final class Shared {
    static final MoneyGrammar GRAMMAR = build();

    private static MoneyGrammar build() {
      TextNormalizer normalizer = TextNormalizer.standard();
      MoneyWords words = new MoneyWords(normalizer);
      return new MoneyGrammar(new CurrencyLexicon(normalizer, words.endings), words);
    }
  }

  /**
   * Takes one setting, {@code currency}: what bare টাকা means ({@code INR} for West Bengal), as
   * {@link #MoneyStage(String)}.
   *
   * @throws IllegalArgumentException for another key or a code that is not a currency code
   */
  @Override
  public Stage configure(Map<String, String> args) {
    Stage.requireKnownSettings(name(), args, "currency");
    String currency = args.get("currency");
    return currency == null || currency.equals(defaultCurrency) ? this : new MoneyStage(currency);
  }

  /**
   * The document default this stage was built with.
   *
   * @return the ISO 4217 code bare টাকা stands for
   */
  public String defaultCurrency() {
    return defaultCurrency;
  }

  @Override
  public String name() {
    return "money";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NUMBERS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.MONEY);
  }

  /** An amount is read over the number or range it is written with. */
  @Override
  public Set<MentionType> replaces() {
    return Set.of(MentionType.NUMBER, MentionType.NUMBER_RANGE);
  }

  @Override
  public void process(Analysis analysis) {
    List<Token> tokens = analysis.tokens();
    List<Sentence> sentences = analysis.sentences();
    AmountIndex amounts = null; // the earlier stages' numbers, indexed at the first sentence that names money
    String taka = analysis.document().defaultCurrency() != null ? analysis.document().defaultCurrency() : defaultCurrency;
    try {
      for (Sentence sentence : sentences) {
        if (!grammar.anyCue(tokens, sentence.firstToken(), sentence.endToken())) {
          continue; // most sentences name no money
        }
        if (amounts == null) { // before any amount is added: it indexes the numbers alone
          amounts = AmountIndex.of(tokens, analysis.mentions());
        }
        if (!grammar.anyAmount(tokens, sentence.firstToken(), sentence.endToken(), amounts)) {
          continue; // a currency word with no amount: ইউরোপের ইতিহাস, মার্কিন প্রেসিডেন্ট
        }
        for (MoneyReading r : grammar.read(tokens, sentence.firstToken(), sentence.endToken(), amounts, taka)) {
          add(analysis, tokens, r);
        }
      }
    } finally {
      if (amounts != null) {
        amounts.release(); // the thread's arrays keep no document's amounts
      }
    }
  }

  /** Drops the calling thread's arrays of the amount index. */
  @Override
  public void close() {
    AmountIndex.forget();
  }

  private static void add(Analysis analysis, List<Token> tokens, MoneyReading r) {
    Span span = new Span(tokens.get(r.first()).start(), tokens.get(r.end() - 1).end());
    for (Mention m : analysis.overlapping(span)) {
      boolean number = m.type() == MentionType.NUMBER || m.type() == MentionType.NUMBER_RANGE;
      if (!number || !span.contains(m.span())) {
        return; // never take part of a date, a percentage or a number reaching outside the amount
      }
    }
    analysis.add(new MoneyMention(span, analysis.surface(span), r.amount(), r.upper(), r.currency(), r.per(),
        r.approx(), r.note(), r.rule()));
  }

  @Override
  public String toString() {
    return "MoneyStage[" + defaultCurrency + "]";
  }
}
