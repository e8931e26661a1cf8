package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import dev.nirjas.NormalizedText;
import dev.nirjas.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The differential check of {@link WordBreakLoop} and {@link SentenceBreakLoop} on the Bengali Wikipedia corpus
 * ({@code ../shared/corpus/bnwiki-2018.jsonl} next to the project, or the file named by the system
 * property {@code nirjas.corpus}); skipped when it is not there. Every document is normalized as the
 * pipeline does it, then {@link Segmenter#tokenize} must give exactly the tokens of ICU's iterator
 * alone, and {@link Segmenter#segment} exactly its tokens and sentences. Prints the counts, the
 * differences, and which chars sent word segments and whole texts to ICU.
 */
class SegmenterCorpusTest {
  private static final int MAX_REPORTED = 20;

  @Test
  void sentencesAreIcusOnTheWholeCorpus() throws IOException {
    TextNormalizer normalizer = new TextNormalizer();
    Segmenter segmenter = new Segmenter();
    long documents = 0;
    long sentences = 0;
    long boundaries = 0;
    long toIcu = 0;
    List<String> differences = new ArrayList<>();
    for (String line : lines()) {
      NormalizedText nt = normalizer.normalize(textField(line));
      documents++;
      String text = nt.text();
      if (SentenceBreakLoop.handles(text.toCharArray(), text.length())) {
        List<Integer> loop = SentenceBreakLoopTest.loopBoundaries(text);
        boundaries += loop.size();
        if (!loop.equals(SentenceBreakLoopTest.icuBoundaries(text))) {
          differences.add("document " + documents + ": raw boundaries differ");
        }
      } else {
        toIcu++;
      }
      Segmenter.Segments got = segmenter.segment(nt);
      Segmenter.Segments want = segmenter.segmentWithIcu(nt);
      sentences += want.sentences().size();
      if (!got.sentences().equals(want.sentences()) || !got.tokens().equals(want.tokens())) {
        differences.add("document " + documents + ": segments differ");
      }
    }
    System.out.printf("corpus: %,d documents (%,d with a surrogate, left to ICU), %,d raw sentence boundaries"
        + " and %,d sentences compared, %,d differences%n", documents, toIcu, boundaries, sentences, differences.size());
    differences.stream().limit(MAX_REPORTED).forEach(System.out::println);
    assertThat(documents).isGreaterThan(1000);
    assertThat(differences).isEmpty();
  }

  /** The corpus's lines, one JSON document each; the test is skipped when there is no corpus. */
  private static List<String> lines() throws IOException {
    Path corpus = corpus();
    assumeTrue(Files.isRegularFile(corpus), "no corpus at " + corpus);
    return Files.readAllLines(corpus, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void tokensAreIcusOnTheWholeCorpus() throws IOException {
    TextNormalizer normalizer = new TextNormalizer();
    Segmenter segmenter = new Segmenter();
    long documents = 0;
    long tokens = 0;
    long segments = 0;
    long fallbacks = 0;
    Map<String, Integer> fallbackChars = new TreeMap<>();
    List<String> differences = new ArrayList<>();
    for (String line : lines()) {
      NormalizedText nt = normalizer.normalize(textField(line));
      List<Token> got = segmenter.tokenize(nt);
      List<Token> want = segmenter.tokenizeWithIcu(nt);
      documents++;
      tokens += want.size();
      if (!got.equals(want)) {
        differences.add(firstDifference(documents, got, want));
      }
      String text = nt.text();
      BreakIterator icu = segmenter.wordIterator(); // for the statistics only
      icu.setText(text);
      char[] chars = text.toCharArray();
      for (int from = 0; from < text.length(); segments++) {
        int to = WordBreakLoop.next(chars, chars.length, from);
        if (to == WordBreakLoop.UNKNOWN) {
          fallbacks++;
          to = icu.following(from);
          fallbackChars.merge(unhandledIn(text, from, to), 1, Integer::sum);
        }
        from = to;
      }
    }
    System.out.printf("corpus %s: %,d documents, %,d tokens compared, %,d differences%n",
        corpus(), documents, tokens, differences.size());
    System.out.printf("word segments: %,d, of which ICU's iterator found %,d; by the scripts of their unhandled chars: %s%n",
        segments, fallbacks, fallbackChars);
    differences.stream().limit(MAX_REPORTED).forEach(System.out::println);
    assertThat(documents).isGreaterThan(1000);
    assertThat(differences).isEmpty();
  }

  private static Path corpus() {
    String path = System.getProperty("nirjas.corpus");
    if (path != null) {
      return Path.of(path);
    }
    return BreakInputs.projectRoot().resolve("../shared/corpus/bnwiki-2018.jsonl").normalize();
  }

  private static String firstDifference(long document, List<Token> got, List<Token> want) {
    int i = 0;
    while (i < got.size() && i < want.size() && got.get(i).equals(want.get(i))) {
      i++;
    }
    return "document " + document + ", token " + i + ": loop " + got.subList(i, Math.min(got.size(), i + 3))
        + ", ICU " + want.subList(i, Math.min(want.size(), i + 3));
  }

  /** The scripts of the chars of {@code text[from, to]} that the loop leaves to ICU ("Han", "Thai", "Common" for emoji). */
  private static String unhandledIn(String text, int from, int to) {
    Set<String> scripts = new TreeSet<>();
    for (int i = from; i <= to && i < text.length(); i++) {
      if (WordBreakTable.of(text.charAt(i)) == WordBreakTable.UNHANDLED) {
        int cp = text.codePointAt(i);
        scripts.add(UScript.getName(UScript.getScript(cp)));
        i += Character.charCount(cp) - 1;
      }
    }
    return String.join("+", scripts);
  }

  /** The string value of the {@code "text"} field of one JSON object on one line. */
  static String textField(String json) {
    int key = json.indexOf("\"text\"");
    if (key < 0) {
      throw new IllegalArgumentException("no text field: " + json.substring(0, Math.min(80, json.length())));
    }
    int i = json.indexOf('"', json.indexOf(':', key + 6)) + 1;
    StringBuilder b = new StringBuilder();
    for (char c = json.charAt(i); c != '"'; c = json.charAt(++i)) {
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append(e); // \" \\ \/
      }
    }
    return b.toString();
  }
}
