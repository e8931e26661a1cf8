package dev.nirjas.entity;

import dev.nirjas.MentionType;
import dev.nirjas.NormalizedText;
import dev.nirjas.Token;
import dev.nirjas.text.Segmenter;
import dev.nirjas.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads a name-tagged corpus in the format of Rifat1493/Bengali-NER ({@code token<TAB>tag}, a
 * blank line between sentences, tags O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG and TIM) into
 * sentences tokenized exactly as the pipeline tokenizes text.
 *
 * <p>Each sentence's tokens are joined with spaces, normalized by {@link TextNormalizer} and
 * split by {@link Segmenter}, so that training, evaluation and run time see the same tokens and the
 * same forms. Where ICU splits a corpus token (a hyphen, a glued quote), a name covers all its
 * pieces. TIM is read as O: times are the time stage's. Names follow the conlleval convention: a
 * name starts at B-X, or at I-X after anything but B-X or I-X.
 *
 * <p>The files are noisy and read leniently: a leading BOM is skipped; on a line the token is the
 * first non-empty field and the tag the last (a line with one field is O).
 */
final class NerCorpus {
  private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
  private static final Segmenter SEGMENTER = new Segmenter();

  private NerCorpus() {}

  /**
   * A sentence with its names.
   *
   * @param tokens the pipeline's tokens of the sentence (spans into the space-joined corpus tokens)
   * @param names the tagged names, as token ranges, in order
   * @param lostNames names whose tokens vanished in normalization (never seen so far; counted)
   */
  record TaggedSentence(List<Token> tokens, List<NameSpan> names, int lostNames) {}

  /** Reads a corpus file. */
  static List<TaggedSentence> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads a corpus from a UTF-8 stream. */
  static List<TaggedSentence> read(InputStream in) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    forEachSentence(in, (words, tags) -> out.add(sentence(words, tags)));
    return out;
  }

  /**
   * Gives each sentence of a corpus, as read, to {@code action}: its words and their tags (the
   * lists are reused after the call returns).
   */
  static void forEachSentence(InputStream in, BiConsumer<List<String>, List<String>> action) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line; (line = r.readLine()) != null; ) {
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          action.accept(words, tags);
          words.clear();
          tags.clear();
        }
        continue;
      }
      String word = null;
      String tag = "O";
      for (String field : line.split("\t")) {
        if (!field.isBlank()) {
          if (word == null) {
            word = field.strip();
          } else {
            tag = field.strip();
          }
        }
      }
      words.add(word);
      tags.add(tag);
    }
    if (!words.isEmpty()) {
      action.accept(words, tags);
    }
  }

  /** One sentence: the corpus tokens re-tokenized, and the names moved onto the new tokens. */
  static TaggedSentence sentence(List<String> words, List<String> tags) {
    int[] starts = wordStarts(words);
    NormalizedText normalized = NORMALIZER.normalize(text(words));
    List<Token> tokens = SEGMENTER.tokenize(normalized);
    // firstToken[w]: the first pipeline token starting at or after corpus word w.
    int[] firstToken = new int[words.size() + 1];
    int t = 0;
    for (int w = 0; w <= words.size(); w++) {
      while (t < tokens.size() && tokens.get(t).start() < starts[w]) {
        t++;
      }
      firstToken[w] = t;
    }
    List<NameSpan> names = new ArrayList<>();
    int lost = 0;
    for (NameSpan n : names(tags)) {
      if (firstToken[n.first()] < firstToken[n.end()]) {
        names.add(new NameSpan(firstToken[n.first()], firstToken[n.end()], n.type(), 1));
      } else {
        lost++;
      }
    }
    return new TaggedSentence(List.copyOf(tokens), List.copyOf(names), lost);
  }

  /** The text a sentence's corpus words make: the words joined with single spaces. */
  static String text(List<String> words) {
    return String.join(" ", words);
  }

  /**
   * Where each corpus word starts in {@link #text}; one more entry, one past the text's end, so
   * that word {@code w} is {@code [starts[w], starts[w + 1] - 1)}.
   */
  static int[] wordStarts(List<String> words) {
    int[] starts = new int[words.size() + 1];
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      starts[i] = at;
      at += words.get(i).length() + 1;
    }
    starts[words.size()] = at;
    return starts;
  }

  /**
   * The names a tag sequence marks, as ranges of its words, by the conlleval convention: a name
   * starts at B-X, or at I-X after anything but B-X or I-X, and goes on over the I-X after it.
   */
  static List<NameSpan> names(List<String> tags) {
    List<NameSpan> names = new ArrayList<>();
    for (int w = 0; w < tags.size(); ) {
      MentionType type = typeOf(tags.get(w));
      if (type == null) {
        w++;
        continue;
      }
      int end = w + 1;
      while (end < tags.size() && tags.get(end).startsWith("I-") && type == typeOf(tags.get(end))) {
        end++;
      }
      names.add(new NameSpan(w, end, type, 1));
      w = end;
    }
    return names;
  }

  /** The type of a B- or I- tag; null for O, TIM and anything else. */
  private static MentionType typeOf(String tag) {
    if (tag.length() != 5 || !(tag.startsWith("B-") || tag.startsWith("I-"))) {
      return null;
    }
    return switch (tag.substring(2)) {
      case "PER" -> MentionType.PERSON;
      case "LOC" -> MentionType.LOCATION;
      case "ORG" -> MentionType.ORGANIZATION;
      default -> null;
    };
  }
}
