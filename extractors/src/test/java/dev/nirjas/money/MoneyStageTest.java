package dev.nirjas.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.Analysis;
import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Layer;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.Pipeline;
import dev.nirjas.PipelineException;
import dev.nirjas.Span;
import dev.nirjas.Stage;
import dev.nirjas.TimeMention;
import dev.nirjas.number.NumberStage;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Focused checks of the money stage beyond the corpus tables. */
class MoneyStageTest {
  private static final Pipeline PIPELINE = MoneyCorpusTest.PIPELINE;

  private static List<MoneyMention> money(String text) {
    return MoneyCorpusTest.moneyIn(PIPELINE.annotate(Document.of("t", text)));
  }

  private static MoneyMention only(String text) {
    List<MoneyMention> found = money(text);
    assertThat(found).as("money in %s", text).hasSize(1);
    return found.get(0);
  }

  static Stream<Arguments> seedSentences() {
    return Stream.of(
        Arguments.of("২০০২ সালে, দুই দেশের মধ্যকার বাণিজ্যের পরিমাণ ছিল ৪.৮৯৮ বিলিয়ন (৪৮৯.৮ কোটি) মার্কিন ডলার।",
            "৪.৮৯৮ বিলিয়ন (৪৮৯.৮ কোটি) মার্কিন ডলার", "4898000000"),
        Arguments.of("২০০৮ সালে, এই দুই দেশের মধ্যকার বাণিজ্যের পরিমাণ বৃদ্ধি পেয়ে দাঁড়ায় ২০ বিলিয়ন (২০০০ কোটি) মার্কিন ডলার।",
            "২০ বিলিয়ন (২০০০ কোটি) মার্কিন ডলার", "20000000000"));
  }

  @ParameterizedTest
  @MethodSource("seedSentences")
  void readsTheSeedArticlesAmounts(String sentence, String surface, String amount) {
    // as typed, and as the article is stored: NFC, which writes য় as য + nukta
    for (String text : List.of(sentence, Normalizer.normalize(sentence, Normalizer.Form.NFC))) {
      Annotation a = PIPELINE.annotate(Document.of("seed", text));
      List<Mention> money = a.mentions(MentionType.MONEY);
      assertThat(money).hasSize(1);
      MoneyMention m = (MoneyMention) money.get(0);
      assertThat(m.text()).isEqualTo(surface);
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(surface);
      assertThat(m.value()).isEqualTo(amount + " USD");
      assertThat(m.note()).isNull();
      assertThat(m.rule()).isEqualTo("money.parenthetical");
      assertThat(a.mentions()).noneMatch(x -> x.type() == MentionType.NUMBER && x.span().overlaps(m.span()));
      assertThat(a.parts()).extracting(Mention::type).contains(MentionType.NUMBER); // the two readings, subsumed
    }
  }

