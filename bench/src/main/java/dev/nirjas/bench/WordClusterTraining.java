package dev.nirjas.bench;

import dev.nirjas.Document;
import dev.nirjas.Token;
import dev.nirjas.text.Segmenter;
import dev.nirjas.text.TextNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the name finder's word clusters ({@code bn-word-clusters.tsv} of nirjas-extractors): the
 * one command behind {@code bench/train-clusters}.
 *
 * <pre>
 * WordClusterTraining --corpus bnwiki-2018.jsonl --ner-train train.tsv --output bn-word-clusters.tsv
 *                     [--dimensions 100] [--window 5] [--epochs 10] [--min-count 3] [--clusters 32,128,512]
 * </pre>
 *
 * <p>The text is the Wikipedia corpus's articles and the NER data's training split (never its test
 * split), normalized and segmented exactly as the pipeline does it, so the table's forms are the
 * forms the name finder sees. Word vectors ({@link SkipGramVectors}) are learnt for every form seen
 * {@code --min-count} times; each granularity of {@code --clusters} is a {@link SphericalKMeans} of
 * them. The table keeps the forms with a letter in them (punctuation and bare numbers have their
 * shape feature). Deterministic: the same inputs give the same file.
 */
public final class WordClusterTraining {
  private WordClusterTraining() {}

  /**
   * Reads, learns, clusters and writes; see the class comment for the arguments.
   *
   * @param args the command line
   * @throws IOException if an input cannot be read or the table not written
   */
  public static void main(String[] args) throws IOException {
    Path corpus = null;
    Path nerTrain = null;
    Path output = null;
    int dimensions = 100;
    int window = 5;
    int epochs = 10;
    int minCount = 3;
    int[] clusters = {32, 128, 512};
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(value);
        case "--ner-train" -> nerTrain = Path.of(value);
        case "--output" -> output = Path.of(value);
        case "--dimensions" -> dimensions = Integer.parseInt(value);
        case "--window" -> window = Integer.parseInt(value);
        case "--epochs" -> epochs = Integer.parseInt(value);
        case "--min-count" -> minCount = Integer.parseInt(value);
        case "--clusters" -> clusters = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (corpus == null || nerTrain == null || output == null) {
      throw new IllegalArgumentException("usage: WordClusterTraining --corpus FILE.jsonl --ner-train TRAIN.tsv --output FILE ...");
    }

    long t0 = System.nanoTime();
    List<String[]> texts = new ArrayList<>();
    TextNormalizer normalizer = TextNormalizer.standard();
    Segmenter segmenter = new Segmenter();
    for (Document d : Corpus.readJsonl(corpus, Corpus.Limit.NONE)) {
      texts.add(segmenter.tokenize(normalizer.normalize(d.text())).stream().map(Token::form).toArray(String[]::new));
    }
    int articles = texts.size();
    for (String sentence : nerSentences(nerTrain)) {
      texts.add(segmenter.tokenize(normalizer.normalize(sentence)).stream().map(Token::form).toArray(String[]::new));
    }

    Map<String, Integer> counts = new HashMap<>();
    long tokens = 0;
    for (String[] t : texts) {
      for (String f : t) {
        counts.merge(f, 1, Integer::sum);
      }
      tokens += t.length;
    }
    final int min = minCount;
    List<String> vocabulary = new ArrayList<>();
    counts.forEach((form, n) -> {
      if (n >= min) {
        vocabulary.add(form);
      }
    });
    // Most frequent first, ties by form: the order fixes the ids, so the result is deterministic.
    vocabulary.sort(Comparator.comparingInt((String f) -> -counts.get(f)).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> ids = new HashMap<>();
    long[] wordCounts = new long[vocabulary.size()];
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
      wordCounts[i] = counts.get(vocabulary.get(i));
    }
    int[][] encoded = new int[texts.size()][];
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = Arrays.stream(texts.get(i)).mapToInt(f -> ids.getOrDefault(f, -1)).filter(id -> id >= 0).toArray();
    }
    System.out.printf(Locale.ROOT, "text: %d articles + %d NER training sentences, %,d tokens, %,d forms seen %d times or more%n",
        articles, texts.size() - articles, tokens, vocabulary.size(), minCount);

    float[] vectors = new SkipGramVectors(dimensions, window, 5, epochs, 1e-4, 1).train(encoded, wordCounts);
    System.out.printf(Locale.ROOT, "vectors: %d dimensions, window %d, %d epochs, %.0f s%n",
        dimensions, window, epochs, (System.nanoTime() - t0) / 1e9);
    int[][] assigned = new int[clusters.length][];
    for (int level = 0; level < clusters.length; level++) {
      assigned[level] = SphericalKMeans.cluster(vectors, vocabulary.size(), dimensions, clusters[level]);
    }

    int written = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      out.println("# Word clusters of the name finder's features (dev.nirjas.entity.WordClusters), made by");
      out.println("# bench/train-clusters (dev.nirjas.bench.WordClusterTraining): skip-gram word vectors, then");
      out.println("# spherical k-means at each granularity of the header row. Learnt from the text of");
      out.println("#  - the Bengali Wikipedia articles of ../shared/corpus/bnwiki-2018.jsonl (Bengali Wikipedia");
      out.println("#    contributors, CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/), and");
      out.println("#  - the training split of https://github.com/Rifat1493/Bengali-NER (MIT, Copyright (c) 2023");
      out.println("#    Md Jamiur Rahman Rifat).");
      out.println("# This file is derived from them and keeps CC BY-SA 3.0, not the Apache License (NOTICE).");
      out.printf(Locale.ROOT, "# %d dimensions, window %d, %d epochs, forms seen %d times or more, with a letter.%n",
          dimensions, window, epochs, minCount);
      StringBuilder header = new StringBuilder("form");
      for (int k : clusters) {
        header.append('\t').append(k);
      }
      out.println(header);
      for (int i = 0; i < vocabulary.size(); i++) {
        String form = vocabulary.get(i);
        if (!kept(form)) {
          continue;
        }
        StringBuilder row = new StringBuilder(form);
        for (int[] level : assigned) {
          row.append('\t').append(level[i]);
        }
        out.println(row);
        written++;
      }
    }
    System.out.printf(Locale.ROOT, "clusters %s: %,d forms written to %s in %.0f s%n",
        Arrays.toString(clusters), written, output, (System.nanoTime() - t0) / 1e9);
  }

  /** A form with a letter in it, and nothing a resource table would read otherwise. */
  private static boolean kept(String form) {
    if (form.startsWith("#") || form.indexOf('\\') >= 0) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      if (Character.isLetter(form.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The NER file's sentences, each its tokens joined by spaces (as the name finder's reader joins them). */
  private static List<String> nerSentences(Path file) throws IOException {
    List<String> sentences = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (sentence.length() > 0) {
          sentences.add(sentence.toString());
          sentence.setLength(0);
        }
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length >= 2) {
        if (sentence.length() > 0) {
          sentence.append(' ');
        }
        sentence.append(columns[0].strip());
      }
    }
    if (sentence.length() > 0) {
      sentences.add(sentence.toString());
    }
    return sentences;
  }
}
