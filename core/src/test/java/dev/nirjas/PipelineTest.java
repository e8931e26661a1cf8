package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A test stage: marks every NUMBER token as a NUMBER mention. */
  static final class DigitStage implements Stage {
    @Override
    public String name() {
      return "digits";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.NUMBERS);
    }

    @Override
    public void process(Analysis a) {
      for (Token t : a.tokens()) {
        if (t.kind() == TokenKind.NUMBER && t.value() != null) {
          a.add(new NumberMention(MentionType.NUMBER, t.span(), t.surface(a.original()), t.value(),
              null, false, "digits"));
        }
      }
    }
  }

  /** A test stage: reads "NUMBER সালে" as a year, subsuming the number. */
  static final class YearStage implements Stage {
    @Override
    public String name() {
      return "years";
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
    public void process(Analysis a) {
      List<Token> tokens = a.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).kind() == TokenKind.NUMBER && tokens.get(i + 1).form().equals("সালে")) {
          Span span = tokens.get(i).span().union(tokens.get(i + 1).span());
          a.add(new TimeMention(MentionType.DATE, span, span.of(a.original()),
              tokens.get(i).value().toPlainString(), null, null, null, null, false, "year"));
        }
      }
    }
  }

  private static Pipeline pipeline() {
    return Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new DigitStage()).add(new YearStage()).build();
  }

  @Test
  void refusesAStageWhoseRequirementNoEarlierStageProvides() {
    assertThatThrownBy(() -> Pipeline.builder().add(new NormalizationStage()).add(new DigitStage()).build())
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'digits' requires tokens");
    assertThatThrownBy(() -> Pipeline.builder().add(new SegmentationStage()).add(new NormalizationStage()).build())
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'segmentation' requires normalized-text");
  }

  @Test
  void refusesAStageThatReplacesNoSetOfTypes() {
    java.util.Set<MentionType> withNull = new java.util.HashSet<>();
    withNull.add(null);
    for (Set<MentionType> replaces : java.util.Arrays.asList(null, withNull)) {
      Stage odd = bare("odd", replaces, a -> {});
      assertThatThrownBy(() -> Pipeline.builder().add(odd).build())
          .isInstanceOf(PipelineException.class)
          .hasMessageContaining("'odd' replaces");
    }
  }

  /** A stage that requires and provides nothing, replaces {@code replaces} and runs {@code process}. */
  private static Stage bare(String name, Set<MentionType> replaces, java.util.function.Consumer<Analysis> process) {
    return new Stage() {
      public String name() {
        return name;
      }

      public Set<Layer> requires() {
        return Set.of();
      }

      public Set<Layer> provides() {
        return Set.of();
      }

      public Set<MentionType> replaces() {
        return replaces;
      }

      public void process(Analysis a) {
        process.accept(a);
      }
    };
  }

  @Test
  void refusesTwoStagesProvidingOneLayer() {
    assertThatThrownBy(() -> Pipeline.builder().add(new NormalizationStage()).add(new NormalizationStage()).build())
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("already provides");
  }

  @Test
  void ordersStagesByWhatTheyRequire() {
    List<Stage> shuffled = List.of(new YearStage(), new SegmentationStage(), new DigitStage(), new NormalizationStage());
    assertThat(Pipeline.order(shuffled)).extracting(Stage::name)
        .containsExactly("normalization", "segmentation", "digits", "years");
    assertThatThrownBy(() -> Pipeline.order(List.of(new YearStage())))
        .isInstanceOf(PipelineException.class).hasMessageContaining("numbers");
  }

  @Test
  void standardPipelineFindsTheCoreStages() {
    assertThat(Pipeline.standard().stages()).extracting(Stage::name)
        .startsWith("normalization", "segmentation");
  }

  @Test
  void laterStageSubsumesTheMentionsItCovers() {
    String text = "২০১০ সালে ১০০ জন এলেন।";
    Annotation a = pipeline().annotate(Document.of("1", text));
    assertThat(a.mentions()).extracting(Mention::type, Mention::text, Mention::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MentionType.DATE, "২০১০ সালে", "2010"),
            org.assertj.core.groups.Tuple.tuple(MentionType.NUMBER, "১০০", "100"));
    assertThat(a.parts()).extracting(Mention::text).containsExactly("২০১০");
  }

  @Test
  void refusesAnOverlapWithinOneStageAndAMentionThatIsNotItsSurface() {
    Analysis a = new Analysis(Document.of("1", "১২৩ ৪৫৬"));
    NumberMention first = new NumberMention(MentionType.NUMBER, new Span(0, 3), "১২৩", BigDecimal.ONE, null, false, "r");
    NumberMention overlapping = new NumberMention(MentionType.NUMBER, new Span(2, 7), "৩ ৪৫৬", BigDecimal.ONE, null, false, "r");
    assertThat(a.add(first)).isTrue();
    assertThat(a.add(overlapping)).isFalse();
    assertThat(a.mentions()).containsExactly(first);
    assertThatThrownBy(() -> a.add(new NumberMention(MentionType.NUMBER, new Span(4, 7), "৪৫", BigDecimal.ONE, null, false, "r")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSentencesTokensAreItsOwnHoweverAndHowOftenAsked() {
    // "ক খ। গ ঘ ঙ। চ": three sentences of 2, 3 and 1 tokens
    Analysis a = new Analysis(Document.of("1", "ক খ। গ ঘ ঙ। চ"));
    List<Token> tokens = new ArrayList<>();
    for (int at : new int[] {0, 2, 5, 7, 9, 12}) {
      tokens.add(new Token(at, at + 1, a.original().substring(at, at + 1), TokenKind.WORD));
    }
    a.setTokens(tokens);
    Sentence s0 = new Sentence(new Span(0, 4), 0, 2, false, "ক খ।");
    Sentence s1 = new Sentence(new Span(5, 11), 2, 5, false, "গ ঘ ঙ।");
    Sentence s2 = new Sentence(new Span(12, 13), 5, 6, false, "চ");
    a.setSentences(List.of(s0, s1, s2));
    String[][] rows = {
      // the sentences asked, in this order → their tokens' forms
      {"0 1 2", "ক খ|গ ঘ ঙ|চ"}, // a stage walking them in order
      {"0 1 2", "ক খ|গ ঘ ঙ|চ"}, // the next stage, the same
      {"2 0 1 1", "চ|ক খ|গ ঘ ঙ|গ ঘ ঙ"}, // out of order, and twice
    };
    for (String[] row : rows) {
      String[] asked = row[0].split(" ");
      String[] expected = row[1].split("\\|");
      for (int k = 0; k < asked.length; k++) {
        Sentence s = a.sentences().get(Integer.parseInt(asked[k]));
        assertThat(String.join(" ", a.tokensOf(s).stream().map(Token::form).toList())).as(row[0]).isEqualTo(expected[k]);
      }
    }
    // a sentence equal to one of these but not one of them, and one of another analysis
    assertThat(a.tokensOf(new Sentence(new Span(5, 11), 2, 5, false, "গ ঘ ঙ।"))).hasSize(3);
    assertThat(a.tokensOf(new Sentence(new Span(0, 11), 1, 4, false, "ক খ। গ ঘ ঙ।")).stream().map(Token::form))
        .containsExactly("খ", "গ", "ঘ");
    // new tokens: the sentences' views are of them
    a.setTokens(tokens.subList(0, 6).stream().map(t -> new Token(t.start(), t.end(), t.form(), TokenKind.SYMBOL)).toList());
    assertThat(a.tokensOf(a.sentences().get(0)).get(0).kind()).isEqualTo(TokenKind.SYMBOL);
  }

  @Test
  void mentionsWithinASpanAreThoseInsideItAndFollowTheAdds() {
    // "১২ ৩৪ ৫৬ ৭৮": four numbers at 0-2, 3-5, 6-8, 9-11
    Analysis a = new Analysis(Document.of("1", "১২ ৩৪ ৫৬ ৭৮"));
    NumberMention[] n = new NumberMention[4];
    for (int i = 0; i < 4; i++) {
      Span s = new Span(3 * i, 3 * i + 2);
      n[i] = new NumberMention(MentionType.NUMBER, s, s.of(a.original()), BigDecimal.ONE, null, false, "r");
    }
    a.add(n[1]);
    a.add(n[3]);
    List<Mention> before = a.mentionsWithin(new Span(0, 11));
    assertThat(before).containsExactly(n[1], n[3]);
    a.add(n[0]); // read, then added to: the next read sees it, the list read before stays as it was
    a.add(n[2]);
    assertThat(before).containsExactly(n[1], n[3]);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> before.add(n[0]))
        .isInstanceOf(UnsupportedOperationException.class);
    String[][] rows = {
      // span → the mentions inside it
      {"0 11", "0 1 2 3"},
      {"0 5", "0 1"},
      {"1 8", "1 2"}, // n[0] starts before the span, so it is not inside
      {"3 7", "1"}, // n[2] ends after it
      {"2 3", ""},
      {"11 11", ""},
    };
    for (String[] row : rows) {
      String[] se = row[0].split(" ");
      List<Mention> expected = row[1].isEmpty() ? List.of()
          : java.util.Arrays.stream(row[1].split(" ")).map(k -> (Mention) n[Integer.parseInt(k)]).toList();
      assertThat(a.mentionsWithin(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])))).as(row[0])
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aLaterStageTakesOverOnlyTheTypesItDeclares() {
    // "উইন্ডোজ ১০": a name with a number in it, over a NUMBER and next to a DATE
    String text = "উইন্ডোজ ১০ ২০১০ সালে";
    NumberMention ten = new NumberMention(MentionType.NUMBER, new Span(8, 10), "১০", BigDecimal.TEN, null, false, "r");
    TimeMention year = new TimeMention(MentionType.DATE, new Span(11, 20), "২০১০ সালে", "2010", null, null, null, null, false, "r");
    EntityMention name = new EntityMention(MentionType.ORGANIZATION, new Span(0, 10), "উইন্ডোজ ১০", "উইন্ডোজ ১০", "r");
    EntityMention overYear = new EntityMention(MentionType.ORGANIZATION, new Span(8, 15), "১০ ২০১০", "১০ ২০১০", "r");

    Analysis declaresNothing = new Analysis(Document.of("1", text));
    declaresNothing.enterStage(0, Set.of());
    declaresNothing.add(ten);
    declaresNothing.add(year);
    declaresNothing.enterStage(1, Set.of());
    assertThat(declaresNothing.add(name)).isFalse();
    assertThat(declaresNothing.mentions()).containsExactly(ten, year);

    Analysis takesNumbers = new Analysis(Document.of("1", text));
    takesNumbers.enterStage(0, Set.of());
    takesNumbers.add(ten);
    takesNumbers.add(year);
    takesNumbers.enterStage(1, Set.of(MentionType.NUMBER));
    assertThat(takesNumbers.add(overYear)).isFalse(); // a DATE is not a NUMBER: the date stays
    assertThat(takesNumbers.add(name)).isTrue();
    assertThat(takesNumbers.mentions()).containsExactly(name, year);
    assertThat(takesNumbers.subsumed()).containsExactly(ten);
  }

  @Test
  void oneSharedPipelineOnEightThreadsGivesTheSingleThreadedResult() throws Exception {
    Pipeline p = pipeline();
    List<Document> docs = new ArrayList<>();
    String[] parts = {"২০১০ সালে", "১২,৩৪,৫৬৭ জন", "বেলজি\u09AF\u09BCামে", "।", "৪.৮৯৮", "== ইতিহাস ==", "ড. রহমান", "?"};
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        b.append(parts[r.nextInt(parts.length)]).append(' ');
      }
      docs.add(Document.of(Integer.toString(i), b.toString()));
    }
    List<Annotation> expected = new ArrayList<>();
    for (Document d : docs) {
      expected.add(p.annotate(d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Annotation>> futures = new ArrayList<>();
      for (Document d : docs) {
        futures.add(pool.submit(() -> p.annotate(d)));
      }
      for (int i = 0; i < docs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingStageNamesItselfAndTheDocument() {
    Stage broken = bare("broken", Set.of(), a -> {
      throw new IllegalStateException("boom");
    });
    assertThatThrownBy(() -> Pipeline.builder().add(broken).build().annotate(Document.of("d7", "x")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'broken'").hasMessageContaining("'d7'").hasMessageContaining("boom");
  }

  @Test
  void documentsAndSpansRejectNonsense() {
    assertThatThrownBy(() -> Document.of(null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Document.of("1", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