  @Test
  void declaresItsLayers() {
    MoneyStage stage = new MoneyStage();
    assertThat(stage.name()).isEqualTo("money");
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.SENTENCES, Layer.NUMBERS);
    assertThat(stage.provides()).containsExactly(Layer.MONEY);
    assertThat(stage.defaultCurrency()).isEqualTo("BDT");
    assertThatThrownBy(() -> Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new MoneyStage()).build()).isInstanceOf(PipelineException.class).hasMessageContaining("numbers");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "bdt", "TAKA", "XYZ", "US$"})
  void refusesAnUnknownDefaultCurrency(String code) {
    assertThatThrownBy(() -> new MoneyStage(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultCurrencyIsOnlyForTaka() {
    Pipeline indian = MoneyCorpusTest.INDIAN;
    List<MoneyMention> found = MoneyCorpusTest.moneyIn(indian.annotate(Document.of("t",
        "১০০ টাকা, ৫০ পয়সা, টাঃ ২০, ৳৫০, ২০ বাংলাদেশী টাকা, ১০ ডলার")));
    assertThat(found).extracting(MoneyMention::value)
        .containsExactly("100 INR", "0.5 INR", "20 INR", "50 BDT", "20 BDT", "10 USD");
  }

  @Test
  void cldrNamesAndSymbolsComeFromIcu() {
    // none of these is in the hand-written files: CLDR's Bengali names and its unique symbols
    assertThat(only("৫০ কানাডিয়ান ডলার").currencyCode()).isEqualTo("CAD");
    assertThat(only("১০০ রাশিয়ান রুবেল").currencyCode()).isEqualTo("RUB");
    assertThat(only("৫০০ সংযুক্ত আরব আমিরাত দিরহাম").currencyCode()).isEqualTo("AED");
    assertThat(only("৫০০ মালয়েশিয়ান রিঙ্গিৎ").currencyCode()).isEqualTo("MYR");
    assertThat(only("CA$ ৫০").currencyCode()).isEqualTo("CAD");
    assertThat(only("HK$২০০").currencyCode()).isEqualTo("HKD");
    assertThat(only("₺৩০০").currencyCode()).isEqualTo("TRY");
    assertThat(only("৫০০০ SAR").currencyCode()).isEqualTo("SAR");
  }

  @Test
  void readsAcrossASentenceBreakAfterAnAbbreviation() {
    // ICU ends a sentence at "Tk." before a figure
    MoneyMention m = only("দাম Tk. 500 মাত্র।");
    assertThat(m.text()).isEqualTo("Tk. 500");
    assertThat(money("দাম Tk. 500 মাত্র। পরে Rs. ৩০০ হলো।")).extracting(MoneyMention::value)
        .containsExactly("500 BDT", "300 INR");
  }

  @Test
  void slashDashWithoutCurrencyIsTheDefaultWithANote() {
    for (String text : List.of("ফি ৫০০/-", "ফি ৫০০/=")) {
      MoneyMention m = only(text);
      assertThat(m.text()).isEqualTo(text.substring(3));
      assertThat(m.value()).isEqualTo("500 BDT");
      assertThat(m.note()).contains("assumed BDT");
      assertThat(m.rule()).isEqualTo("money.amount+slash-dash");
    }
    assertThat(money("১/২ অংশ")).isEmpty();
  }

  @Test
  void aRateMayFollowTheAmount() {
    MoneyMention m = only("চাল ৫০ টাকা প্রতি কেজি দরে");
    assertThat(m.text()).isEqualTo("৫০ টাকা প্রতি কেজি");
    assertThat(m.per()).isEqualTo("কেজি");
    MoneyMention month = only("ভাড়া প্রতি মাসে ৫ হাজার টাকা");
    assertThat(month.text()).isEqualTo("প্রতি মাসে ৫ হাজার টাকা");
    assertThat(month.per()).isEqualTo("মাস");
  }

  @Test
  void contextDecidesAnAmbiguousCurrency() {
    MoneyMention qatar = only("কাতারে বেতন ২০০০ রিয়াল");
    assertThat(qatar.currencyCode()).isEqualTo("QAR");
    assertThat(qatar.note()).contains("QAR");
    MoneyMention plain = only("বেতন ২০০০ রিয়াল");
    assertThat(plain.currencyCode()).isEqualTo("SAR");
    assertThat(plain.note()).contains("SAR");
  }

  @Test
  void theRupeeFollowsTheCountryTheSentenceNames() {
    MoneyMention pakistan = only("পাকিস্তানে এক কেজি চালের দাম ২০০ রুপি");
    assertThat(pakistan.currencyCode()).isEqualTo("PKR");
    assertThat(pakistan.note()).contains("PKR");
    MoneyMention nepal = only("কাঠমান্ডুতে ভাড়া Rs. ৫০০");
    assertThat(nepal.currencyCode()).isEqualTo("NPR");
    assertThat(only("৫০০ রুপি").note()).isNull();
  }

  @Test
  void aNameAfterASymbolOfTheSameCurrencyBelongsToIt() {
    assertThat(only("মূল্য ৳ ৫০০ টাকা মাত্র").text()).isEqualTo("৳ ৫০০ টাকা");
    assertThat(money("মূল্য $৫ ইউরো")).extracting(MoneyMention::text).containsExactly("$৫");
  }

  @Test
  void indefiniteScalesAreNoAmount() {
    assertThat(money("কয়েক হাজার টাকা খরচ হয়েছে")).isEmpty();
    assertThat(money("কয়েক হাজার কোটি টাকা পাচার হয়েছে")).isEmpty();
    assertThat(money("হাজার হাজার টাকা")).isEmpty();
    MoneyMention bare = only("প্রায় হাজার টাকা লাগবে");
    assertThat(bare.text()).isEqualTo("প্রায় হাজার টাকা");
    assertThat(bare.approx()).isTrue();
  }

  @Test
  void aLoneNumberWordCountsBeforeACurrency() {
    MoneyMention m = only("এক ইউরো দাম");
    assertThat(m.value()).isEqualTo("1 EUR");
    assertThat(m.rule()).isEqualTo("money.amount+currency"); // ইউরো is a counted word for the number grammar
    assertThat(money("এক পাউন্ডের কেক")).isEmpty(); // a weight
    assertThat(money("এক কাপ চা")).isEmpty();
  }

  @Test
  void aBareBracketedNumberThatDisagreesIsNotAnEquivalent() {
    Annotation a = PIPELINE.annotate(Document.of("t", "৫০০ টাকা (৩) দিয়ে"));
    MoneyMention m = (MoneyMention) a.mentions(MentionType.MONEY).get(0);
    assertThat(m.text()).isEqualTo("৫০০ টাকা");
    assertThat(a.mentions(MentionType.NUMBER)).extracting(Mention::text).containsExactly("৩");
  }

  @Test
  void twoAmountsOfDifferentCurrenciesStayApart() {
    assertThat(money("১০০ ডলার (প্রায় ১১ হাজার টাকা)")).extracting(MoneyMention::value)
        .containsExactly("100 USD", "11000 BDT");
    assertThat(money("দাম ১০০ টাকা থেকে কমে ৮০ টাকা")).extracting(MoneyMention::value)
        .containsExactly("100 BDT", "80 BDT");
  }

  /** Stands for a time stage that read "৫০০" as a date before the money stage ran. */
  private static final class DateOverFirstNumber implements Stage {
    @Override
    public String name() {
      return "test-dates";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.NUMBERS);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.TIMES);
    }

    @Override
    public Set<MentionType> replaces() {
      return Set.of(MentionType.NUMBER);
    }

    @Override
    public void process(Analysis analysis) {
      Mention first = analysis.mentions().get(0);
      analysis.add(new TimeMention(MentionType.DATE, first.span(), first.text(), "0500", null, null, null, null,
          false, "test"));
    }
  }

  @Test
  void neverTakesPartOfAnotherKindOfMention() {
    Pipeline p = Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new NumberStage()).add(new DateOverFirstNumber()).add(new MoneyStage()).build();
    Annotation a = p.annotate(Document.of("t", "৫০০ টাকা আর ২০ টাকা"));
    assertThat(a.mentions()).extracting(Mention::type, Mention::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MentionType.DATE, "৫০০"),
            org.assertj.core.groups.Tuple.tuple(MentionType.MONEY, "২০ টাকা"));
  }

  @Test
  void spansPointIntoTheOriginalText() {
    // decomposed nukta, a joiner and wiki bold markup: normalization changes offsets
    String text = "'''দাম''' প্রায় ৫০০ টাকায়\u200C, পরে ২০ ডলারে।";
    Annotation a = PIPELINE.annotate(Document.of("t", text));
    for (Mention m : a.mentions(MentionType.MONEY)) {
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
    }
    assertThat(a.mentions(MentionType.MONEY)).extracting(Mention::value).containsExactly("500 BDT", "20 USD");
  }

  @Test
  void rangeAmountsKeepBothEnds() {
    MoneyMention m = only("$১০-$১৫");
    assertThat(NumberMention.plain(m.amount())).isEqualTo("10");
    assertThat(NumberMention.plain(m.upper())).isEqualTo("15");
    assertThat(m.rule()).isEqualTo("money.symbol+amount+range");
    assertThat(m.span()).isEqualTo(new Span(0, 7));
  }

  @Test
  void aDocumentMayNameItsOwnDefaultCurrency() {
    Annotation a = PIPELINE.annotate(new Document("wb", "কলকাতায় দাম ৫০০ টাকা।", null, "INR"));
    assertThat(a.mentions(MentionType.MONEY)).extracting(Mention::value).containsExactly("500 INR");
    Annotation b = PIPELINE.annotate(Document.of("bd", "ঢাকায় দাম ৫০০ টাকা।"));
    assertThat(b.mentions(MentionType.MONEY)).extracting(Mention::value).containsExactly("500 BDT");
    Annotation c = PIPELINE.annotate(new Document("wb", "দাম $৫০০।", null, "INR"));
    assertThat(c.mentions(MentionType.MONEY)).extracting(Mention::value).containsExactly("500 USD");
  }
}
