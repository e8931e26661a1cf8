package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.EntityMention;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case endings and spellings, side by side: input → the mention's surface, value, code and case. */
class EntityStageTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static EntityMention only(String text, String surface) {
    Annotation a = PIPELINE.annotate(Document.of("t", text));
    List<EntityMention> found = a.mentions().stream().filter(m -> m instanceof EntityMention)
        .map(m -> (EntityMention) m).filter(m -> m.text().equals(surface)).toList();
    assertThat(found).as("%s in %s: %s", surface, text, a.mentions()).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} → {2} {3} {4}")
  @CsvSource(delimiter = '|', textBlock = """
      তিনি বেলজিয়ামের নাগরিক।                |বেলজিয়ামের      |বেলজিয়াম |BE |GENITIVE
      তিনি বেলজিয়ামে যান।                    |বেলজিয়ামে       |বেলজিয়াম |BE |LOCATIVE
      ভারত চীনকে সতর্ক করেছে।                 |চীনকে           |চীন      |CN |OBJECTIVE
      ঢাকায় বৃষ্টি হয়েছে।                     |ঢাকায়           |ঢাকা     |   |LOCATIVE
      ২০১০ সালে সাংহাইতে মেলা হয়।              |সাংহাইতে        |সাংহাই    |   |LOCATIVE
      ভারতও এ বিষয়ে উদ্বেগ জানিয়েছে।          |ভারতও           |ভারত     |IN |NOMINATIVE
      বেলজিয়ামেও এ নিয়ে আলোচনা হয়।            |বেলজিয়ামেও      |বেলজিয়াম |BE |LOCATIVE
      গণচীনের প্রতিনিধিদল এসেছে।               |গণচীনের         |চীন      |CN |GENITIVE
      যুক্তরাষ্ট্রে পড়তে যান তিনি।              |যুক্তরাষ্ট্রে      |মার্কিন যুক্তরাষ্ট্র |US |LOCATIVE
      মার্কিন যুক্তরাষ্ট্রের প্রেসিডেন্ট বলেন।     |মার্কিন যুক্তরাষ্ট্রের |মার্কিন যুক্তরাষ্ট্র |US |GENITIVE
      মিয়ানমারের রাখাইনে সংঘাত চলছে।           |মিয়ানমারের       |মিয়ানমার  |MM |GENITIVE
      কলকাতায় বইমেলা শুরু।                     |কলকাতায়          |কলকাতা   |   |LOCATIVE
      সিরাজগঞ্জে বন্যা দেখা দিয়েছে।             |সিরাজগঞ্জে        |সিরাজগঞ্জ  |   |LOCATIVE
      ডব্লিউটিও-র বৈঠক শুরু হয়েছে।              |ডব্লিউটিও-র       |ডব্লিউটিও  |   |GENITIVE
      ওআইসির সম্মেলনে তিনি যোগ দেন।            |ওআইসির          |ওআইসি    |   |GENITIVE
      বিশ্ব স্বাস্থ্য সংস্থার প্রধান বলেন।       |বিশ্ব স্বাস্থ্য সংস্থার |বিশ্ব স্বাস্থ্য সংস্থা |  |GENITIVE
      চীনের প্রেসিডেন্ট শি জিনপিংয়ের সঙ্গে বৈঠক।  |শি জিনপিংয়ের     |শি জিনপিং  |   |GENITIVE
      """)
  void readsTheEndingAndKeepsTheWholeWord(String text, String surface, String value, String code,
      GrammaticalCase grammaticalCase) {
    EntityMention m = only(text.strip(), surface.strip());
    assertThat(m.value()).isEqualTo(value.strip());
    assertThat(m.code()).isEqualTo(code == null || code.isBlank() ? null : code.strip());
    assertThat(m.grammaticalCase()).isEqualTo(grammaticalCase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      বেলজি\u09AF\u09BCামের প্রধানমন্ত্রী এলেন।|বেলজিয়াম
      বেলজিয়ামের প্রধানমন্ত্রী এলেন।|বেলজিয়াম
      """)
  void nuktaTypedEitherWayGivesOneValue(String text, String value) {
    Annotation a = PIPELINE.annotate(Document.of("t", text));
    assertThat(a.mentions(MentionType.LOCATION)).extracting(Mention::value).containsExactly(value);
  }

  @ParameterizedTest(name = "{0} → {1}, {2} of {3}")
  @CsvSource(delimiter = '|', textBlock = """
      চীনের তৎকালীন প্রধানমন্ত্রী, ঝু রঙ্গি রাষ্ট্রীয় সফরে যান।|ঝু রঙ্গি|প্রধানমন্ত্রী|চীন
      ভারতের পররাষ্ট্রমন্ত্রী এস জয়শঙ্কর ঢাকায় আসছেন।|এস জয়শঙ্কর|পররাষ্ট্রমন্ত্রী|ভারত
      রাষ্ট্রপতি মো. সাহাবুদ্দিন শপথ পড়ান।|মো. সাহাবুদ্দিন|রাষ্ট্রপতি|
      যুবরাজ আলবার্ট, ১৯৯৩ সালে চীনে যান।|আলবার্ট|যুবরাজ|
      """)
  void aTitledNameKeepsItsTitleAndAffiliation(String text, String name, String title, String affiliation) {
    EntityMention m = only(text, name);
    assertThat(m.type()).isEqualTo(MentionType.PERSON);
    assertThat(m.title()).isEqualTo(title);
    assertThat(m.affiliation()).isEqualTo(affiliation);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      চীনা|CN
      বেলজীয়|BE
      মার্কিন|US
      ভারতীয়|IN
      বাংলাদেশি|BD
      """)
  void aDemonymLinksToItsCountryWithoutBeingAPlace(String word, String code) {
    assertThat(EntityLexicon.standard().demonym(word)).isEqualTo(code);
    Annotation a = PIPELINE.annotate(Document.of("t", "তিনি একজন " + word + " অভিবাসী।"));
    assertThat(a.mentions(MentionType.LOCATION)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theModelCanBeTurnedOffByName() {
    EntityStage stage = new EntityStage();
    assertThat(stage.configure(java.util.Map.of())).isSameAs(stage);
    assertThat(stage.configure(java.util.Map.of("model", "on"))).isSameAs(stage);
    assertThat(stage.configure(java.util.Map.of("model", "off"))).isNotSameAs(stage);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> stage.configure(java.util.Map.of("model", "maybe")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("on or off");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> stage.configure(java.util.Map.of("width", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown setting 'width'");
  }

  @ParameterizedTest(name = "entities.beam={0} → {1}")
  @CsvSource(delimiterString = " → ", textBlock = """
      # setting → the beam the model is decoded with (error: refused)
      1 → 1
      3 → 3
      10 → 10
      ' 2 ' → 2
      0 → error
      11 → error
      -1 → error
      x → error
      '' → error
      """)
  void theModelsBeamIsASetting(String value, String expected) {
    EntityStage stage = new EntityStage();
    assertThat(((OpenNlpNameFinder) stage.finder()).beam()).as("the default").isEqualTo(EntityStage.DEFAULT_BEAM);
    if (expected.equals("error")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> stage.configure(java.util.Map.of("beam", value)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entities.beam");
      return;
    }
    EntityStage configured = (EntityStage) stage.configure(java.util.Map.of("beam", value));
    assertThat(((OpenNlpNameFinder) configured.finder()).beam()).isEqualTo(Integer.parseInt(expected));
    assertThat(configured == stage).isEqualTo(Integer.parseInt(expected) == EntityStage.DEFAULT_BEAM);
  }

  @Test
  void aBeamNeedsAFinderThatTakesOne() {
    EntityStage rulesOnly = new EntityStage(EntityLexicon.standard(), tokens -> List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rulesOnly.configure(java.util.Map.of("beam", "3")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no beam");
    EntityStage off = (EntityStage) new EntityStage().configure(java.util.Map.of("model", "off", "beam", "3"));
    assertThat(off.finder()).isNotInstanceOf(OpenNlpNameFinder.class);
  }

  /** A finder that records the sentences it is asked about, as their tokens' forms joined. */
  private static final class AskedFinder implements NameFinder {
    final List<String> asked = new java.util.ArrayList<>();

    @Override
    public List<NameSpan> find(List<dev.nirjas.Token> tokens) {
      asked.add(String.join(" ", tokens.stream().map(dev.nirjas.Token::form).toList()));
      return List.of();
    }
  }

  /**
   * Which sentences the model is asked about: those written in Bengali (a char of its script) with
   * two unlisted words in a row, one of them at least in Bengali letters. A sentence of Latin or
   * Persian alone is not asked about, however many unlisted words it has, nor one whose only
   * unlisted pairs are Latin words ("Online news", a citation's title).
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Nizami Ganjavi (1141–1209), Persian poet.                  |false
      Institut Statistique de Belgique, Online news.             |false
      ایوب خان پاکستان کے صدر تھے۔                                 |false
      Nasir Khusraw, Qatran Tabrizi (1009–1072)                  |false
      Qatran Tabrizi (১০০৯–১০৭২)                                 |false
      তিনি Pablo Neruda-র কবিতা পড়েন।                             |false
      Nizami Ganjavi (1141–1209) ছিলেন পারস্যের কবি।                |true
      করিম রহমান এলেন।                                            |true
      তিনি Pablo Neruda ও করিম রহমানের কবিতা পড়েন।                 |true
      Karim রহমান এলেন।                                          |true
      """)
  void theModelReadsSentencesWithAnUnlistedPairInBengali(String text, boolean asked) {
    AskedFinder finder = new AskedFinder();
    try (Pipeline p = Pipeline.builder().addAll(Pipeline.standard().stages().stream()
        .filter(s -> !s.name().equals("entities") && !s.name().equals("events")).toList())
        .add(new EntityStage(EntityLexicon.standard(), finder)).build()) {
      p.annotate(Document.of("t", text.strip()));
    }
    assertThat(finder.asked).as(text).hasSize(asked ? 1 : 0);
  }

  /**
   * A sentence with no char of the Bengali script has no entity: the lists and the model read
   * Bengali, and what the rules read there (a name before two years) was a country's code or an
   * empire. In a Bengali sentence, or before years in Bengali digits, the same kind of name is
   * read. Expected: the entities, "; " between them.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      HOK (1960–1968)                                                           |
      Seljuk Empire (1037–1194)                                                 |
      JUG (1956–1960, 1968 W), YUS (1964 S)                                     |
      Deimel (1925–1950), Šumerisches Lexikon, Pontificum Institutum Biblicum.  |
      Nizami Ganjavi (1141–1209) ছিলেন পারস্যের কবি।                              |PERSON Nizami Ganjavi
      Nizami Ganjavi (১১৪১–১২০৯)                                                |PERSON Nizami Ganjavi
      কিয়ান জিউলিং (১৯১২-২০০৮) ছিলেন চীনের বিজ্ঞানী।                             |PERSON কিয়ান জিউলিং; LOCATION চীনের
      """)
  void aSentenceWithoutBengaliHasNoEntity(String text, String expected) {
    List<String> found = PIPELINE.annotate(Document.of("t", text.strip())).mentions().stream()
        .filter(m -> m.type() == MentionType.PERSON || m.type() == MentionType.LOCATION
            || m.type() == MentionType.ORGANIZATION)
        .map(m -> m.type() + " " + m.text()).toList();
    assertThat(found).as(text).isEqualTo(expected == null ? List.of()
        : java.util.Arrays.stream(expected.split(";")).map(String::strip).toList());
  }

  /** A finder that counts how often it was closed. */
  private static final class ClosingFinder implements NameFinder, AutoCloseable {
    int closed;

    @Override
    public List<NameSpan> find(List<dev.nirjas.Token> tokens) {
      return List.of();
    }

    @Override
    public void close() {
      closed++;
    }
  }

  @Test
  void closingThePipelineClosesTheNameFinder() {
    ClosingFinder finder = new ClosingFinder();
    Pipeline p = Pipeline.builder().addAll(Pipeline.standard().stages().stream()
        .filter(s -> !s.name().equals("entities") && !s.name().equals("events")).toList())
        .add(new EntityStage(EntityLexicon.standard(), finder)).build();
    assertThat(p.annotate(Document.of("t", "তিনি বেলজিয়ামে যান।")).mentions())
        .anySatisfy(m -> assertThat(m.text()).isEqualTo("বেলজিয়ামে"));
    assertThat(finder.closed).isZero();

    p.close();

    assertThat(finder.closed).isEqualTo(1);
  }
}
