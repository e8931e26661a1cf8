package dev.nirjas.event;

import dev.nirjas.Argument;
import dev.nirjas.EntityMention;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Span;
import dev.nirjas.TimeMention;
import dev.nirjas.TokenKind;
import dev.nirjas.entity.EntityLexicon;
import dev.nirjas.event.EventStage.Clause;
import dev.nirjas.event.EventStage.Discourse;
import dev.nirjas.event.EventStage.Placed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills an event's roles from the sentence around its trigger: the mentions earlier stages found
 * and the case endings on the entities.
 *
 * <ul>
 *   <li>{@code agent} / {@code person}: the nearest PERSON before the trigger that is not a
 *       "with" or "from" phrase; else a pronoun subject (তিনি) resolved to the last person named
 *       in an earlier sentence. Where a type has both roles (ARREST, AWARD), {@code person} is the
 *       PERSON and {@code agent} the ORGANIZATION that acts (পুলিশ, র‍্যাব).
 *   <li>{@code destination}: a place written in its bare form right before the trigger ("চীন
 *       সফরে"), else the nearest place in the locative ("বেলজিয়ামে যান").
 *   <li>{@code origin}: a place followed by থেকে ("বেলজিয়ামের তরফ থেকে"), else the genitive country
 *       before the agent's title or name ("চীনের তৎকালীন প্রধানমন্ত্রী, ঝু রঙ্গি").
 *   <li>{@code place}: the nearest place in the locative; সেখানে takes the last place named.
 *   <li>{@code parties}: the entities joined by এবং/ও/comma nearest the trigger ("চীন এবং
 *       বেলজিয়ামের মাঝে"); else the subject and the entity before সঙ্গে/সাথে.
 *   <li>{@code date}: the dates between the previous trigger and this one (the nearest, or all of
 *       those joined by এবং/ও), else the nearest date after it; {@code amount}: the nearest MONEY;
 *       {@code organization}: the nearest ORGANIZATION; {@code award}: the trigger with the name
 *       before it ("নোবেল পুরস্কার").
 * </ul>
 */
final class ArgumentRules {
  private static final int NEAR = 4;

  private final EventLexicon lexicon;
  private final EntityLexicon entities = EntityLexicon.standard();

  ArgumentRules(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The arguments of an event of {@code type} triggered at token {@code at}, by role in type order. */
  Map<String, List<Argument>> find(EventType type, Clause c, int at, int phraseEnd, int previousTrigger,
      Discourse discourse) {
    Map<String, List<Argument>> out = new LinkedHashMap<>();
    List<String> roles = type.roles();
    Placed subject = null;
    for (String role : roles) {
      switch (role) {
        case "agent", "person" -> {
          boolean organizationActs = "agent".equals(role) && roles.contains("person");
          Set<MentionType> kinds = organizationActs ? ORGANIZATIONS
              : "person".equals(role) || "FOUNDING".equals(type.name()) ? PERSONS
              : ACTORS.contains(type.name()) ? ENTITIES : PERSONS_AND_ORGANIZATIONS;
          Subject found = subject(c, at, phraseEnd, kinds, "person".equals(role), !organizationActs, discourse);
          if (found != null) {
            put(out, role, found.argument());
            if (!organizationActs) {
              subject = found.placed();
            }
          }
        }
        case "destination" -> {
          Placed p = destination(c, at);
          if (p != null) {
            put(out, role, argument(c, p));
          }
        }
        case "origin" -> {
          Placed p = origin(c, at, subject);
          if (p != null && (out.get("destination") == null
              || !out.get("destination").get(0).span().equals(p.mention().span()))) {
            put(out, role, argument(c, p));
          }
        }
        case "place" -> {
          Argument a = place(c, at, discourse, "DISASTER".equals(type.name()));
          List<Argument> destination = out.get("destination");
          if (a != null && (destination == null || !destination.get(0).span().equals(a.span()))
              && !("TRADE".equals(type.name()) && a.resolved() == null)) {
            put(out, role, a);
          }
        }
        case "parties" -> {
          if ("TRADE".equals(type.name())) {
            tradeParties(c, out); // exports to, imports from: every country of the sentence
          } else {
            parties(c, at, phraseEnd, discourse, out);
          }
        }
        case "organization" -> {
          Placed p = nearest(c, at, MentionType.ORGANIZATION);
          if (p != null) {
            put(out, role, argument(c, p));
          }
        }
        case "amount" -> {
          Placed p = nearest(c, at, MentionType.MONEY);
          if (p != null) {
            put(out, role, argument(c, p));
          }
        }
        case "date" -> dates(c, at, phraseEnd, previousTrigger, out);
        case "award" -> put(out, role, award(c, at));
        default -> { }
      }
    }
    if ("WAR".equals(type.name()) && out.containsKey("parties") && out.get("parties").size() == 1
        && !out.containsKey("agent")) {
      out.put("agent", out.remove("parties")); // one side named: it is the agent
    } else if (out.containsKey("agent") && out.containsKey("parties")) {
      out.remove("agent");
    }
    return out;
  }

  private static void put(Map<String, List<Argument>> out, String role, Argument a) {
    out.computeIfAbsent(role, r -> new ArrayList<>()).add(a);
  }

  private static Argument argument(Clause c, Placed p) {
    Mention m = p.mention();
    Span span = m.span();
    if (m instanceof EntityMention e) {
      return new Argument(span, m.text(), e.canonical(), e.code(), e.title(), e.affiliation(), null);
    }
    return new Argument(span, m.text(), m.value());
  }

  /** Event types whose agent may be a country or a group as well as a person ("রাশিয়া হামলা চালায়"). */
  private static final Set<String> ACTORS = Set.of("ATTACK", "WAR", "PROTEST");

  // the kinds a subject may be, built once rather than per trigger
  private static final Set<MentionType> PERSONS = Set.of(MentionType.PERSON);
  private static final Set<MentionType> ORGANIZATIONS = Set.of(MentionType.ORGANIZATION);
  private static final Set<MentionType> PERSONS_AND_ORGANIZATIONS = Set.of(MentionType.PERSON, MentionType.ORGANIZATION);
  private static final Set<MentionType> ENTITIES =
      Set.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.LOCATION);

  /** A subject found: the argument, and the mention it is when written out (null for a pronoun). */
  private record Subject(Argument argument, Placed placed) {}

  /**
   * The subject of the clause: the first entity of {@code kinds} (or a pronoun, resolved) before the
   * trigger that is not a "with" or "from" phrase and not in the locative or genitive (nor, unless
   * {@code objective} allows it, the objective: "ইমরান খানকে গ্রেপ্তার" names the person arrested);
   * else the first such entity after the trigger, where news writes the subject last ("সাক্ষাৎ
   * করেছেন … অজয় বাঙ্গা").
   */
  private Subject subject(Clause c, int at, int phraseEnd, Set<MentionType> kinds, boolean objective,
      boolean pronouns, Discourse discourse) {
    List<Placed> mentions = c.mentions();
    int p = 0;
    for (int j = 0; j < at; j++) {
      while (p < mentions.size() && mentions.get(p).first() < j) {
        p++;
      }
      if (p < mentions.size() && mentions.get(p).first() == j) {
        Placed m = mentions.get(p);
        if (m.end() <= at && acts(c, m, kinds, objective)) {
          return new Subject(argument(c, m), m);
        }
        continue;
      }
      if (pronouns && c.mentionAt(j) == null && lexicon.is(c.token(j), "pronoun")) {
        Argument a = pronoun(c, j, discourse);
        if (a != null) {
          return new Subject(a, null);
        }
      }
    }
    for (Placed m : c.mentions()) {
      if (m.first() >= phraseEnd && acts(c, m, kinds, false) && caseOf(m) == GrammaticalCase.NOMINATIVE) {
        return new Subject(argument(c, m), m);
      }
    }
    return null;
  }

  private boolean acts(Clause c, Placed m, Set<MentionType> kinds, boolean objective) {
    GrammaticalCase gc = caseOf(m);
    return kinds.contains(m.mention().type()) && !before(c, m, "with") && !before(c, m, "from")
        && (gc == GrammaticalCase.NOMINATIVE || objective && gc == GrammaticalCase.OBJECTIVE);
  }

  /** Whether the word after the mention (or after a word that follows it) has {@code role}. */
  private boolean before(Clause c, Placed p, String role) {
    for (int j = p.end(); j < Math.min(c.tokens.size(), p.end() + 2); j++) {
      if (lexicon.is(c.token(j), role)) {
        return true;
      }
    }
    return false;
  }

  /** The pronoun at token {@code j}, resolved to the last person named before its sentence. */
  private static Argument pronoun(Clause c, int j, Discourse discourse) {
    EntityMention p = discourse.lastPerson;
    if (p == null) {
      return null;
    }
    Span span = c.tokens.get(j).span();
    return new Argument(span, span.of(c.text), p.canonical(), null, p.title(), p.affiliation(),
        "previous-sentence");
  }

  private Placed destination(Clause c, int at) {
    for (Placed p : c.mentions()) {
      if (p.end() == at && p.mention().type() == MentionType.LOCATION
          && caseOf(p) == GrammaticalCase.NOMINATIVE) {
        return p; // "চীন সফরে"
      }
    }
    return nearestInCase(c, at, MentionType.LOCATION, GrammaticalCase.LOCATIVE);
  }

  private Placed origin(Clause c, int at, Placed subject) {
    for (Placed p : c.mentions()) {
      if (p.mention().type() == MentionType.LOCATION && before(c, p, "from")) {
        return p;
      }
    }
    if (subject != null) {
      Placed previous = null;
      for (Placed p : c.mentions()) {
        if (p == subject) {
          break;
        }
        previous = p;
      }
      if (previous != null && previous.mention().type() == MentionType.LOCATION
          && caseOf(previous) == GrammaticalCase.GENITIVE && subject.first() - previous.end() <= NEAR
          && !hasMentionBetween(c, previous.end(), subject.first())) {
        return previous; // "চীনের তৎকালীন প্রধানমন্ত্রী, ঝু রঙ্গি", "চীনের কিয়ান কিচেন"
      }
    }
    return null;
  }

  private Argument place(Clause c, int at, Discourse discourse, boolean anyCase) {
    Placed p = nearestInCase(c, at, MentionType.LOCATION, GrammaticalCase.LOCATIVE);
    if (p == null && anyCase) {
      p = nearest(c, at, MentionType.LOCATION);
    }
    if (p != null) {
      return argument(c, p);
    }
    for (int j = 0; j < c.tokens.size(); j++) {
      if (lexicon.is(c.token(j), "there") && discourse.lastPlace != null) {
        Span span = c.tokens.get(j).span();
        return new Argument(span, span.of(c.text), discourse.lastPlace, discourse.lastPlaceCode, null, null,
            "previous-sentence");
      }
    }
    return null;
  }

  /**
   * Parties: the entities joined by এবং/ও/a comma/a hyphen nearest the trigger ("বাংলাদেশ ও
   * ভারতের মধ্যে", "বাংলাদেশ-মিয়ানমার"); else the subject and the entity before সঙ্গে/সাথে.
   * A place in the locative is where, not who.
   */
  private void parties(Clause c, int at, int phraseEnd, Discourse discourse, Map<String, List<Argument>> out) {
    List<List<Placed>> groups = new ArrayList<>();
    List<Placed> group = new ArrayList<>();
    Placed previous = null;
    for (Placed p : c.mentions()) {
      if (!(p.mention() instanceof EntityMention) || caseOf(p) == GrammaticalCase.LOCATIVE) {
        continue;
      }
      if (previous != null && joined(c, previous.end(), p.first())) {
        group.add(p);
      } else {
        if (group.size() > 1) {
          groups.add(group);
        }
        group = new ArrayList<>(List.of(p));
      }
      previous = p;
    }
    if (group.size() > 1) {
      groups.add(group);
    }
    List<Placed> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (List<Placed> g : groups) {
      int d = g.get(0).first() >= at ? g.get(0).first() - at + 1 : at - g.get(g.size() - 1).end();
      if (d < bestDistance) {
        best = g;
        bestDistance = d;
      }
    }
    if (best != null) {
      for (Placed p : best) {
        put(out, "parties", argument(c, p));
      }
      return;
    }
    Placed with = null;
    for (Placed p : c.mentions()) {
      if (p.mention() instanceof EntityMention && before(c, p, "with")) {
        with = p;
      }
    }
    Subject subject = subject(c, at, phraseEnd,
        ENTITIES, false, true, discourse);
    if (subject != null && (with == null || subject.placed() != with)) {
      put(out, "parties", subject.argument());
    }
    if (with != null) {
      put(out, "parties", argument(c, with));
    }
  }

  /** Every place of the sentence, in text order: the countries trading. */
  private static void tradeParties(Clause c, Map<String, List<Argument>> out) {
    for (Placed p : c.mentions()) {
      if (p.mention().type() == MentionType.LOCATION) {
        put(out, "parties", argument(c, p));
      }
    }
  }

  /** Whether only conjunctions, commas and hyphens stand between two tokens. */
  private boolean joined(Clause c, int from, int to) {
    if (from >= to) {
      return false; // side by side, nothing between: not a list ("নয়াদিল্লিতে বাংলাদেশ")
    }
    for (int j = from; j < to; j++) {
      String f = c.form(j);
      if (!lexicon.is(c.token(j), "conjunction") && !",".equals(f) && !"-".equals(f)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a conjunction and nothing but (commas aside) stands between two tokens. */
  private boolean conjoined(Clause c, int from, int to) {
    boolean conjunction = false;
    for (int j = from; j < to; j++) {
      String f = c.form(j);
      if (lexicon.is(c.token(j), "conjunction")) {
        conjunction = true;
      } else if (!",".equals(f)) {
        return false;
      }
    }
    return conjunction;
  }

  private void dates(Clause c, int at, int phraseEnd, int previousTrigger, Map<String, List<Argument>> out) {
    List<Placed> before = new ArrayList<>();
    Placed after = null;
    for (Placed p : c.mentions()) {
      if (!(p.mention() instanceof TimeMention t)
          || t.type() == MentionType.DURATION || t.type() == MentionType.SET) {
        continue; // a relative date without an anchor ("আগামী মাসে") still says when
      }
      if (p.end() <= at && p.first() > previousTrigger) {
        if (!before.isEmpty() && !conjoined(c, before.get(before.size() - 1).end(), p.first())) {
          before.clear(); // not joined by এবং/ও: a restatement ("এর পরের বছর, ১৯৯২ সালের মার্চ মাসে") or apart
        }
        before.add(p);
      } else if (p.first() >= phraseEnd && after == null) {
        after = p;
      }
    }
    List<Placed> chosen = !before.isEmpty() ? before : after != null ? List.of(after) : List.of();
    for (Placed p : chosen) {
      put(out, "date", withAdjacentDate(c, p));
    }
  }

  /**
   * A date and the date written right against it, as one argument ("গতকাল সোমবার": a relative day
   * and its weekday), the value of the more exact one.
   */
  private static Argument withAdjacentDate(Clause c, Placed p) {
    Placed left = p;
    for (Placed q : c.mentions()) {
      if (q.end() == p.first() && q.mention() instanceof TimeMention t && t.type() == MentionType.DATE) {
        left = q;
      }
    }
    if (left == p) {
      return argument(c, p);
    }
    Span span = new Span(left.mention().span().start(), p.mention().span().end());
    String value = p.mention().value() != null ? p.mention().value() : left.mention().value();
    return new Argument(span, span.of(c.text), value);
  }

  private Argument award(Clause c, int at) {
    Span trigger = c.tokens.get(at).span();
    int first = at;
    while (first > 0 && at - first < 2 && c.mentionAt(first - 1) == null
        && c.tokens.get(first - 1).kind() == TokenKind.WORD
        && entities.wordClass(c.form(first - 1)) == null && !inflected(c.form(first - 1))) {
      first--; // "নোবেল পুরস্কার", "একুশে পদক"; not "সাহিত্যে" (in literature) nor "খেলোয়াড়ের"
    }
    Span span = new Span(c.tokens.get(first).start(), trigger.end());
    return new Argument(span, span.of(c.text), null);
  }

  /** Whether a word ends in a genitive or locative ending after a consonant (সাহিত্যে, খেলোয়াড়ের). */
  private static boolean inflected(String w) {
    int n = w.length();
    return n > 3 && (w.endsWith("ের") || w.endsWith("তে")
        || w.charAt(n - 1) == 'ে' && w.charAt(n - 2) >= 'ক' && w.charAt(n - 2) <= 'হ');
  }

  private static Placed nearest(Clause c, int at, MentionType type) {
    return nearestInCase(c, at, type, null);
  }

  /** The mention of {@code type} nearest the trigger, in case {@code wanted} (null: any case). */
  private static Placed nearestInCase(Clause c, int at, MentionType type, GrammaticalCase wanted) {
    Placed best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Placed p : c.mentions()) {
      if (p.mention().type() != type || wanted != null && caseOf(p) != wanted) {
        continue;
      }
      int d = p.end() <= at ? at - p.end() : p.first() - at;
      if (d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best;
  }

  private static boolean hasMentionBetween(Clause c, int from, int to) {
    for (int j = from; j < to; j++) {
      if (c.mentionAt(j) != null) {
        return true;
      }
    }
    return false;
  }

  private static GrammaticalCase caseOf(Placed p) {
    return p.mention() instanceof EntityMention e ? e.grammaticalCase() : GrammaticalCase.NOMINATIVE;
  }
}
