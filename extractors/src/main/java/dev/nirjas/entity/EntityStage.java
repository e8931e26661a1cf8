package dev.nirjas.entity;

import dev.nirjas.Analysis;
import dev.nirjas.EntityMention;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Layer;
import dev.nirjas.MentionType;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.Stage;
import dev.nirjas.Token;
import dev.nirjas.sentence.SentenceMentions;
import dev.nirjas.sentence.SentenceTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stage that finds PERSON, LOCATION and ORGANIZATION mentions.
 *
 * <p>Rules over the {@link EntityLexicon} come first, and a {@link NameFinder} (the OpenNLP model)
 * fills in what no rule reads; the combination is deterministic: among overlapping candidates a
 * rule beats the model, and among rules the longer reading wins ("ঢাকা বিশ্ববিদ্যালয়" is one
 * ORGANIZATION, not a LOCATION and a word). Each mention's {@code rule} says which produced it.
 *
 * <p>It reads the sentences written in Bengali (a char of the Bengali script, digits included): in
 * a sentence written wholly in another script (a citation in English) neither its lists nor its
 * model read names well.
 *
 * <p>It runs after the number, time and money stages and takes over only NUMBER and ORDINAL
 * mentions ({@link #replaces()}): a name never swallows a date or an amount.
 */
public final class EntityStage implements Stage {
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_ORG_WORDS = 6;

  /**
   * The least probability at which the model's own names (those no rule reads) are taken. The
   * bundled perceptron's scores run from about 0.22 to 0.35 and rank well; see docs/ENTITIES.md for
   * how this was chosen.
   */
  public static final double DEFAULT_MODEL_PROBABILITY = 0.30;

  /**
   * The beam the bundled model is decoded with: greedy. It finds nearly the names the model's own
   * beam of 3 finds (F1 on the test split within 0.1 of it, docs/ENTITIES.md) at about half the
   * cost; the setting {@code beam} ({@link #configure}) changes it.
   */
  public static final int DEFAULT_BEAM = 1;

  /** The widest beam the setting takes: wider ones cost more and found no more (docs/ENTITIES.md). */
  public static final int MAX_BEAM = 10;

  private final EntityLexicon lexicon;
  private final NameFinder finder;
  private final double minProbability;
  private final EntityRules rules;

  /** The standard lists and the bundled name-finder model, decoded with {@link #DEFAULT_BEAM}. */
  public EntityStage() {
    this(EntityLexicon.standard(), OpenNlpNameFinder.standard().withBeam(DEFAULT_BEAM), DEFAULT_MODEL_PROBABILITY);
  }

  /**
   * A stage with its own lists and name finder.
   *
   * @param lexicon the word lists the rules read
   * @param finder the statistical finder; {@code tokens -> List.of()} for rules alone
   */
  public EntityStage(EntityLexicon lexicon, NameFinder finder) {
    this(lexicon, finder, DEFAULT_MODEL_PROBABILITY);
  }

  /**
   * A stage with its own lists and name finder, taking the finder's names that no rule reads only
   * when it is at least {@code minProbability} sure of them.
   *
   * @param lexicon the word lists the rules read
   * @param finder the statistical finder; {@code tokens -> List.of()} for rules alone
   * @param minProbability the least probability at which a name only the finder reads is taken
   */
  public EntityStage(EntityLexicon lexicon, NameFinder finder, double minProbability) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.finder = Objects.requireNonNull(finder, "finder");
    this.minProbability = minProbability;
    this.rules = new EntityRules(lexicon, MAX_NAME_WORDS, MAX_ORG_WORDS, minProbability);
  }

  @Override
  public String name() {
    return "entities";
  }

  /** The name finder, for the tests. */
  NameFinder finder() {
    return finder;
  }

  /**
   * Takes two settings. {@code model}: {@code on} (the default) or {@code off}, the rules alone. The
   * model finds the names no list or title announces and costs about a fifth of the pipeline's time
   * (docs/PERFORMANCE.md); {@code off} is for batch runs that need the speed more than those names
   * (CLI: {@code --stage-arg entities.model=off}). {@code beam}: how many hypotheses the model's
   * search keeps at each token, 1 to {@value #MAX_BEAM} ({@link #DEFAULT_BEAM} unless set; 3 is
   * the beam the bundled model was trained with), for a finder that takes one
   * ({@link OpenNlpNameFinder#withBeam}).
   *
   * @throws IllegalArgumentException for another key or value, or a beam for a finder that takes none
   */
  @Override
  public Stage configure(Map<String, String> args) {
    Stage.requireKnownSettings(name(), args, "model", "beam");
    String model = args.get("model");
    if (model != null && !model.equals("on") && !model.equals("off")) {
      throw new IllegalArgumentException("entities.model is on or off, not '" + model + "'");
    }
    if ("off".equals(model)) {
      return new EntityStage(lexicon, tokens -> List.of(), minProbability);
    }
    String beam = args.get("beam");
    if (beam == null) {
      return this;
    }
    int b;
    try {
      b = Integer.parseInt(beam.strip());
    } catch (NumberFormatException e) {
      b = 0;
    }
    if (b < 1 || b > MAX_BEAM) {
      throw new IllegalArgumentException("entities.beam is a whole number from 1 to " + MAX_BEAM + ", not '" + beam + "'");
    }
    if (!(finder instanceof OpenNlpNameFinder openNlp) || openNlp.beam() != b && !openNlp.takesBeam()) {
      throw new IllegalArgumentException("entities.beam: this stage's name finder takes no beam");
    }
    return openNlp.beam() == b ? this : new EntityStage(lexicon, openNlp.withBeam(b), minProbability);
  }


  /**
   * Releases the calling thread's share of the name finder (its feature generators), when the
   * finder holds any; the lists and the model stay loaded for other pipelines.
   */
  @Override
  public void close() {
    if (finder instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("the name finder failed to close", e);
      }
    }
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NUMBERS, Layer.TIMES, Layer.MONEY);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ENTITIES);
  }

  /** A name may be written with a number ("উইন্ডোজ ১০", "দ্বিতীয় এলিজাবেথ"); never over a date or amount. */
  @Override
  public Set<MentionType> replaces() {
    return Set.of(MentionType.NUMBER, MentionType.ORDINAL);
  }

  @Override
  public void process(Analysis analysis) {
    List<EntityMention> found = new ArrayList<>(); // added after every sentence is read
    SentenceView view = new SentenceView(); // this document's, sentence after sentence
    List<Candidate> scratch = new ArrayList<>();
    SentenceTokens window = new SentenceTokens();
    SentenceMentions within = new SentenceMentions(analysis.mentions()); // found are added after the loop
    for (Sentence sentence : analysis.sentences()) {
      List<Token> tokens = window.reset(analysis, sentence);
      if (!EntityRules.writtenInBengali(tokens)) {
        continue; // no name the lists or the model read well (EntityRules.writtenInBengali)
      }
      view.reset(tokens, within.reset(sentence));
      // The model costs more than every other stage together: it reads only the sentences where a
      // name no list knows may stand (two such words in a row, as names are written).
      List<NameSpan> names = rules.mayHoldUnlistedName(view) ? finder.find(tokens) : List.of();
      List<Candidate> candidates = rules.find(view, names, scratch);
      for (int ci = 0; ci < candidates.size(); ci++) {
        Candidate c = candidates.get(ci);
        Span span = new Span(tokens.get(c.first()).start(), tokens.get(c.end() - 1).end());
        found.add(new EntityMention(c.type(), span, analysis.surface(span), c.canonical(), c.code(),
            c.grammaticalCase(), c.title(), c.affiliation(), c.rule()));
      }
    }
    Set<String> bareNames = new HashSet<>();
    for (EntityMention m : found) {
      if (m.type() == MentionType.PERSON) {
        bareNames.add(m.canonical());
      }
    }
    for (EntityMention m : found) {
      analysis.add(m.type() == MentionType.PERSON ? withoutEnding(m, bareNames) : m);
    }
  }

  /**
   * A person's name written with a possessive or objective ending in one place ("মোদির") and bare in
   * another ("মোদি") gets the bare name as its value: the document tells the ending from the name
   * where the word alone cannot ("কবির" is a name, not কবি + র).
   */
  private EntityMention withoutEnding(EntityMention p, Set<String> bareNames) {
    String name = p.canonical();
    for (String ending : EntityRules.PERSON_ENDINGS_IN_CONTEXT) {
      if (name.length() > ending.length() + 1 && name.endsWith(ending)) {
        String stem = name.substring(0, name.length() - ending.length());
        GrammaticalCase c = lexicon.caseOf(ending);
        if (bareNames.contains(stem) && c != null) {
          return new EntityMention(p.type(), p.span(), p.text(), stem, p.code(), c, p.title(),
              p.affiliation(), p.rule());
        }
      }
    }
    return p;
  }
}
