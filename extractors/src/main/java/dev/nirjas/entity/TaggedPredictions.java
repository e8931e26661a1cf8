package dev.nirjas.entity;

import dev.nirjas.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A tagger's output on a tagged corpus — per word, the predicted tag and the gold one — scored the
 * two ways the Bengali NER literature reports: conlleval's names over PER, LOC and ORG, TIM read as
 * O ({@link #names}), and the mean of the per-tag F1 over words ({@link #tagMacroF1}).
 *
 * <p>Why both: the dataset paper's "72.66 F1" for its bidirectional GRU is the second, as its code
 * computes it ({@code sklearn}'s {@code precision_recall_fscore_support(y_true, y_pred,
 * average="macro")} over the eight tags, O and TIM included); the name finder is measured by the
 * first. Scoring the paper's own predictions both ways shows what the figure means next to ours.
 *
 * <p>The file layout is the one that code writes: {@code word<TAB>predicted<TAB>gold}, a blank line
 * between sentences. Byte-order marks (the paper's file has one after its first, empty line) and
 * carriage returns are ignored; a line without a word, a predicted and a gold tag is an error.
 * Names are scored on the corpus's own words, so the figures do not depend on how Nirjas
 * tokenizes.
 *
 * @param sentences the sentences, in file order
 */
record TaggedPredictions(List<Sentence> sentences) {

  /**
   * One sentence.
   *
   * @param words the corpus's words
   * @param predicted the tagger's tag for each word
   * @param gold the gold tag for each word
   */
  record Sentence(List<String> words, List<String> predicted, List<String> gold) {
    Sentence {
      words = List.copyOf(words);
      predicted = List.copyOf(predicted);
      gold = List.copyOf(gold);
      if (predicted.size() != words.size() || gold.size() != words.size()) {
        throw new IllegalArgumentException("a tag per word: " + words.size() + " words, "
            + predicted.size() + " predicted, " + gold.size() + " gold tags");
      }
    }
  }

  TaggedPredictions {
    sentences = List.copyOf(sentences);
  }

  /** Reads a predictions file ({@code word<TAB>predicted<TAB>gold}). */
  static TaggedPredictions read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads predictions from a UTF-8 stream.
   *
   * @throws IllegalArgumentException at a line without a word, a predicted and a gold tag
   */
  static TaggedPredictions read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Sentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    int number = 0;
    for (String line; (line = r.readLine()) != null; ) {
      number++;
      line = line.replace("\r", "").replace("\uFEFF", "");
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          out.add(new Sentence(words, predicted, gold));
          words.clear();
          predicted.clear();
          gold.clear();
        }
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length < 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
        throw new IllegalArgumentException("line " + number + ": expected word<TAB>predicted<TAB>gold, got \""
            + line + "\"");
      }
      words.add(fields[0].strip());
      predicted.add(fields[1].strip());
      gold.add(fields[2].strip());
    }
    if (!words.isEmpty()) {
      out.add(new Sentence(words, predicted, gold));
    }
    return new TaggedPredictions(out);
  }

  /**
   * What a name finder predicts on a tagged corpus: each sentence's words re-tokenized as the
   * pipeline does ({@link NerCorpus#sentence}), the finder's names moved back onto the words they
   * touch (B- on the first, I- on the rest), the gold tags as they are. Two names that touch one
   * word (ICU may cut a hyphenated word in two) cannot both be told on the words: the later one
   * takes the word, from its first word on. On the NER test split that never happens.
   *
   * @param finder the finder
   * @param corpus a tagged corpus file in {@link NerCorpus}'s format
   * @throws IOException if the corpus cannot be read
   */
  static TaggedPredictions of(NameFinder finder, Path corpus) throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(corpus)) {
      NerCorpus.forEachSentence(in, (words, gold) -> out.add(predict(finder, words, gold)));
    }
    return new TaggedPredictions(out);
  }

  private static Sentence predict(NameFinder finder, List<String> words, List<String> gold) {
    List<Token> tokens = NerCorpus.sentence(words, gold).tokens();
    int[] starts = NerCorpus.wordStarts(words);
    String[] tags = new String[words.size()];
    Arrays.fill(tags, "O");
    for (NameSpan n : finder.find(tokens)) {
      int first = wordAt(starts, tokens.get(n.first()).start());
      int last = wordAt(starts, tokens.get(n.end() - 1).start());
      String type = switch (n.type()) {
        case PERSON -> "PER";
        case LOCATION -> "LOC";
        case ORGANIZATION -> "ORG";
        default -> throw new IllegalArgumentException("not a name's type: " + n.type());
      };
      for (int k = first; k <= last; k++) {
        tags[k] = (k == first ? "B-" : "I-") + type;
      }
    }
    return new Sentence(words, Arrays.asList(tags), gold);
  }

  /** The word a text offset falls in: the last word starting at or before it. */
  private static int wordAt(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, 0, starts.length - 1, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** The same predictions with TIM read as O on both sides: the name finder leaves times to the time stage. */
  TaggedPredictions withoutTimes() {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(new Sentence(s.words(), s.predicted().stream().map(TaggedPredictions::timeAsO).toList(),
          s.gold().stream().map(TaggedPredictions::timeAsO).toList()));
    }
    return new TaggedPredictions(out);
  }

  private static String timeAsO(String tag) {
    return tag.equals("TIM") ? "O" : tag;
  }

  /**
   * conlleval's names over PER, LOC and ORG on the corpus's words. TIM is read as O: conlleval.pl
   * itself would open an untyped chunk at a bare TIM after a name tag (64.26 instead of 64.30 on
   * the paper's predictions), which is no name of the three types.
   */
  NameScores names() {
    NameScores scores = new NameScores();
    for (Sentence s : sentences) {
      scores.add(NerCorpus.names(s.gold()), NerCorpus.names(s.predicted()));
    }
    return scores;
  }

  /**
   * The per-word F1 of each tag, in percent.
   *
   * @param perTag each tag's F1, by tag
   * @param macro their unweighted mean
   */
  record TagScores(SortedMap<String, Double> perTag, double macro) {}

  /**
   * The per-word F1 of each tag and their unweighted mean, as {@code sklearn}'s
   * {@code precision_recall_fscore_support(average="macro")} computes them: over every tag seen in
   * either column, a tag never predicted (or never gold) counting 0.
   */
  TagScores tagScores() {
    SortedMap<String, int[]> counts = new TreeMap<>(); // correct, predicted, gold
    for (Sentence s : sentences) {
      for (int i = 0; i < s.words().size(); i++) {
        String p = s.predicted().get(i);
        String g = s.gold().get(i);
        counts.computeIfAbsent(p, k -> new int[3])[1]++;
        counts.computeIfAbsent(g, k -> new int[3])[2]++;
        if (p.equals(g)) {
          counts.get(p)[0]++;
        }
      }
    }
    SortedMap<String, Double> f1 = new TreeMap<>();
    double sum = 0;
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      double f = 2.0 * c[0] / (c[1] + c[2]) * 100; // 2PR/(P+R) = 2·correct/(predicted+gold)
      f1.put(e.getKey(), f);
      sum += f;
    }
    return new TagScores(Collections.unmodifiableSortedMap(f1), counts.isEmpty() ? 0 : sum / counts.size());
  }

  /** The unweighted mean of the per-tag F1, in percent: the dataset paper's measure. */
  double tagMacroF1() {
    return tagScores().macro();
  }
}
