package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.NormalizedText;
import dev.nirjas.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The differential check of {@link WordBreakLoop}: {@link Segmenter#tokenize} must give exactly the
 * tokens (span, form, kind) of ICU's word iterator, a dictionary script's run taken whole
 * ({@link Segmenter#tokenizeWithIcu}), on hand-written rows, on the project's own texts, on every
 * BMP char in a few contexts and on random strings. {@link SegmenterCorpusTest} does the same on
 * the Wikipedia corpus when it is there.
 */
class WordBreakLoopTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Segmenter SEGMENTER = new Segmenter();

  /** Asserts both tokenizers agree on {@code text}, normalized and as it is; returns the tokens of the normalized text. */
  static List<Token> assertSameTokens(String text) {
    NormalizedText nt = NORMALIZER.normalize(text);
    List<Token> tokens = SEGMENTER.tokenize(nt);
    assertThat(tokens).as("normalized [%s]", text).containsExactlyElementsOf(SEGMENTER.tokenizeWithIcu(nt));
    NormalizedText raw = NormalizedText.identity(text); // joiners, odd spaces and all, as a caller may pass
    assertThat(SEGMENTER.tokenize(raw)).as("raw [%s]", text).containsExactlyElementsOf(SEGMENTER.tokenizeWithIcu(raw));
    return tokens;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", quoteCharacter = '`', textBlock = """
      # text (\\uXXXX escapes read as chars) → the tokens' forms, ' | ' between them
      বেলজিয়ামের রাজধানী ব্রাসেলস → বেলজিয়ামের | রাজধানী | ব্রাসেলস
      # nukta typed decomposed (normalization composes it) and composed; hasanta; khanda ta
      য\\u09BC ড\\u09BC ঢ\\u09BC বড়ো আষাঢ় → য় | ড় | ঢ় | বড়ো | আষাঢ়
      ক্ষমতা উৎসব সত্ত্বেও → ক্ষমতা | উৎসব | সত্ত্বেও
      ত\\u09CD\\u200Dসব র\\u200D্যাব জ্ঞা\\u200Cন → ৎসব | র্যাব | জ্ঞান
      # marks after a space or at the start: ICU gives the space and the mark one segment
      \\u09BC ক \\u09BE\\u09BEখ → ় | ক | াা | খ
      # digits, separators, decimals
      ৪.৮৯৮ বিলিয়ন, ১২,৩৪,৫৬৭ টাকা → ৪.৮৯৮ | বিলিয়ন | , | ১২,৩৪,৫৬৭ | টাকা
      1,234.5 3.14.15 ১০.৫% ২০১০. ১,২ ১;২ ১:২ → 1,234.5 | 3.14.15 | ১০.৫ | % | ২০১০ | . | ১,২ | ১;২ | ১ | : | ২
      ১৯৭১-এ ডি-৮ ২৫শে ৪র্থ mp3 COVID-19 → ১৯৭১ | - | এ | ডি | - | ৮ | ২৫শে | ৪র্থ | mp3 | COVID | - | 19
      ১2৩ ৩১/১২/২০২০ ১০:৩০ ১৯৯০-এর ১৯৯০’র → ১2৩ | ৩১ | / | ১২ | / | ২০২০ | ১০ | : | ৩০ | ১৯৯০ | - | এর | ১৯৯০ | ’ | র
      ৳৫০০ $5 ৫০০৳ ₹ ৫% → ৳ | ৫০০ | $ | 5 | ৫০০ | ৳ | ₹ | ৫ | %
      # URLs, e-mails, apostrophes, connectors
      https://bn.wikipedia.org/wiki/ঢাকা?x=1&y=2#শুরু → https | : | / | / | bn.wikipedia.org | / | wiki | / | ঢাকা | ? | x | = | 1 | & | y | = | 2 | # | শুরু
      info@nirjas.dev www.example.com.bd → info | @ | nirjas.dev | www.example.com.bd
      don't O’Brien rock'n'roll ’৭১ 'quoted' → don't | O’Brien | rock'n'roll | ’ | ৭১ | ' | quoted | '
      snake_case __init__ _১ ক_খ a:b a::b a.b. → snake_case | __init__ | _১ | ক_খ | a:b | a | : | : | b | a.b | .
      # danda, double danda, quotes, brackets, dashes
      তিনি এলেন। আমরা গেলাম॥ কি?! → তিনি | এলেন | । | আমরা | গেলাম | ॥ | কি | ? | !
      “উদ্ধৃতি” ‘একক’ "ASCII" (বন্ধনী) [১] {ক} → “ | উদ্ধৃতি | ” | ‘ | একক | ’ | " | ASCII | " | ( | বন্ধনী | ) | [ | ১ | ] | { | ক | }
      চীন–বেলজিয়াম ১৯৭১—১৯৭৫ ক…খ ক·খ → চীন | – | বেলজিয়াম | ১৯৭১ | — | ১৯৭৫ | ক | … | খ | ক·খ
      # other scripts: Devanagari, Latin with accents, Greek, Arabic, Hebrew, Thai, CJK, Hangul
      हिन्दी १२३ café naïve e\\u0301 αβγ مرحبا ٣٤ → हिन्दी | १२३ | café | naïve | é | αβγ | مرحبا | ٣٤
      שלום צה״ל ב' কא אক → שלום | צה״ל | ב' | কא | אক
      # a run of a dictionary script is one token (ICU: ภาษา | ไทย, 中 | 文字, ひ | ら | が | な)
      ภาษาไทย ພາສາລາວ 中文字 ひらがな カタカナー 한국어 → ภาษาไทย | ພາສາລາວ | 中文字 | ひらがな | カタカナー | 한국어
      中华人民共和国; চীন (中国), 日本語を話す。ไทย. → 中华人民共和国 | ; | চীন | ( | 中国 | ) | , | 日本語を話す | 。 | ไทย | .
      # a Thai vowel sign after a dash attaches to it; the run starts after; Han before digits and a full stop
      เ–ียว –็ก (ภาษา) 统计年鉴2014 互聯網.com → เ | –ี | ยว | –็ | ก | ( | ภาษา | ) | 统计年鉴 | 2014 | 互聯網 | . | com
      # emoji, symbols, odd chars
      ভালো😀 👍🏽 🇧🇩 ❤️ ☺ © ™ ১😀২ → ভালো | 😀 | 👍🏽 | 🇧🇩 | ❤️ | ☺ | © | ™ | ১ | 😀 | ২
      ক\\u200Dখ 👨\\u200D👩 ক\\u200D😀 \\u200D → কখ | 👨 | 👩 | ক | 😀
      ক\\u00ADখ ক\\uFEFFখ \\uFEFFক ক\\u200Bখ → কখ | কখ | ক | কখ
      ক\\u0000খ ক\\uE000খ ক\\uFFFDখ \\uD800ক\\uDC00 → ক | খ | ক | \\uE000 | খ | ক | � | খ | \\uD800 | ক | \\uDC00
      """)
  void tokensAreIcus(String text, String forms) {
    String decoded = BreakInputs.unescape(text);
    List<Token> tokens = assertSameTokens(decoded);
    // the column may type nukta letters either way: each expected form is normalized as tokens are
    List<String> want = Stream.of(forms.split(" \\| "))
        .map(f -> BreakInputs.escape(NORMALIZER.normalize(BreakInputs.unescape(f)).text())).toList();
    assertThat(tokens.stream().map(t -> BreakInputs.escape(t.form())).toList()).containsExactlyElementsOf(want);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", quoteCharacter = '`', textBlock = """
      # white space: none of it a token, line breaks never attach a mark
      `এক\\r\\nদুই\\rতিন\\nচার\\u2029পাঁচ\\u2028ছয়\\u0085সাত\\u000Bআট\\u000Cনয়`
      `এক  দুই\\tতিন\\u00A0চার\\u3000পাঁচ\\u2009ছয়`
      `\\n\\u09BE \\u09BE  \\u09BE\\t\\u09BE\\u2029\\u09BE\\r\\n\\u09BE`
      `ক\\u0301\\u200C\\u09CD\\u09BCখ`
      ``
      `।`
      ` `
      """)
  void whiteSpaceAndLineBreaksAreIcus(String text) {
    assertSameTokens(BreakInputs.unescape(text == null ? "" : text));
  }

  @Test
  void theProjectsTextsAreTokenizedAsIcuDoes() throws IOException {
    List<Path> files = BreakInputs.projectTexts();
    assertThat(files).isNotEmpty();
    long tokens = 0;
    for (Path f : files) {
      tokens += assertSameTokens(Files.readString(f, StandardCharsets.UTF_8)).size();
    }
    assertThat(tokens).isGreaterThan(1000);
  }

  /** Every BMP char, alone and between letters, digits, marks and spaces: the table's classes against ICU's rules. */
  @Test
  void everyBmpCharInContext() {
    String[][] contexts = {
      {"", ""}, {"ক", "খ"}, {"ক", "১"}, {"১", "২"}, {"a", "b"}, {"1", "2"}, {"_", "ক"}, {" ", "\u09BE"},
      {"ক\u09BC", "\u09BCক"}, {"\n", "\u09BE"}, {"\u09BE", "_"},
    };
    BreakInputs.everyBmpCharIn(contexts, true, (c, text) -> {
      NormalizedText raw = NormalizedText.identity(text);
      List<Token> got = SEGMENTER.tokenize(raw);
      List<Token> want = SEGMENTER.tokenizeWithIcu(raw);
      if (!got.equals(want)) {
        assertThat(got).as("U+%04X in [%s]", c, text).containsExactlyElementsOf(want);
      }
    });
  }

  /** Random strings over chars of every class, the Bengali block weighted up. */
  @Test
  void randomStringsAreTokenizedAsIcuDoes() {
    String[] pieces = {
      "ক", "খ", "য", "ড", "ত", "র", "অ", "আ", "ৎ", "ড়", "য়", "\u09BC", "া", "ি", "ে", "ো", "্", "ং", "ঁ", "ৗ",
      "০", "৫", "৯", "৳", "৺", "৴", "৷", "ৼ", "৽", "৾", "।", "॥", "a", "Z", "0", "9", ".", ",", ";", ":", "'",
      "\"", "_", "-", "/", "@", "#", "%", "$", "(", ")", "!", "?", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00A0",
      "\u2009", "\u3000", "\u2028", "\u2029", "\u0085", "\u000B", "\u200B", "\u200C", "\u200D", "\u00AD",
      "\uFEFF", "\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", "\u00B7", "\u2024",
      "\u2027", "\uFE52", "\uFF0E", "\uFF0C", "\u066C", "\u2044", "\u203F", "\u0301", "क", "्", "१", "é",
      "α", "я", "ب", "٣", "\u064B", "א", "״", "׳", "ก", "็", "ກ", "က", "中", "あ", "カ", "ー", "한", "ᄀ", "க",
      "😀", "☺", "©", "™", "❤", "\uFE0F", "🇧", "🇩", "🏽", "👍", "\uD800", "\uDC00", "\uE000", "\uFFFD", "\u0000",
    };
    BreakInputs.randomStrings(20261203, 40_000, 24, pieces, 32, (c, text) -> assertSameTokens(text));
  }
}
