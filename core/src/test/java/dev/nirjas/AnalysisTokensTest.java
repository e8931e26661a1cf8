package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The token and sentence lists an analysis keeps (one copy of what the segmenter gives,
 * unmodifiable, shared with the annotation; the sentences' views of the tokens) and {@link
 * Analysis#surface}, which gives a one-token span's text as the token's form when normalization
 * left the token as written.
 */
class AnalysisTokensTest {
  /** ঢাকায় typed as য + nukta, as much of the corpus types it; the normalized form is য়. */
  private static final String TEXT = "রোববার ঢাকায\u09BC ৫১ কোটি টাকা।";

  /** Records what {@link Analysis#surface} gives for each span, and the tokens as the analysis keeps them. */
  private static final class Probe implements Stage {
    final List<Span> spans;
    final List<String> surfaces = new ArrayList<>(); // in the order asked
    List<Token> tokens;
    List<Sentence> sentences;
    List<Token> firstSentence;

    Probe(Span... spans) {
      this.spans = List.of(spans);
    }

    @Override
    public String name() {
      return "probe";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of();
    }

    @Override
    public void process(Analysis analysis) {
      tokens = analysis.tokens();
      sentences = analysis.sentences();
      firstSentence = analysis.tokensOf(analysis.sentences().get(0));
      for (Span s : spans) {
        surfaces.add(analysis.surface(s));
      }
    }
  }

  private static Annotation annotate(Probe probe, String text) {
    Pipeline p = Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage()).add(probe).build();
    return p.annotate(text);
  }

  @Test
  void surfacesAreTheOriginalTextAndOneTokensFormWhereItIsWrittenSo() {
    // span → its surface; whether it is the very string of the token's form
    Object[][] rows = {
        {new Span(0, 6), "রোববার", true},
        // the token's form is ঢাকা\u09DF: not the original's chars
        {new Span(7, 13), "ঢাকায\u09BC", false},
        {new Span(14, 16), "৫১", true},
        {new Span(14, 21), "৫১ কোটি", false}, // two tokens
        {new Span(17, 19), "কো", false}, // part of a token
        {new Span(22, 26), "টাকা", true},
        {new Span(26, 27), "।", true},
        {new Span(6, 6), "", false},
    };
    Span[] spans = Arrays.stream(rows).map(r -> (Span) r[0]).toArray(Span[]::new);
    Probe probe = new Probe(spans);
    annotate(probe, TEXT);
    for (int r = 0; r < rows.length; r++) {
      Object[] row = rows[r];
      Span span = (Span) row[0];
      String surface = probe.surfaces.get(r);
      assertThat(surface).as("%s", span).isEqualTo(row[1]).isEqualTo(span.of(TEXT));
      Token token = probe.tokens.stream().filter(t -> t.span().equals(span)).findFirst().orElse(null);
      if ((boolean) row[2]) {
        assertThat(surface).as("%s", span).isSameAs(token.form());
      }
    }
  }

  @Test
  void surfacesAreRightAskedInAnyOrder() {
    // surface() searches from the token it found last: asked in text order (as a stage asks), in
    // reverse and at random, each token's span gives its form, any other span its chars
    String text = (TEXT + " ১৯৭১ সালের ২৬ মার্চ। ").repeat(40);
    Probe tokensOnly = new Probe();
    annotate(tokensOnly, text);
    List<Span> spans = new ArrayList<>();
    for (Token t : tokensOnly.tokens) {
      spans.add(t.span());
    }
    Random random = new Random(7);
    for (int k = 0; k < 200; k++) {
      int a = random.nextInt(text.length() + 1);
      int b = random.nextInt(text.length() + 1);
      spans.add(new Span(Math.min(a, b), Math.max(a, b)));
    }
    List<Span> asked = new ArrayList<>(spans);
    asked.sort(null);
    List<Span> reversed = new ArrayList<>(asked);
    Collections.reverse(reversed);
    asked.addAll(reversed);
    List<Span> shuffled = new ArrayList<>(spans);
    Collections.shuffle(shuffled, random);
    asked.addAll(shuffled);
    Probe probe = new Probe(asked.toArray(Span[]::new));
    annotate(probe, text);
    Map<Span, String> forms = new LinkedHashMap<>();
    for (Token t : probe.tokens) {
      if (t.form().equals(t.surface(text))) {
        forms.put(t.span(), t.form());
      }
    }
    for (int k = 0; k < asked.size(); k++) {
      Span span = asked.get(k);
      String got = probe.surfaces.get(k);
      assertThat(got).as("%s", span).isEqualTo(span.of(text));
      if (forms.containsKey(span)) {
        assertThat(got).as("%s", span).isSameAs(forms.get(span));
      }
    }
    assertThat(forms).hasSizeGreaterThan(300);
  }

  @Test
  void aSpanPastTheTextIsRefused() {
    Probe probe = new Probe(new Span(20, TEXT.length() + 1));
    assertThatThrownBy(() -> annotate(probe, TEXT)).isInstanceOf(PipelineException.class)
        .hasCauseInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theTokensAndSentencesAreKeptUnmodifiableAndTheAnnotationSharesThem() {
    Probe probe = new Probe();
    Annotation a = annotate(probe, "তিনি এলেন। আমরা গেলাম।");
    List<Token> tokens = probe.tokens;
    assertThat(tokens).extracting(Token::form)
        .containsExactly("তিনি", "এলেন", "।", "আমরা", "গেলাম", "।");
    assertThat(a.tokens()).isSameAs(tokens);
    assertThat(a.sentences()).isSameAs(probe.sentences).hasSize(2);
    assertThatThrownBy(() -> probe.sentences.remove(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(probe.firstSentence).containsExactlyElementsOf(tokens.subList(0, 3));
    assertThat(tokens.subList(3, 6).subList(1, 2)).containsExactly(tokens.get(4));
    assertThat(tokens).isEqualTo(new ArrayList<>(tokens)).hasSameHashCodeAs(new ArrayList<>(tokens));
    Token one = tokens.get(0);
    assertThatThrownBy(() -> tokens.add(one)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tokens.set(0, one)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> probe.firstSentence.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tokens.get(6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tokens.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> probe.firstSentence.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tokens.subList(4, 7)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aListGivenIsCopiedAndANullTokenRefused() {
    Analysis analysis = new Analysis(Document.of("d", "এক দুই"));
    List<Token> given = new ArrayList<>(List.of(new Token(0, 2, "এক", TokenKind.WORD)));
    analysis.setTokens(given);
    given.add(new Token(3, 6, "দুই", TokenKind.WORD));
    assertThat(analysis.tokens()).hasSize(1);
    List<Token> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> analysis.setTokens(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> analysis.setTokens(null)).isInstanceOf(NullPointerException.class);
  }

  /** {@link Analysis#copyTokens}: a range of the tokens into an array's start, ranges checked. */
  @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] [{0}, {1}) into {2}")
  @org.junit.jupiter.params.provider.CsvSource(delimiterString = " → ", textBlock = """
      # from, to, array length → the forms in the array after the copy (- for a slot left as it
      # was); the text's ঢাকায় (য and a nukta) has the form ঢাকা\u09DF
      0, 4, 4 → রোববার ঢাকা\u09DF ৫১ কোটি
      1, 3, 4 → ঢাকা\u09DF ৫১ - -
      5, 6, 1 → ।
      2, 2, 0 → ''
      2, 2, 2 → - -
      """)
  void copyTokensCopiesARangeIntoTheArraysStart(String range, String expected) {
    String[] r = range.split(",\\s*");
    int from = Integer.parseInt(r[0]);
    int to = Integer.parseInt(r[1]);
    Token[] into = new Token[Integer.parseInt(r[2])];
    Token filler = new Token(0, 1, "-", TokenKind.PUNCTUATION);
    Arrays.fill(into, filler);
    Analysis analysis = segmented(TEXT);
    analysis.copyTokens(from, to, into);
    List<String> got = new ArrayList<>();
    for (Token t : into) {
      got.add(t.form());
    }
    assertThat(String.join(" ", got)).isEqualTo(expected);
  }

  @Test
  void copyTokensRefusesARangeOutsideTheTokensOrTheArray() {
    Analysis analysis = segmented(TEXT); // six tokens
    assertThatThrownBy(() -> analysis.copyTokens(4, 7, new Token[3])).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> analysis.copyTokens(3, 2, new Token[3])).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> analysis.copyTokens(0, 3, new Token[2])).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new Analysis(Document.of("d", "এক")).copyTokens(0, 1, new Token[1]))
        .isInstanceOf(IndexOutOfBoundsException.class); // no tokens before segmentation
  }

  /** The analysis of a text after normalization and segmentation. */
  private static Analysis segmented(String text) {
    Analysis analysis = new Analysis(Document.of("d", text));
    new NormalizationStage().process(analysis);
    new SegmentationStage().process(analysis);
    return analysis;
  }
}
