package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trie against its map: every word found with its value, every prefix of a text that is a word. */
class WordTrieTest {
  private static final Map<String, String> WORDS = Map.of(
      "চীন", "country", "চীনা", "demonym", "বেলজিয়াম", "country", "বে", "prefix", "", "empty", "a", "latin");

  @Test
  void wordsAndNotWords() {
    WordTrie<String> trie = WordTrie.of(WORDS);
    String[][] rows = {
        // text, value (null: none)
        {"চীন", "country"}, {"চীনা", "demonym"}, {"চী", null}, {"চীনের", null},
        {"বে", "prefix"}, {"বেলজিয়াম", "country"}, {"বেলজিয়া", null}, {"", "empty"}, {"a", "latin"}, {"b", null},
    };
    for (String[] row : rows) {
      assertThat(trie.get(row[0])).as(row[0]).isEqualTo(row[1]);
    }
    assertThat(trie.get("xচীনy", 1, 4)).isEqualTo("country");
    assertThat(trie.prefixEnds("চীনার", 0)).containsExactly(4, 3); // longest first; "" is never a prefix
    assertThat(WordTrie.of(Map.of()).get("চীন")).isNull();
  }

  /** A text that is not a String (read through CharSequence) answers as the same String does. */
  @Test
  void anyCharSequenceAnswersAsItsString() {
    WordTrie<String> trie = WordTrie.of(WORDS);
    WordTrie<Boolean> endings = WordTrie.of(Map.of("ের", true, "ে", true));
    String[] texts = {"চীনার", "বেলজিয়ামের", "চীনের", "চী", "aচীন", ""};
    for (String text : texts) {
      CharSequence b = new StringBuilder(text);
      assertThat(trie.get(b)).as(text).isEqualTo(trie.get(text));
      assertThat(trie.prefixEnds(b, 0)).as(text).containsExactly(trie.prefixEnds(text, 0));
      assertThat(trie.stemWithEnding(b, endings, 2)).as(text).isEqualTo(trie.stemWithEnding(text, endings, 2));
      int[] ends = new int[4];
      int[] stringEnds = new int[4];
      assertThat(trie.prefixEnds(b, 0, ends)).as(text).isEqualTo(trie.prefixEnds(text, 0, stringEnds));
      assertThat(ends).isEqualTo(stringEnds);
    }
    assertThat(trie.stemWithEnding(new StringBuilder("বেলজিয়ামের"), endings, 2)).isEqualTo(9);
    assertThat(trie.prefixEnds(new StringBuilder("চীনার"), 0)).containsExactly(4, 3);
  }

  @Test
  void randomTriesAnswerAsTheirMaps() {
    Random random = new Random(3);
    String letters = "কখগaা়";
    for (int round = 0; round < 300; round++) {
      Map<String, Integer> map = new HashMap<>();
      for (int i = random.nextInt(60); i > 0; i--) {
        map.put(word(random, letters, 6), i);
      }
      WordTrie<Integer> trie = WordTrie.of(map);
      for (int probe = 0; probe < 100; probe++) {
        String text = word(random, letters, 8);
        assertThat(trie.get(text)).as(text).isEqualTo(map.get(text));
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        List<Integer> ends = new ArrayList<>();
        for (int end = text.length(); end > from; end--) {
          if (map.containsKey(text.substring(from, end))) {
            ends.add(end);
          }
        }
        int[] found = trie.prefixEnds(text, from);
        List<Integer> actual = new ArrayList<>();
        for (int e : found) {
          actual.add(e);
        }
        assertThat(actual).as(text + " from " + from).isEqualTo(ends);
      }
    }
  }

  private static String word(Random random, String letters, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(max); i > 0; i--) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}
