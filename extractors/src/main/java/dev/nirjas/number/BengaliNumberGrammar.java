package dev.nirjas.number;

import dev.nirjas.FormFact;
import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.number.NumberLexicon.Condition;
import dev.nirjas.number.NumberLexicon.Function;
import dev.nirjas.number.NumberLexicon.Kind;
import dev.nirjas.number.NumberLexicon.Role;
import dev.nirjas.number.NumberLexicon.Word;
import dev.nirjas.sentence.SentenceTokens;
import dev.nirjas.text.Dashes;
import dev.nirjas.text.Digits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Bengali number grammar: reads cardinals, ordinals, percentages and ranges from tokens, in
 * words, in Bengali or ASCII digits, or mixed.
 *
 * <p>Hand-written because nothing else reads Bengali number words: ICU4J has no Bengali spellout
 * rules, Duckling's Bengali stops at the tens, and Lucene's analyzer deletes number words. The words
 * are data (the {@code .tsv} files beside this class); this class holds the composition rules:
 * <ul>
 *   <li>0–99 are single lexicon words; hundreds are glued (দুইশো, পাঁচশত, দেড়শো) or spaced
 *       (দুই শ); after hundreds a number below 100 adds (একশো আট = 108).
 *   <li>A scale larger than all before it, or the largest again after smaller ones, multiplies
 *       everything so far (হাজার কোটি, ১ হাজার ২০০ কোটি = 1200 কোটি, ৯ কোটি ৯৯ লাখ কোটি); a
 *       smaller one adds (৫ কোটি ২০ লাখ). A scale word doubled with no number before it (হাজার
 *       হাজার, "thousands of") is an idiom, not a number.
 *   <li>সাড়ে, সোয়া, পৌনে add ½, ¼, −¼ to what follows before its scale (সাড়ে চারশো = 450).
 *   <li>দশমিক reads the digit words after it one by one (তিন দশমিক এক চার = 3.14) or the digit
 *       token after it (১ দশমিক ৭৫ বিলিয়ন = 1.75 × 10^9): the part before দশমিক is never dropped,
 *       and with nothing before it the number is below one (দশমিক ৫ শতাংশ = 0.5%).
 *   <li>Endings glued to a number (তিনটি, ১০০জনের, ২০১০-এ, ১৮০০রও) belong to it and close it; a
 *       scale glued to digits multiplies them (৩২মিলিয়ন); digit ordinals take their own endings
 *       (১ম, ৪র্থ, ২৫শে), glued or written apart (১৯ শে: never the scale শ); -তম makes ordinals
 *       (পঞ্চাশতম, হাজারতম), and after a phrase makes the whole phrase one (দুই হাজার বিশতম = 2020,
 *       দুই শততম = 200, পাঁচশ তম); a scale with -অধিক is "more than" it (সহস্রাধিক, approx).
 *   <li>Around a number: approximation words (প্রায়), a minus or ঋণাত্মক, percent words (শতাংশ,
 *       %, শতকরা … ভাগ), and range connectors (-, থেকে) between two numbers, a scale after the
 *       second applying to both (২০ থেকে ৩০ হাজার).
 *   <li>Not numbers: এক/একটি before an ordinary word (the indefinite article), নয়/বার/দু
 *       unless a counted word follows, digits with a leading zero, runs of digit groups (phone
 *       numbers), digits hyphenated to a word in Latin letters (COVID-19: after Bengali letters, ডি-৮,
 *       they are the designation's number, the digits alone), ungrouped runs of more than
 *       {@value #MAX_PLAIN_DIGITS} digits (identifiers).
 * </ul>
 *
 * <p>One left-to-right pass with bounded look-ahead: linear in the number of tokens. Immutable and
 * thread-safe.
 */
final class BengaliNumberGrammar {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Ungrouped whole numbers longer than this are identifiers (ISBNs, phone and account numbers,
   * wiki sort keys), not quantities: writers group large quantities (১২,৩৪,৫৬,৭৮৯) or use scale
   * words (৪.৮৯৮ বিলিয়ন).
   */
  static final int MAX_PLAIN_DIGITS = 12;

  /**
   * A number phrase stops growing before its value passes 10^30 (কোটি repeated): the value stays
   * exact and the work linear, and no real quantity is lost.
   */
  static final int MAX_MAGNITUDE = 30;

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_MAGNITUDE);

  /** Endings that make a scale word "more than" it: সহস্রাধিক, দুই শতাধিক (approximate). */
  private static final Set<String> MORE_THAN = Set.of("াধিক", "াধিকের", "াধিকে");

  private final NumberLexicon lexicon = new NumberLexicon();
  /** What a token reads as alone, and which function word it is: once per form. */
  private final FormFact<Piece> pieceOf = FormFact.ofToken(t -> analyze(t, new int[16]));
  private final FormFact<Function> functionOf =
      FormFact.ofToken(t -> t.kind() == TokenKind.WORD ? lexicon.function(t.form()) : null);

  /** What one token is to the grammar. */
  private record Piece(Kind kind, BigDecimal base, BigDecimal multiplier, boolean closed,
      Condition condition, boolean digits) {
    BigDecimal value() {
      return multiplier == null ? base : base.multiply(multiplier);
    }
  }

  /** A phrase's rule by what it is written with, made once rather than at every phrase. */
  private static final String[] PHRASE_RULES = {"digits", "words", "mixed", "digits+scale", "words+scale", "mixed+scale"};
  /** What a reading's rule names start with: the mention's rule is the stage's name, then the grammar's. */
  static final String RULE_PREFIX = "number.";
  /** A reading's rule when it is its phrase's alone (most readings): one string each, not one a reading. */
  private static final Map<String, String> PLAIN_RULES = plainRules();

  private static Map<String, String> plainRules() {
    Map<String, String> m = new HashMap<>();
    for (String r : PHRASE_RULES) {
      m.put(r, RULE_PREFIX + r);
    }
    for (String r : List.of("ordinal-digits", "ordinal-words")) {
      m.put(r, RULE_PREFIX + r);
    }
    return m; // a HashMap, never changed: see EntityLexicon's word lists
  }

  /** A number phrase: tokens [first, end), value, and the last scale it applied. */
  private record Phrase(int first, int end, BigDecimal value, BigDecimal lastScale, boolean ordinal,
      boolean closed, String rule) {}

  /** A reader of sentences on one thread, one after the other: {@link Context#reset} gives it the next. */
  Context reader() {
    return new Context();
  }

  /**
   * Reads every number expression in the sentence a reader was reset to, left to right, into the
   * reader's own list: valid until its next read (a new list a sentence was a tenth of what the
   * numbers stage allocated).
   */
  List<NumberReading> read(Context cx) {
    List<NumberReading> out = cx.readings;
    out.clear();
    int i = 0;
    while (i < cx.size()) {
      if (!cx.mayStart(i)) {
        i++; // an ordinary word or mark: no reading starts here
        continue;
      }
      int skip = cx.identifierRun(i);
      if (skip > i) {
        i = skip;
        continue;
      }
      NumberReading r = readAt(cx, i);
      if (r != null) {
        out.add(r);
        i = r.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private NumberReading readAt(Context cx, int i) {
    int j = i;
    boolean approx = false;
    boolean negative = false;
    boolean percentBefore = false;
    Function f = cx.function(j);
    if (f != null && f.role() == Role.APPROX) {
      approx = true;
      j++;
      f = cx.function(j);
    }
    if (f != null && f.role() == Role.PERCENT_BEFORE) {
      percentBefore = true;
      j++;
      f = cx.function(j);
      if (!approx && f != null && f.role() == Role.APPROX) {
        approx = true; // শতকরা প্রায় ৮০ ভাগ
        j++;
        f = cx.function(j);
      }
    }
    if (f != null && f.role() == Role.NEGATIVE) {
      negative = true;
      j++;
    } else if (cx.isMinus(j)) {
      negative = true;
      j++;
    }
    Phrase p = phrase(cx, j);
    if (p == null && approx && cx.piece(j) != null && cx.piece(j).kind == Kind.SCALE && !cx.piece(j).closed) {
      Function counted = cx.function(j + 1);
      if (counted != null && (counted.role() == Role.COUNTED || counted.role() == Role.COUNTED_NOUN)) {
        p = new Phrase(j, j + 1, cx.piece(j).base, null, false, false, "words+scale"); // প্রায় হাজার কিলোমিটার
      }
    }
    if (p == null) {
      return null;
    }
    if (cx.endsWithMoreThan(p.end - 1)) {
      approx = true; // সহস্রাধিক, দুই শতাধিক: "more than"
    }
    Function before = cx.function(i - 1);
    if (before != null && before.role() == Role.QUANTIFIER && cx.piece(j) != null
        && (cx.piece(j).kind == Kind.SCALE || cx.piece(j).kind == Kind.HUNDRED)) {
      return null; // কয়েক হাজার কোটি: "a few thousand crore" is no exact number
    }
    int k = p.end;
    BigDecimal value = p.value;
    BigDecimal upper = null;
    MentionType type = p.ordinal ? MentionType.ORDINAL : MentionType.NUMBER;
    String range = null; // the parts of the rule's name besides the phrase's, named at the end
    String percent = null;
    BigDecimal[] tail = p.ordinal || p.closed || negative ? null : cx.ordinalTail(k, p.value);
    if (tail != null) {
      value = tail[0];
      type = MentionType.ORDINAL;
      k = tail[1].intValue();
    }
    if (!p.ordinal && type != MentionType.ORDINAL && !p.closed && cx.isRangeConnector(k)) {
      Phrase q = phrase(cx, k + 1);
      if (q != null && !q.ordinal) {
        BigDecimal lower = p.value;
        if (p.lastScale == null && q.lastScale != null && lower.multiply(q.lastScale).compareTo(q.value) < 0) {
          lower = lower.multiply(q.lastScale);
        }
        if ((negative ? lower.negate() : lower).compareTo(q.value) < 0) {
          value = lower;
          upper = q.value;
          type = MentionType.NUMBER_RANGE;
          k = q.end;
          range = q.rule;
          Function close = cx.function(k);
          if (close != null && close.role() == Role.RANGE_CLOSE) {
            k++;
          }
        }
      }
    }
    if (type == MentionType.NUMBER && !p.closed) {
      int e = percentEnd(cx, k, percentBefore);
      if (e >= 0) {
        type = MentionType.PERCENT;
        percent = percentRule(cx, k);
        k = e;
      }
    }
    String unit = null;
    if (type == MentionType.NUMBER_RANGE) {
      // ৫.২৫ থেকে ৫.৫০ শতাংশ, ৫-৭%, শতকরা ৫ থেকে ৭ ভাগ: a range of percentages is one NUMBER_RANGE
      // with the unit, since a PERCENT has one value; the percent word belongs to its span
      int e = percentEnd(cx, k, percentBefore);
      if (e >= 0) {
        unit = NumberMention.UNIT_PERCENT;
        percent = percentRule(cx, k);
        k = e;
      }
    }
    if (percentBefore && type != MentionType.PERCENT && unit == null) {
      return null; // শতকরা with no percentage: let the caller move on
    }
    if (negative) {
      if (type == MentionType.ORDINAL) {
        return null;
      }
      value = value.negate(); // for a range the minus belongs to the lower end: -৫ থেকে ১০
    }
    return new NumberReading(type, i, k, value, upper, unit, approx,
        ruleName(p.rule, tail != null, range, percent, negative, approx));
  }

  /**
   * The mention's rule: number.[approx+][minus+]phrase[+ordinal][..range][+percent]; one constant
   * string for a phrase's rule alone, which most readings are.
   */
  private static String ruleName(String phrase, boolean ordinal, String range, String percent, boolean negative,
      boolean approx) {
    if (!ordinal && range == null && percent == null && !negative && !approx) {
      String plain = PLAIN_RULES.get(phrase);
      if (plain != null) {
        return plain;
      }
    }
    StringBuilder b = new StringBuilder(48).append(RULE_PREFIX);
    if (approx) {
      b.append("approx+");
    }
    if (negative) {
      b.append("minus+");
    }
    b.append(phrase);
    if (ordinal) {
      b.append("+ordinal");
    }
    if (range != null) {
      b.append("..").append(range);
    }
    if (percent != null) {
      b.append(percent);
    }
    return b.toString();
  }

  /** Reads the number words and digits starting at token {@code j}, or null. */
  private Phrase phrase(Context cx, int j) {
    Piece first = cx.piece(j);
    if (first != null && first.kind == Kind.ORDINAL) {
      return new Phrase(j, j + 1, first.base, null, true, true, first.digits ? "ordinal-digits" : "ordinal-words");
    }
    if (first != null && first.digits && !first.closed && cx.spacedOrdinalEnding(j, first.base)) {
      // ১৯ শে, ৪৫ তম: a digit ordinal's ending written apart, never a scale (১৯ শ = 1900)
      return new Phrase(j, j + 2, first.base, null, true, true, "ordinal-digits");
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = null;
    BigDecimal largest = null;
    BigDecimal lastScale = null;
    BigDecimal smallest = null;
    BigDecimal fraction = null;
    boolean lastWasHundreds = false;
    boolean words = false;
    boolean digits = false;
    boolean closed = false;
    boolean closedByHyphen = false;
    int pieces = 0;
    int scales = 0;
    Piece single = null;
    int k = j;
    if (first == null && cx.piece(j - 1) == null) {
      Function point = cx.function(j);
      Fraction lead = point != null && point.role() == Role.DECIMAL ? fraction(cx, j) : null;
      if (lead != null) {
        // দশমিক ৫ শতাংশ, দশমিক ৫ কোটি: a number below one from its decimal point, 0.5 (never 5)
        current = new BigDecimal("0." + lead.digits);
        k = lead.next;
        pieces++;
        digits = cx.token(j + 1).kind() == TokenKind.NUMBER;
        words = !digits;
      }
    }
    while (k < cx.size()) {
      Function fn = current == null && fraction == null ? cx.function(k) : null;
      if (fn != null && fn.role() == Role.FRACTION) {
        Piece next = cx.piece(k + 1);
        if (next == null || next.kind == Kind.ORDINAL) {
          break;
        }
        fraction = fn.value();
        k++;
        words = true;
        pieces++;
        continue;
      }
      Piece piece = cx.piece(k);
      if (piece == null || piece.kind == Kind.ORDINAL) {
        break;
      }
      if (piece.kind == Kind.CARDINAL) {
        if (current != null) {
          // only "hundreds, then a number below a hundred": একশো আট
          if (!lastWasHundreds || piece.multiplier != null || piece.base.compareTo(HUNDRED) >= 0 || fraction != null) {
            break;
          }
          current = current.add(piece.base);
          lastWasHundreds = false;
        } else {
          BigDecimal base = piece.base;
          int next = k + 1;
          if (!piece.closed) {
            BigDecimal[] decimal = decimalWords(cx, k + 1, base);
            if (decimal != null) {
              base = decimal[0];
              next = decimal[1].intValue();
              pieces++; // দশমিক makes even শূন্য unambiguous
            }
            if (piece.digits && next == k + 1 && cx.hyphenSuffix(k + 1)) {
              next = k + 3; // ৫০-এর, ২০১০-এ: the hyphenated ending belongs to the number
              closedByHyphen = true;
            }
          }
          if (fraction != null) {
            base = base.add(fraction);
            fraction = null;
          }
          current = piece.multiplier == null ? base : base.multiply(piece.multiplier);
          lastWasHundreds = piece.multiplier != null && base.scale() <= 0;
          k = next - 1;
        }
        words |= !piece.digits;
        digits |= piece.digits;
        single = pieces == 0 ? piece : null;
        pieces++;
        k++;
        if (piece.closed || closedByHyphen) {
          closed = true;
          break;
        }
        continue;
      }
      // a scale word: হাজার, লাখ, কোটি … or a spaced শ/শত
      BigDecimal s = piece.base;
      Piece after = cx.piece(k + 1);
      if (pieces == 0 && scales == 0 && after != null && (after.kind == Kind.SCALE || after.kind == Kind.HUNDRED)
          && after.base.compareTo(s) == 0 && !piece.closed) {
        return null; // হাজার হাজার: "thousands of", not a number
      }
      if (current == null) {
        if (fraction != null) {
          current = BigDecimal.ONE.add(fraction);
          fraction = null;
        } else if (pieces == 0 && scales == 0) {
          current = BigDecimal.ONE; // হাজার কোটি: a bare scale counts one
        } else if (scales > 0 && s.compareTo(largest) >= 0) {
          current = BigDecimal.ZERO; // ২০ হাজার কোটি, ৫ কোটি কোটি: the scale multiplies all
        } else {
          break;
        }
      }
      if (total.add(current).multiply(s).compareTo(LIMIT) > 0) {
        break; // কোটি কোটি কোটি …: past 10^30 a number is rhetoric, not a quantity
      }
      if (largest == null || s.compareTo(largest) > 0
          || (s.compareTo(largest) == 0 && (smallest.compareTo(s) < 0 || current.signum() == 0))) {
        // larger than all before, or the largest again after smaller ones (৯ কোটি ৯৯ লাখ … কোটি)
        total = total.add(current).multiply(s);
        largest = s;
      } else if (smallest != null && s.compareTo(smallest) < 0) {
        total = total.add(current.multiply(s));
      } else {
        break;
      }
      smallest = s;
      lastScale = s;
      current = null;
      lastWasHundreds = false;
      scales++;
      words |= !piece.digits;
      single = null;
      k++;
      if (piece.closed) {
        closed = true;
        break;
      }
    }
    if (pieces == 0 && scales < 2 && !(scales == 1 && cx.endsWithMoreThan(k - 1))) {
      return null; // nothing, or a lone scale word (হাজার হোক, লাখো মানুষ); সহস্রাধিক is a number
    }
    if (current != null) {
      total = total.add(current);
      if (lastScale != null) {
        lastScale = null; // ৫ কোটি ২০: the last word is not a scale
      }
    } else if (lastScale != null && !closed && total.scale() <= 0) {
      Fraction f = fraction(cx, k);
      if (f != null) {
        total = new BigDecimal(total.toBigInteger() + "." + f.digits); // দুই কোটি দশমিক পাঁচ
        lastScale = null;
        k = f.next;
      }
    }
    if (single != null && scales == 0 && !allowedAlone(cx, single, k)) {
      return null;
    }
    String rule = PHRASE_RULES[(words && digits ? 2 : words ? 1 : 0) + (scales > 0 ? 3 : 0)];
    return new Phrase(j, k, total, lastScale, false, closed, rule);
  }

  /** A lone ambiguous word (এক, নয়, বার) counts only in a numeric context. */
  private boolean allowedAlone(Context cx, Piece piece, int next) {
    switch (piece.condition) {
      case ALWAYS:
        return true;
      case ARTICLE: {
        Token t = cx.token(next);
        if (t == null || t.kind() != TokenKind.WORD) {
          return true;
        }
        Function f = cx.function(next);
        return f != null && f.role() != Role.COUNTED_NOUN || cx.piece(next) != null;
      }
      case CONTEXT: {
        if (cx.aloneInSentence(next - 1) || cx.inNumberList(next - 1)) {
          return true; // "নয়" as the whole text, or an item of a list of numbers (সাত, আট, নয়, দশ)
        }
        Function f = cx.function(next);
        if (f != null && f.role() != Role.APPROX && f.role() != Role.NEGATIVE && f.role() != Role.FRACTION) {
          return true;
        }
        return cx.piece(next) != null || cx.isRangeConnector(next) || cx.isPercentSign(next);
      }
      default:
        throw new AssertionError(piece.condition);
    }
  }

  /** The digits after a দশমিক at token {@code k}, and the token after them. */
  private record Fraction(String digits, int next) {}

  /** After a cardinal: দশমিক and its digits, as {value, next token}; or null. */
  private BigDecimal[] decimalWords(Context cx, int k, BigDecimal whole) {
    if (whole.scale() > 0) {
      return null;
    }
    Fraction f = fraction(cx, k);
    return f == null ? null
        : new BigDecimal[] {new BigDecimal(whole.toBigInteger() + "." + f.digits), BigDecimal.valueOf(f.next)};
  }

  /**
   * দশমিক at token {@code k} and the digits after it: single digit words read one by one (দশমিক
   * দুই পাঁচ = .25), or one digit token, its leading zeros kept (দশমিক ০৫ = .05) — the way
   * Bangladeshi newspapers write every decimal (৬ দশমিক ৪ শতাংশ). Null when no digit follows.
   */
  private Fraction fraction(Context cx, int k) {
    Function f = cx.function(k);
    if (f == null || f.role() != Role.DECIMAL) {
      return null;
    }
    Token t = cx.token(k + 1);
    if (t != null && t.kind() == TokenKind.NUMBER && Digits.allDigits(t.form())
        && t.form().length() <= MAX_PLAIN_DIGITS) {
      StringBuilder digits = new StringBuilder();
      for (int c = 0; c < t.form().length(); c++) {
        digits.append(Digits.value(t.form().charAt(c)));
      }
      return new Fraction(digits.toString(), k + 2);
    }
    StringBuilder digits = new StringBuilder();
    int m = k + 1;
    while (m < cx.size()) {
      Piece d = cx.piece(m);
      if (d == null || d.kind != Kind.CARDINAL || d.multiplier != null || d.digits
          || d.base.scale() > 0 || d.base.compareTo(BigDecimal.TEN) >= 0) {
        break;
      }
      digits.append(d.base.intValue());
      m++;
      if (d.closed) {
        break;
      }
    }
    return digits.length() == 0 ? null : new Fraction(digits.toString(), m);
  }

  /** What {@code token} is to the grammar, or null. */
  Piece analyze(Token token, int[] scratch) {
    String f = token.form();
    switch (token.kind()) {
      case NUMBER: {
        if (f.length() > 1 && Digits.value(f.charAt(0)) == 0 && f.charAt(1) != '.') {
          return null; // ০১৭১১…: an identifier, not a quantity
        }
        BigDecimal v = token.value();
        if (v == null || (v.scale() <= 0 && f.indexOf(',') < 0 && f.length() > MAX_PLAIN_DIGITS)) {
          return null; // ISBNs, sort keys, account numbers: long ungrouped digit runs are identifiers
        }
        return new Piece(Kind.CARDINAL, v, null, false, Condition.ALWAYS, true);
      }
      case ALPHANUMERIC:
        return digitsWithEnding(f);
      case WORD:
        return word(f, scratch);
      default:
        return null;
    }
  }

  private Piece digitsWithEnding(String f) {
    int p = Digits.figureLength(f);
    if (p == 0 || p == f.length() || (p > 1 && Digits.value(f.charAt(0)) == 0 && f.charAt(1) != '.')) {
      return null;
    }
    BigDecimal v = Digits.parse(f.substring(0, p));
    if (v == null) {
      return null;
    }
    String rest = f.substring(p);
    int[] range = lexicon.digitOrdinals.get(rest);
    if (range != null && v.scale() <= 0 && v.signum() > 0) {
      return v.compareTo(BigDecimal.valueOf(range[0])) >= 0 && v.compareTo(BigDecimal.valueOf(range[1])) <= 0
          ? new Piece(Kind.ORDINAL, v, null, true, Condition.ALWAYS, true) : null;
    }
    if (lexicon.glued.contains(rest) || lexicon.digitUnits.contains(rest)) {
      return new Piece(Kind.CARDINAL, v, null, true, Condition.ALWAYS, true);
    }
    Word scale = lexicon.words.get(rest, 0, rest.length());
    if (scale != null && scale.kind() == Kind.SCALE) {
      return new Piece(Kind.CARDINAL, v.multiply(scale.value()), null, true, Condition.ALWAYS, true); // ৩২মিলিয়ন
    }
    return null;
  }

  private Piece word(String f, int[] ends) {
    Word exact = lexicon.words.get(f, 0, f.length());
    if (exact != null) {
      return exact.kind() == Kind.CARDINAL
          ? new Piece(Kind.CARDINAL, exact.value(), null, false, exact.condition(), false)
          : new Piece(exact.kind(), exact.value(), null, false, Condition.ALWAYS, false);
    }
    int count = lexicon.words.prefixEnds(f, 0, ends);
    for (int k = count - 1; k >= 0; k--) {
      int end = ends[k];
      if (f.length() - end > lexicon.longestGlued + 3) {
        continue; // longer than any hundred + ending: a word that merely starts like a number
      }
      Word w = lexicon.words.get(f, 0, end);
      String rest = f.substring(end);
      switch (w.kind()) {
        case CARDINAL: {
          for (int h : lexicon.hundreds.prefixEnds(f, end)) {
            String after = f.substring(h);
            if (after.isEmpty() || lexicon.glued.contains(after)) {
              return new Piece(Kind.CARDINAL, w.value(), HUNDRED, !after.isEmpty(), Condition.ALWAYS, false);
            }
            if (after.equals(lexicon.ordinalEnding) && w.value().scale() <= 0) {
              return new Piece(Kind.ORDINAL, w.value().multiply(HUNDRED), null, true, Condition.ALWAYS, false);
            }
          }
          if (rest.equals(lexicon.ordinalEnding) && w.value().scale() <= 0) {
            return new Piece(Kind.ORDINAL, w.value(), null, true, Condition.ALWAYS, false);
          }
          if (lexicon.glued.contains(rest)) {
            Condition c = w.condition();
            if (c == Condition.CONTEXT && startsWithClassifier(rest) && !rest.startsWith(w.form())) {
              c = Condition.ALWAYS; // নয়টি, দুজন: the classifier shows it is a number
            }
            return new Piece(Kind.CARDINAL, w.value(), null, true, c, false);
          }
          break;
        }
        case SCALE:
        case HUNDRED:
          if (lexicon.glued.contains(rest) || MORE_THAN.contains(rest)) {
            return new Piece(w.kind(), w.value(), null, true, Condition.ALWAYS, false);
          }
          if (rest.equals(lexicon.ordinalEnding)) {
            return new Piece(Kind.ORDINAL, w.value(), null, true, Condition.ALWAYS, false); // হাজারতম
          }
          break;
        case ORDINAL:
          if (lexicon.glued.contains(rest) || rest.equals(lexicon.ordinalEnding)) {
            return new Piece(Kind.ORDINAL, w.value(), null, true, Condition.ALWAYS, false);
          }
          break;
        default:
          break;
      }
    }
    return null;
  }

  private boolean startsWithClassifier(String rest) {
    for (String c : lexicon.classifiers) {
      if (rest.startsWith(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a number (or range) ending before token {@code k} ends as a percentage: after a percent
   * word or sign at {@code k}, or, after a leading শতকরা, at {@code k} or past its closing ভাগ; -1
   * when it is no percentage. ({@link #percentRule} names which: "+percent" or "+shotokora".)
   */
  private static int percentEnd(Context cx, int k, boolean percentBefore) {
    Function after = cx.function(k);
    if (percentAfter(cx, k)) {
      return k + 1;
    }
    if (percentBefore) {
      return after != null && after.role() == Role.PERCENT_CLOSE ? k + 1 : k;
    }
    return -1;
  }

  /** Whether a percent word or sign follows at {@code k}. */
  private static boolean percentAfter(Context cx, int k) {
    Function after = cx.function(k);
    return (after != null && after.role() == Role.PERCENT) || cx.isPercentSign(k);
  }

  /** The rule part of a percentage {@link #percentEnd} found at {@code k}: +percent, or +shotokora. */
  private static String percentRule(Context cx, int k) {
    return percentAfter(cx, k) ? "+percent" : "+shotokora";
  }

  /**
   * One sentence's tokens, read through the facts kept with their forms; made once per document and
   * reset to each sentence. No per-sentence cache: a form's piece is kept with the form, and the one
   * adjustment by context (a designation's number) is a few comparisons; two arrays the length of
   * every sentence were ~3 % of the pipeline's allocation (bench/run: the numbers stage 5.0 → 4.0
   * bytes per input byte). Not thread-safe.
   */
  final class Context {
    /**
     * The sentence's tokens in an array (the window's own, {@link SentenceTokens#array}), and their
     * count: read many times a sentence, through the list they were an interface call each under
     * the command line's first-tier JIT. Past {@code n} the array holds an earlier sentence's
     * tokens ({@link #at} checks).
     */
    private Token[] array = new Token[0];
    /** Room for the tokens of a list that is not a window (tests give such lists). */
    private Token[] own = new Token[0];
    private int n;
    /** What {@link #read} found in the sentence read last. */
    private final List<NumberReading> readings = new ArrayList<>();

    private Context() {}

    /** Makes this the reading of a sentence's tokens. */
    Context reset(List<Token> tokens) {
      int n = tokens.size();
      array = tokens instanceof SentenceTokens window ? window.array()
          : (own = SentenceTokens.copy(tokens, own)); // a window's array read, not copied
      this.n = n;
      return this;
    }

    /** Token i, which must be one of the sentence's. */
    private Token at(int i) {
      return array[Objects.checkIndex(i, n)];
    }

    int size() {
      return n;
    }

    Token token(int i) {
      return i >= 0 && i < n ? at(i) : null;
    }

    Piece piece(int i) {
      if (i < 0 || i >= n) {
        return null;
      }
      Piece p = pieceOf.get(at(i));
      if (p != null && p.digits && hyphenatedToWord(i)) {
        // ডি-৮, ক্ষেত্র-৩-এর: the number of a designation in Bengali letters is a number of
        // its own, the digits alone (closed: no ending, range, scale or percent joins it);
        // COVID-19 and the like stay part of a name
        return p.kind == Kind.CARDINAL && p.multiplier == null && designation(i - 2)
            ? new Piece(p.kind, p.base, null, true, p.condition, true) : null;
      }
      return p;
    }

    Function function(int i) {
      if (i < 0 || i >= n) {
        return null;
      }
      return functionOf.get(at(i)); // kept with the form
    }

    /**
     * Whether a reading may start at token i: digits, a number word, a word the grammar reads
     * around numbers, or a minus or plus sign.
     */
    boolean mayStart(int i) {
      Token t = at(i);
      switch (t.kind()) {
        case NUMBER:
        case ALPHANUMERIC:
          return true;
        case WORD:
          return piece(i) != null || function(i) != null;
        default:
          return isDash(i) || t.form().equals("+");
      }
    }

    /** Whether tokens a and b have white space between them. */
    boolean spaced(int a, int b) {
      return at(a).end() != at(b).start();
    }

    private boolean glued(int a, int b) {
      return a >= 0 && b < n && !spaced(a, b);
    }

    private boolean isDash(int i) {
      Token t = token(i);
      // the minus sign U+2212 is a math symbol to Unicode, the others punctuation
      return t != null && t.form().length() == 1 && Dashes.isDash(t.form().charAt(0));
    }

    /** A dash between two numbers glued to both or spaced from both, or থেকে/হতে. */
    boolean isRangeConnector(int i) {
      if (i <= 0 || i + 1 >= n) {
        return false;
      }
      if (isDash(i)) {
        boolean left = glued(i - 1, i);
        boolean right = glued(i, i + 1);
        return left == right;
      }
      Function f = function(i);
      return f != null && f.role() == Role.RANGE;
    }

    /** A minus glued to the number after it and not to the word before it. */
    boolean isMinus(int i) {
      return isDash(i) && glued(i, i + 1) && (i == 0 || spaced(i - 1, i))
          && token(i + 1).kind() == TokenKind.NUMBER;
    }

    /** '-' glued between digits and an ending: ৫০-এর. */
    boolean hyphenSuffix(int i) {
      Token t = token(i + 1);
      return isDash(i) && t != null && glued(i - 1, i) && glued(i, i + 1) && t.kind() == TokenKind.WORD
          && lexicon.hyphenated.contains(t.form());
    }

    /** Whether the word after digits at i is a digit ordinal's ending that fits their value. */
    boolean spacedOrdinalEnding(int i, BigDecimal value) {
      Token t = token(i + 1);
      if (t == null || t.kind() != TokenKind.WORD || !spaced(i, i + 1) || value.scale() > 0 || value.signum() <= 0) {
        return false;
      }
      int[] range = lexicon.digitOrdinals.get(t.form());
      return range != null && value.compareTo(BigDecimal.valueOf(range[0])) >= 0
          && value.compareTo(BigDecimal.valueOf(range[1])) <= 0;
    }

    /** Whether token i is a scale word with -অধিক glued to it (সহস্রাধিক). */
    boolean endsWithMoreThan(int i) {
      Token t = token(i);
      if (t == null || t.kind() != TokenKind.WORD) {
        return false;
      }
      for (String m : MORE_THAN) {
        if (t.form().endsWith(m) && t.form().length() > m.length()) {
          return piece(i) != null && (piece(i).kind == Kind.SCALE || piece(i).kind == Kind.HUNDRED);
        }
      }
      return false;
    }

    /** Whether token i is the only token of its sentence apart from punctuation. */
    boolean aloneInSentence(int i) {
      if (n > 3) {
        return false; // bounded: a word and a mark or two, never a scan of a long sentence
      }
      for (int k = 0; k < n; k++) {
        if (k != i && at(k).kind() != TokenKind.PUNCTUATION) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether token i is an item of a list of numbers: the item before it is a number, with a comma
     * or ও/এবং/বা between (right after a number, আট নয় is "not eight"), and a comma, a conjunction,
     * a full stop or bracket, or the end comes after it (not a question mark: "…পঁচিশ, নয়?" asks
     * "isn't it?").
     */
    boolean inNumberList(int i) {
      Token sep = token(i - 1);
      Piece before = piece(i - 2);
      if (sep == null || !(sep.form().equals(",") || isConjunction(sep)) || before == null
          || before.kind != Kind.CARDINAL) {
        return false;
      }
      Token after = token(i + 1);
      return after == null || isConjunction(after) || after.form().equals(",") || after.form().equals("।")
          || after.form().equals(")") || after.form().equals(";");
    }

    private boolean isConjunction(Token t) {
      String f = t.form();
      return f.equals("ও") || f.equals("এবং") || f.equals("বা");
    }

    /**
     * An ordinal ending after a number phrase of value {@code value}: the spaced তম (পাঁচশ তম), or
     * a -তম word that continues the phrase (দুই হাজার বিশতম = 2020, দুই শততম = 200); as {ordinal
     * value, next token}, or null.
     */
    BigDecimal[] ordinalTail(int k, BigDecimal value) {
      Token t = token(k);
      if (t == null || t.kind() != TokenKind.WORD || value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
        return null;
      }
      String f = t.form();
      if (f.equals(lexicon.ordinalEnding)) {
        return spaced(k - 1, k) ? new BigDecimal[] {value, BigDecimal.valueOf(k + 1)} : null;
      }
      if (!f.endsWith(lexicon.ordinalEnding) || f.length() == lexicon.ordinalEnding.length()) {
        return null;
      }
      Word stem = lexicon.words.get(f, 0, f.length() - lexicon.ordinalEnding.length());
      if (stem == null) {
        return null;
      }
      BigDecimal v = stem.value();
      if ((stem.kind() == Kind.SCALE || stem.kind() == Kind.HUNDRED) && value.compareTo(v) < 0) {
        return new BigDecimal[] {value.multiply(v), BigDecimal.valueOf(k + 1)}; // দুই শততম
      }
      if (stem.kind() == Kind.CARDINAL && v.compareTo(HUNDRED) < 0 && value.compareTo(HUNDRED) >= 0
          && value.remainder(HUNDRED).signum() == 0) {
        return new BigDecimal[] {value.add(v), BigDecimal.valueOf(k + 1)}; // দুই হাজার বিশতম
      }
      return null;
    }

    boolean isPercentSign(int i) {
      Token t = token(i);
      return t != null && (t.form().equals("%") || t.form().equals("\u066A"));
    }

    /**
     * Whether token i is a word in Bengali letters that is no number word: a designation whose
     * number follows a hyphen (ডি-৮, জি-২০, ক্ষেত্র-৩).
     */
    private boolean designation(int i) {
      Token t = token(i);
      if (t == null || t.kind() != TokenKind.WORD || piece(i) != null) {
        return false;
      }
      String f = t.form();
      for (int c = 0; c < f.length(); c++) {
        if (Character.UnicodeBlock.of(f.charAt(c)) != Character.UnicodeBlock.BENGALI) {
          return false;
        }
      }
      return true;
    }

    /** "COVID-19": digits hyphenated to a preceding word are part of a name. */
    private boolean hyphenatedToWord(int i) {
      return isDash(i - 1) && glued(i - 1, i) && glued(i - 2, i - 1)
          && token(i - 2).kind() != TokenKind.NUMBER && token(i - 2).kind() != TokenKind.PUNCTUATION;
    }

    /**
     * Where a run of digit groups that is an identifier (a phone number, an ISBN) ends, if one
     * starts at {@code i}; else {@code i}. Such a run: digit tokens separated only by spaces or
     * dashes, three or more of them, or two separated by a space, or led by '+'.
     */
    int identifierRun(int i) {
      Token t = token(i);
      boolean plus = t != null && t.form().equals("+") && i + 1 < size() && glued(i, i + 1)
          && token(i + 1).kind() == TokenKind.NUMBER;
      int start = plus ? i + 1 : i;
      Token s = token(start);
      if (s == null || s.kind() != TokenKind.NUMBER || (start > 0 && token(start - 1).kind() == TokenKind.NUMBER)) {
        return i;
      }
      int groups = 1;
      boolean spaceOnly = false;
      boolean leadingZero = leadingZero(s);
      int k = start + 1;
      while (k < size()) {
        Token n = token(k);
        if (n.kind() == TokenKind.NUMBER) {
          spaceOnly = true;
          groups++;
          k++;
        } else if (isDash(k) && glued(k - 1, k) && glued(k, k + 1) && token(k + 1).kind() == TokenKind.NUMBER) {
          groups++;
          leadingZero |= leadingZero(token(k + 1));
          k += 2;
        } else {
          break;
        }
      }
      return plus || groups >= 3 || (groups == 2 && (spaceOnly || leadingZero)) ? k : i;
    }

    private boolean leadingZero(Token t) {
      String f = t.form();
      return f.length() > 1 && Digits.value(f.charAt(0)) == 0 && f.charAt(1) != '.';
    }
  }
}
