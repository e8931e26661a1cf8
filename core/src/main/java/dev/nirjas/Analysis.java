package dev.nirjas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One document's annotations while a {@link Pipeline} runs: what the stages so far have added.
 *
 * <p>Each document gets its own analysis, used by one thread; it is not thread-safe. Stages add to
 * it and never remove what another stage added, with one exception: a mention added by a later
 * stage <em>subsumes</em> the earlier mentions it overlaps when the stage declares it may take over
 * their types ({@link Stage#replaces()}: a DATE takes the NUMBERs inside it). A mention that would
 * overlap any other earlier mention is refused, and so is one that overlaps a mention of its own
 * stage.
 */
public final class Analysis {
  private final Document document;
  private NormalizedText normalized;
  private List<Token> tokens = List.of();
  private List<Sentence> sentences = List.of();
  /** The token {@link #surface} found last. */
  private int surfaceHint;
  /** The mentions so far, by start offset, with the stage that added each. */
  private final Placements mentions = new Placements();
  /** The mentions by start, made when first read after an add: stages read sentence by sentence. */
  private Mention[] sorted;
  /** The starts and ends of {@link #sorted}'s mentions, read without a call through {@link Mention} per probe. */
  private int[] sortedStarts;
  private int[] sortedEnds;
  private final List<Mention> subsumed = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private int stage;
  private Set<MentionType> replaceable = Set.of();


  /**
   * Starts the analysis of a document; its normalized text is the original until set.
   *
   * @param document the document the stages will annotate
   */
  public Analysis(Document document) {
    this.document = Objects.requireNonNull(document, "document");
    this.normalized = NormalizedText.identity(document.text());
  }

  /** {@return the document being analysed} */
  public Document document() {
    return document;
  }

  /** {@return the original text, which every span points into} */
  public String original() {
    return document.text();
  }

  /** {@return the normalized text and its map back to the original} */
  public NormalizedText normalized() {
    return normalized;
  }

  /**
   * Sets the normalized text (the normalization stage's layer).
   *
   * @param normalized the normalized form of this document's text
   * @throws IllegalArgumentException if {@code normalized} was made from another text
   */
  public void setNormalized(NormalizedText normalized) {
    if (!normalized.original().equals(document.text())) {
      throw new IllegalArgumentException("normalized text of another document");
    }
    this.normalized = normalized;
  }

  /** {@return the tokens, in text order; empty before segmentation} */
  public List<Token> tokens() {
    return tokens;
  }

  /**
   * Sets the tokens (the segmentation stage's layer).
   *
   * @param tokens the tokens in text order, with spans into the original
   */
  public void setTokens(List<Token> tokens) {
    this.tokens = FrozenList.copyOf(tokens);
    mentions.expect(this.tokens.size() / MENTION_EVERY);
  }

  /**
   * Room for a mention every so many tokens before any is added. The Wikipedia corpus has one
   * (counting those later replaced) every 7 tokens, half its documents one every 9 or fewer; room
   * grown from 16 by doubling was about 3 % of what a pipeline allocated, and room for one every
   * 10 tokens mostly doubled once.
   */
  private static final int MENTION_EVERY = 6;

  /** {@return the sentences and headings, in text order; empty before segmentation} */
  public List<Sentence> sentences() {
    return sentences;
  }

  /**
   * Sets the sentences (the segmentation stage's layer).
   *
   * @param sentences the sentences and headings in text order, each naming its range of
   *     {@link #tokens()}
   */
  public void setSentences(List<Sentence> sentences) {
    this.sentences = FrozenList.copyOf(sentences);
  }

  /**
   * {@return the tokens of one sentence, a view of {@link #tokens()}}
   *
   * @param sentence a sentence of this analysis
   */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /**
   * Copies the tokens {@code [from, to)} of {@link #tokens()} into {@code into}, from its start:
   * for a stage that reads a sentence's tokens many times over and keeps them in an array of its
   * own (under a JIT that does not devirtualize {@code List.get}, such as the command line's first
   * tier, each read through the list is an interface call). Makes no object.
   *
   * @param from the first token's index
   * @param to one past the last token's index
   * @param into where the tokens go, at least {@code to - from} long
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not a range of the tokens, or
   *     {@code into} is shorter than it
   */
  public void copyTokens(int from, int to, Token[] into) {
    Objects.checkFromToIndex(from, to, tokens.size());
    Objects.checkFromToIndex(0, to - from, into.length);
    if (tokens instanceof FrozenList<Token> frozen) {
      frozen.copy(from, to, into);
    } else {
      for (int i = from; i < to; i++) { // the empty list of an analysis before segmentation
        into[i - from] = tokens.get(i);
      }
    }
  }

  /**
   * {@return the chars of the original text a span covers} Always equal to {@code
   * span.of(original())}; a mention's text is best taken so. When the span is one token's and
   * normalization left that token as written, the string is the token's form itself: forms are
   * kept once per pipeline, so the many one-token mentions (a year, a name, an event's word) make
   * no copy of their chars. Which string it is (a form or a copy) is not part of the contract.
   *
   * @param span a span of the original text
   * @throws NullPointerException if {@code span} is null
   * @throws IndexOutOfBoundsException if the span ends past the text
   */
  public String surface(Span span) {
    String text = document.text();
    Objects.checkFromToIndex(span.start(), span.end(), text.length());
    // A stage asks in text order: search from the token found last, by steps that double, among
    // tokens the stage has just read, rather than over the whole list (a cache miss a probe).
    int lo = 0;
    int hi = tokens.size() - 1;
    int hint = Math.min(surfaceHint, hi);
    if (hint >= 0 && tokens.get(hint).start() <= span.start()) {
      lo = hint;
      int step = 1;
      while (lo + step <= hi && tokens.get(lo + step).start() <= span.start()) {
        lo += step;
        step <<= 1;
      }
      hi = Math.min(hi, lo + step - 1); // tokens.get(lo + step), if any, starts after the span
    }
    while (lo <= hi) { // the token starting at the span's start, if any
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.start() < span.start()) {
        lo = mid + 1;
      } else if (t.start() > span.start()) {
        hi = mid - 1;
      } else {
        surfaceHint = mid;
        String form = t.form();
        if (t.end() == span.end() && form.length() == span.length()
            && text.regionMatches(span.start(), form, 0, form.length())) {
          return form;
        }
        break;
      }
    }
    return span.of(text);
  }

  /** {@return the mentions so far, ordered by start offset; never overlapping} */
  public List<Mention> mentions() {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      out.add(mentions.mention(i));
    }
    return out;
  }

  /**
   * {@return the mentions so far that lie inside a span, ordered by start offset} An unmodifiable
   * list that later additions do not change.
   *
   * @param span a span of the original text (a sentence's, say)
   */
  public List<Mention> mentionsWithin(Span span) {
    Mention[] all = sorted;
    if (all == null) {
      all = new Mention[mentions.size()];
      int[] starts = new int[all.length];
      int[] ends = new int[all.length];
      for (int k = 0; k < all.length; k++) {
        all[k] = mentions.mention(k);
        starts[k] = mentions.start(k);
        ends[k] = mentions.end(k);
      }
      sorted = all;
      sortedStarts = starts;
      sortedEnds = ends;
    }
    int[] starts = sortedStarts;
    int[] ends = sortedEnds;
    int lo = 0; // the first mention starting at or after the span's start
    int hi = all.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // Mentions never overlap, so their ends are in order too: those inside the span are the ones
    // from lo on up to the first that ends past it.
    int end = lo;
    while (end < all.length && starts[end] < span.end() && ends[end] <= span.end()) {
      end++;
    }
    return end == lo ? Collections.emptyList() : FrozenList.view(all, lo, end); // an add makes a new array
  }

  /**
   * {@return the mentions so far that share at least one char with a span, by start offset}
   *
   * @param span a span of the original text
   */
  public List<Mention> overlapping(Span span) {
    int to = mentions.startingBefore(span.end());
    List<Mention> out = new ArrayList<>(0);
    for (int i = mentions.firstOverlapping(span.start()); i < to; i++) {
      out.add(mentions.mention(i));
    }
    return out;
  }

  /**
   * Adds a mention. It replaces the mentions of earlier stages that it overlaps when the current
   * stage {@linkplain Stage#replaces() may take over} all of their types; it is refused if it
   * overlaps any other mention, or one the current stage already added.
   *
   * @param mention a mention whose span and text are the original text's
   * @return whether the mention was added
   * @throws IllegalArgumentException if the mention's span lies outside the text or its text is
   *     not the original text of its span, or a custom mention's type name or attributes are not
   *     of the contract's form ({@link CustomMention#check})
   */
  public boolean add(Mention mention) {
    if (mention instanceof CustomMention custom) {
      CustomMention.check(custom);
    }
    Span span = mention.span();
    String text = document.text();
    if (span.end() > text.length() || span.length() == 0) {
      throw new IllegalArgumentException("mention span outside the text: " + mention);
    }
    if (!text.regionMatches(span.start(), mention.text(), 0, span.length())
        || mention.text().length() != span.length()) {
      throw new IllegalArgumentException("mention text is not the original text: " + mention);
    }
    int from = mentions.firstOverlapping(span.start());
    int to = mentions.startingBefore(span.end());
    for (int i = from; i < to; i++) {
      if (mentions.stage(i) == stage || !replaceable.contains(mentions.mention(i).type())) {
        return false;
      }
    }
    for (int i = from; i < to; i++) {
      subsumed.add(mentions.mention(i));
    }
    mentions.replace(from, to, mention, stage, span.start(), span.end());
    sorted = null;
    return true;
  }

  /**
   * Adds an event.
   *
   * @param event an event whose trigger and arguments point into the original text
   */
  public void add(Event event) {
    events.add(Objects.requireNonNull(event, "event"));
  }

  /** {@return the events so far, in the order they were added} */
  public List<Event> events() {
    return Collections.unmodifiableList(events);
  }

  /** {@return the mentions that later stages replaced, kept for {@code --explain}} */
  public List<Mention> subsumed() {
    return Collections.unmodifiableList(subsumed);
  }

  void enterStage(int index, Set<MentionType> replaces) {
    this.stage = index;
    this.replaceable = replaces;
  }

  /**
   * Mentions in text order, never overlapping, with their offsets and stages, in parallel arrays
   * with a gap where the last change was (a gap buffer). Why: a stage adds its mentions in text
   * order, each at or after the one before, so the gap mostly moves forward by the mentions in
   * between — a stage's additions cost linear time in all, and a search is a binary search over
   * ints, with no boxed key, no tree node per mention and no walk of three tree paths per add.
   */
  private static final class Placements {
    private static final int[] NO_INTS = {};
    private static final Mention[] NO_MENTIONS = {};
    // made at the first mention: an analysis with none (a pipeline without mention stages) makes none
    private int[] starts = NO_INTS;
    private int[] ends = NO_INTS;
    private int[] stages = NO_INTS;
    private Mention[] mentions = NO_MENTIONS;
    /** How many mentions to make room for at the first. */
    private int room = 16;
    /**
     * The gap: slots [gapStart, gapEnd) are free (they may still hold mentions moved out of them,
     * until written over: an analysis lives for one document); mention i is at i, or past the gap.
     */
    private int gapStart;
    private int gapEnd;

    int size() {
      return starts.length - (gapEnd - gapStart);
    }

    /** Makes room for {@code capacity} mentions (at least 16) at the first, if none is placed yet. */
    void expect(int capacity) {
      if (starts.length == 0) {
        room = Math.max(16, capacity);
      }
    }

    private int slot(int i) {
      return i < gapStart ? i : i + (gapEnd - gapStart);
    }

    int start(int i) {
      return starts[slot(i)];
    }

    int end(int i) {
      return ends[slot(i)];
    }

    int stage(int i) {
      return stages[slot(i)];
    }

    Mention mention(int i) {
      return mentions[slot(i)];
    }

    /** The first mention starting at or after {@code offset} (size() if none). */
    private int startingAtOrAfter(int offset) {
      int lo = 0;
      int hi = size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (start(mid) < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** How many mentions start before {@code offset}: those overlapping a span ending there end below it. */
    int startingBefore(int offset) {
      return startingAtOrAfter(offset);
    }

    /** The first mention that ends after {@code offset}: the first one a span starting there may overlap. */
    int firstOverlapping(int offset) {
      int i = startingAtOrAfter(offset);
      return i > 0 && end(i - 1) > offset ? i - 1 : i; // mentions never overlap: only one before may
    }

    /** Replaces mentions [from, to) (none: from == to) with one. */
    void replace(int from, int to, Mention mention, int stage, int start, int end) {
      moveGap(to);
      gapStart = from; // [from, to) falls into the gap
      if (gapStart == gapEnd) {
        grow();
      }
      starts[gapStart] = start;
      ends[gapStart] = end;
      stages[gapStart] = stage;
      mentions[gapStart++] = mention;
      for (int i = gapStart; i < to; i++) {
        mentions[i] = null; // what was replaced: let it go with the gap
      }
    }

    /** Moves the gap so that it starts before mention {@code at}. */
    private void moveGap(int at) {
      if (at < gapStart) { // mentions [at, gapStart) move to the gap's end
        int n = gapStart - at;
        move(at, gapEnd - n, n);
        gapStart = at;
        gapEnd -= n;
      } else if (at > gapStart) { // mentions [gapStart, at) (at slots past the gap) move to its start
        int n = at - gapStart;
        move(gapEnd, gapStart, n);
        gapStart += n;
        gapEnd += n;
      }
    }

    private void move(int from, int to, int n) {
      System.arraycopy(starts, from, starts, to, n);
      System.arraycopy(ends, from, ends, to, n);
      System.arraycopy(stages, from, stages, to, n);
      System.arraycopy(mentions, from, mentions, to, n);
    }

    private void grow() {
      int capacity = starts.length == 0 ? room : 2 * starts.length;
      int tail = starts.length - gapEnd;
      int newGapEnd = capacity - tail;
      starts = regap(starts, capacity, newGapEnd, tail);
      ends = regap(ends, capacity, newGapEnd, tail);
      stages = regap(stages, capacity, newGapEnd, tail);
      Mention[] m = new Mention[capacity];
      System.arraycopy(mentions, 0, m, 0, gapStart);
      System.arraycopy(mentions, gapEnd, m, newGapEnd, tail);
      mentions = m;
      gapEnd = newGapEnd;
    }

    private int[] regap(int[] a, int capacity, int newGapEnd, int tail) {
      int[] b = new int[capacity];
      System.arraycopy(a, 0, b, 0, gapStart);
      System.arraycopy(a, gapEnd, b, newGapEnd, tail);
      return b;
    }
  }

  Annotation toAnnotation() {
    return new Annotation(document, sentences, tokens, mentions(), events, subsumed);
  }
}
