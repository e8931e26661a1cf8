package dev.nirjas.event;

import dev.nirjas.Analysis;
import dev.nirjas.Argument;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.Layer;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.Stage;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.event.EventLexicon.Hit;
import dev.nirjas.event.EventLexicon.Verb;
import dev.nirjas.event.EventLexicon.VerbForm;
import dev.nirjas.sentence.SentenceMentions;
import dev.nirjas.sentence.SentenceTokens;
import dev.nirjas.text.PhraseTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage that finds typed events and their arguments.
 *
 * <p>Triggers come from the event type files ({@link EventTypes}): a noun in any of its case
 * forms (সফরে, সফরের, সফরকালে), or a participle that needs its light verb (মারা + যাওয়া). A trigger
 * inside a date or an amount, or followed by a topic word ("সফর বিষয়ক"), is no event. Whether an
 * event is negated or planned is read from the verb after its trigger (যাননি, যাবেন, "যাওয়ার কথা
 * রয়েছে").
 *
 * <p>Arguments come from the mentions earlier stages found in the sentence and from Bengali case
 * endings ({@link ArgumentRules}); a pronoun subject (তিনি, তারা) takes the last person named
 * before it. One trigger with dates joined by এবং/ও ("১৯৯৬ সালে এবং ২০০০ সালে … সফর করেন") gives
 * one event per date. Events are ordered by trigger.
 */
public final class EventStage implements Stage {
  private final List<EventType> types;
  private final EventLexicon lexicon;
  private final ArgumentRules arguments;

  /** Every event type on the class path. */
  public EventStage() {
    this(Standard.STAGE.types, Standard.STAGE.lexicon, Standard.STAGE.arguments);
  }

  /**
   * A stage for the given event types.
   *
   * @param types the event types whose triggers the stage looks for ({@link EventTypes#load})
   */
  public EventStage(List<EventType> types) {
    this.types = List.copyOf(types);
    this.lexicon = new EventLexicon(this.types);
    this.arguments = new ArgumentRules(lexicon);
  }

  private EventStage(List<EventType> types, EventLexicon lexicon, ArgumentRules arguments) {
    this.types = types;
    this.lexicon = lexicon;
    this.arguments = arguments;
  }

  /**
   * The types this class's loader finds, their lexicon and rules: immutable, so built once and
   * shared by every {@code new EventStage()}, and a second pipeline reads no type file.
   */
  private static final class Standard {
    static final EventStage STAGE = new EventStage(EventTypes.load(EventStage.class.getClassLoader()));
  }

  /** {@return the event types this stage reads} */
  public List<EventType> types() {
    return types;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NUMBERS, Layer.TIMES, Layer.MONEY, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.original();
    Discourse discourse = new Discourse();
    Clause clause = new Clause(text); // this document's, sentence after sentence
    List<int[]> triggers = new ArrayList<>(); // a sentence's: token index, end of its phrase
    List<Hit> hits = new ArrayList<>();
    List<Sentence> sentences = analysis.sentences();
    SentenceTokens window = new SentenceTokens();
    SentenceMentions within = new SentenceMentions(analysis.mentions());
    for (int si = 0; si < sentences.size(); si++) {
      Sentence sentence = sentences.get(si);
      // the window's own type, not List: its get and size then bind statically (under C1 a List
      // call is an interface call, and this loop makes several a token)
      SentenceTokens tokens = window.reset(analysis, sentence);
      clause.reset(tokens, within.reset(sentence));
      triggers.clear();
      hits.clear();
      int quotes = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.kind() == TokenKind.PUNCTUATION && token.form().length() == 1
            && QUOTES.indexOf(token.form().charAt(0)) >= 0) { // a word's string is not read here
          quotes++;
        }
        Mention covering = clause.mentionAt(i);
        if (covering != null && !(covering instanceof EntityMention)) {
          continue; // inside a date, an amount, a number: "দ্বিতীয় বিশ্বযুদ্ধকালে" is a time
        }
        PhraseTable.Match<Hit> m = lexicon.triggerAt(tokens, i, tokens.size());
        if (m != null && isEvent(tokens, m, quotes % 2 == 1)) {
          triggers.add(new int[] {i, m.end()});
          hits.add(m.value());
          i = m.end() - 1;
        }
      }
      for (int t = 0; t < triggers.size(); t++) {
        int at = triggers.get(t)[0];
        int phraseEnd = triggers.get(t)[1];
        int previousTrigger = t == 0 ? -1 : triggers.get(t - 1)[0];
        EventType type = hits.get(t).type();
        VerbGroup verb = verbAfter(tokens, phraseEnd);
        boolean negated = verb.negated();
        String modality = verb.planned() ? Event.PLANNED : null;
        Map<String, List<Argument>> args = arguments.find(type, clause, at, phraseEnd, previousTrigger, discourse);
        if (!hasRequired(type, args)) {
          continue;
        }
        Token trigger = tokens.get(at);
        Span span = trigger.span();
        List<Argument> dates = args.remove("date");
        if (dates == null) {
          analysis.add(new Event(type.name(), span, analysis.surface(span), si, args, type.cameo(), negated,
              modality));
        }
        for (Argument date : dates == null ? List.<Argument>of() : dates) { // one event per date
          Map<String, List<Argument>> one = new LinkedHashMap<>(args);
          one.put("date", List.of(date));
          analysis.add(new Event(type.name(), span, analysis.surface(span), si, one, type.cameo(), negated,
              modality));
        }
        discourse.remember(args);
      }
      discourse.endSentence(clause);
    }
  }

  /**
   * Whether a trigger word is an event here: its light verb follows where it needs one, and no
   * topic word makes it a subject of talk ("সফর বিষয়ক বই").
   */
  private boolean isEvent(SentenceTokens tokens, PhraseTable.Match<Hit> m, boolean quoted) {
    int end = m.end();
    if (quoted) {
      return false; // a title: 'আমার চীন সফর'
    }
    if (end < tokens.size() && lexicon.is(tokens.get(end), "topic")) {
      return false;
    }
    if (end < tokens.size() && "-".equals(tokens.get(end).form()) && tokens.get(end - 1).end() == tokens.get(end).start()) {
      return false; // a compound of nouns: "হামলা-মামলার ভয়ে", "হরতাল-অবরোধের রাজনীতি"
    }
    Set<String> needed = m.value().trigger().verbs();
    if (needed.isEmpty()) {
      return true;
    }
    for (int j = end; j < Math.min(tokens.size(), end + 3); j++) {
      String form = tokens.get(j).form();
      Verb v = lexicon.verb(tokens.get(j));
      if (v != null && needed.contains(v.lemma()) || needed.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** Quotation marks: a trigger between them is a title or a quotation, not a report. */
  private static final String QUOTES = "'\"‘’“”";

  /** What the verb after a trigger says of the event. */
  record VerbGroup(boolean negated, boolean planned) {}

  /**
   * What the verb after a trigger says: the first finite light-verb form within six words, or a
   * participle followed by কথা/পরিকল্পনা (planned); না after a finite verb negates it, and a future
   * form negated is both ("যাবেন না").
   */
  private VerbGroup verbAfter(SentenceTokens tokens, int from) {
    Verb nonfinite = null;
    for (int j = from; j < Math.min(tokens.size(), from + 6); j++) {
      String form = tokens.get(j).form();
      if ("।".equals(form) || ",".equals(form)) {
        break;
      }
      Verb v = lexicon.verb(tokens.get(j));
      if (v == null) {
        if (nonfinite != null && lexicon.is(tokens.get(j), "planned")) {
          return new VerbGroup(false, true);
        }
        continue;
      }
      if (v.form() == VerbForm.NONFINITE) {
        nonfinite = v;
        continue;
      }
      boolean negatedAfter = j + 1 < tokens.size() && lexicon.is(tokens.get(j + 1), "negation");
      return new VerbGroup(v.form() == VerbForm.NEGATED || negatedAfter, v.form() == VerbForm.PLANNED);
    }
    return new VerbGroup(false, false);
  }

  private static boolean hasRequired(EventType type, Map<String, List<Argument>> args) {
    for (String required : type.required()) {
      boolean any = false;
      for (String role : required.split("\\|")) {
        any |= args.containsKey(role);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** A mention placed on a sentence's tokens. */
  record Placed(Mention mention, int first, int end) {}

  /** One sentence as the argument rules see it: tokens and the mentions over them. */
  static final class Clause {
    final String text;
    List<Token> tokens = List.of();
    private List<Mention> inSentence = List.of();
    /** The mentions with their token ranges, made when the argument rules first ask (few sentences have a trigger). */
    private final List<Placed> placed = new ArrayList<>();
    private boolean placedMade;
    /** The last person named in the sentence, for the discourse. */
    private EntityMention lastPerson;
    // per token, for the sentence read now; a document's sentences reuse it one after another
    private Mention[] covering = new Mention[0];
    // per mention of the sentence: the token range reset found for it
    private int[] firsts = new int[0];
    private int[] ends = new int[0];

    /** A clause of {@code text}'s sentences, one after another ({@link #reset}), on one thread. */
    Clause(String text) {
      this.text = text;
    }

    /** Reads a sentence: its tokens and the mentions inside it, both in text order. */
    Clause reset(List<Token> tokens, List<Mention> inSentence) {
      this.tokens = tokens;
      this.inSentence = inSentence;
      placed.clear();
      placedMade = false;
      lastPerson = null;
      int n = tokens.size();
      if (n > covering.length) {
        covering = new Mention[Math.max(n, 2 * covering.length)];
      } else {
        Arrays.fill(covering, 0, n, null);
      }
      if (inSentence.size() > firsts.length) {
        firsts = new int[Math.max(inSentence.size(), 2 * firsts.length)];
        ends = new int[firsts.length];
      }
      int t = 0;
      for (int mi = 0; mi < inSentence.size(); mi++) {
        Mention m = inSentence.get(mi);
        while (t < n && tokens.get(t).end() <= m.span().start()) {
          t++;
        }
        int end = t;
        while (end < n && tokens.get(end).start() < m.span().end()) {
          covering[end] = m;
          end++;
        }
        firsts[mi] = t;
        ends[mi] = end;
        if (end > t && m instanceof EntityMention e && e.type() == MentionType.PERSON) {
          lastPerson = e;
        }
      }
      return this;
    }

    /** {@return the sentence's mentions that cover a token, with their token ranges, in text order} */
    List<Placed> mentions() {
      if (!placedMade) { // made when first asked: only a sentence with a trigger asks
        for (int mi = 0; mi < inSentence.size(); mi++) {
          if (ends[mi] > firsts[mi]) {
            placed.add(new Placed(inSentence.get(mi), firsts[mi], ends[mi]));
          }
        }
        placedMade = true;
      }
      return placed;
    }

    /** {@return the last person the sentence names (a mention over its tokens), or null} */
    EntityMention lastPerson() {
      return lastPerson;
    }

    Mention mentionAt(int i) {
      return covering[i];
    }

    String form(int i) {
      return tokens.get(i).form();
    }

    Token token(int i) {
      return tokens.get(i);
    }
  }

  /**
   * What the sentences so far tell the next one: the last person named or acting (for তিনি) and
   * the last place (for সেখানে). One per document.
   */
  static final class Discourse {
    EntityMention lastPerson;
    String lastPlace;
    String lastPlaceCode;
    private EntityMention pendingPerson;

    void remember(Map<String, List<Argument>> args) {
      for (String role : new String[] {"destination", "place"}) {
        List<Argument> a = args.get(role);
        if (a != null && !a.isEmpty() && a.get(0).value() != null) {
          lastPlace = a.get(0).value();
          lastPlaceCode = a.get(0).code();
        }
      }
    }

    void endSentence(Clause clause) {
      if (clause.lastPerson() != null) {
        pendingPerson = clause.lastPerson();
      }
      if (pendingPerson != null) {
        lastPerson = pendingPerson;
      }
    }
  }
}
