package dev.nirjas.entity;

import dev.nirjas.Token;
import dev.nirjas.entity.NerCorpus.TaggedSentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name-finder model ({@code bn-names.bin}) and scores it: the one command behind
 * {@code bench/train-names}.
 *
 * <pre>
 * NameModelTraining --train TRAIN.tsv --test TEST.tsv [--output bn-names.bin]
 *                   [--iterations N] [--cutoff N] [--beam N] [--algorithm PERCEPTRON|MAXENT|MAXENT_QN]
 *                   [--codec bio|bilou] [--features descriptor.xml] [--param KEY=VALUE ...]
 * NameModelTraining --score-predictions PREDICTIONS.tsv --test TEST.tsv
 * </pre>
 *
 * <p>The second form trains nothing: it scores another tagger's predictions on the test split
 * ({@link TaggedPredictions}: {@code word<TAB>predicted<TAB>gold}, such as the dataset paper's) and
 * the shipped model on the same words, both by conlleval's names and by the paper's per-tag measure.
 *
 * <p>It lives in the library beside the finder, not in {@code bench/}, because the model, its
 * feature generator and the corpus reader must change together (a feature changed without a
 * retrain silently breaks the model), and the tests evaluate the shipped model with the same reader
 * and scorer. It reads the corpus through {@link NerCorpus}, so training sees exactly the tokens and
 * forms the pipeline produces; it evaluates the model after a write and a reload, so the figures it
 * prints are those of the bytes it wrote.
 *
 * <p>A command-line tool: it prints its report to standard output (library classes never print).
 */
public final class NameModelTraining {
  private NameModelTraining() {}

  /**
   * What a training run uses.
   *
   * @param iterations training iterations
   * @param cutoff minimum count of a feature to be kept (a higher one makes a smaller model)
   * @param beam the beam size of the model's decoder
   * @param algorithm OpenNLP's trainer: PERCEPTRON (the only one {@link NameDecoder} decodes), MAXENT or
   *     MAXENT_QN
   * @param codec how names become outcomes: bio or bilou
   * @param features the feature descriptor (OpenNLP XML)
   * @param parameters further trainer parameters by OpenNLP's names ({@code L2Cost} …)
   */
  record Settings(int iterations, int cutoff, int beam, String algorithm, String codec, byte[] features,
      Map<String, String> parameters) {
    Settings {
      parameters = Map.copyOf(parameters);
    }

    /**
     * The settings the shipped model was trained with (docs/ENTITIES.md): the perceptron's step
     * shrinks by 5 % a pass ({@code StepSizeDecrease}, chosen on a fifth of the training split
     * held out, not on the test split).
     */
    static Settings standard() throws IOException {
      return new Settings(100, 1, 3, "PERCEPTRON", "bio", standardFeatures(), Map.of("StepSizeDecrease", "0.05"));
    }
  }

  /** The feature descriptor beside this class. */
  static byte[] standardFeatures() throws IOException {
    try (InputStream in = NameModelTraining.class.getResourceAsStream("bn-name-features.xml")) {
      if (in == null) {
        throw new IllegalStateException("missing resource bn-name-features.xml");
      }
      return in.readAllBytes();
    }
  }

  /** Trains a model on tagged sentences. */
  static TokenNameFinderModel train(List<TaggedSentence> sentences, Settings s) throws IOException {
    OpenNlpNameFinder.allowFeatureGenerators();
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (TaggedSentence t : sentences) {
      Span[] names = new Span[t.names().size()];
      for (int i = 0; i < names.length; i++) {
        NameSpan n = t.names().get(i);
        names[i] = new Span(n.first(), n.end(), OpenNlpNameFinder.modelType(n.type()));
      }
      samples.add(new NameSample(t.tokens().stream().map(Token::form).toArray(String[]::new), names, true));
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, s.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, s.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, s.cutoff());
    p.put("BeamSize", s.beam());
    s.parameters().forEach(p::put);
    SequenceCodec<String> codec = switch (s.codec()) {
      case "bio" -> new BioCodec();
      case "bilou" -> new BilouCodec();
      default -> throw new IllegalArgumentException("unknown codec: " + s.codec());
    };
    TokenNameFinderFactory factory = new TokenNameFinderFactory(s.features(), Map.of(), codec);
    return NameFinderME.train("bn", null, ObjectStreamUtils.createObjectStream(samples), p, factory);
  }

  /** Scores a finder on tagged sentences. */
  static NameScores evaluate(NameFinder finder, List<TaggedSentence> sentences) {
    NameScores scores = new NameScores();
    for (TaggedSentence t : sentences) {
      scores.add(t.names(), finder.find(t.tokens()));
    }
    return scores;
  }

  /**
   * Trains, writes, reloads and scores; see the class comment for the arguments.
   *
   * @param args the command line
   * @throws IOException if a split cannot be read or the model not written
   */
  public static void main(String[] args) throws IOException {
    Path train = null;
    Path test = null;
    Path output = null;
    Path predictions = null;
    Settings s = Settings.standard();
    int iterations = s.iterations();
    int cutoff = s.cutoff();
    int beam = s.beam();
    String algorithm = s.algorithm();
    String codec = s.codec();
    byte[] features = s.features();
    Map<String, String> parameters = new LinkedHashMap<>(s.parameters());
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--train" -> train = Path.of(required(args[i], value));
        case "--test" -> test = Path.of(required(args[i], value));
        case "--output" -> output = Path.of(required(args[i], value));
        case "--score-predictions" -> predictions = Path.of(required(args[i], value));
        case "--iterations" -> iterations = Integer.parseInt(required(args[i], value));
        case "--cutoff" -> cutoff = Integer.parseInt(required(args[i], value));
        case "--beam" -> beam = Integer.parseInt(required(args[i], value));
        case "--algorithm" -> algorithm = required(args[i], value).toUpperCase(Locale.ROOT);
        case "--codec" -> codec = required(args[i], value);
        case "--features" -> features = Files.readAllBytes(Path.of(required(args[i], value)));
        case "--param" -> {
          String kv = required(args[i], value);
          int eq = kv.indexOf('=');
          if (eq < 1) {
            throw new IllegalArgumentException("--param takes KEY=VALUE: " + kv);
          }
          parameters.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
      i++;
    }
    if (predictions != null && test != null) {
      compare(predictions, test, System.out);
      return;
    }
    if (train == null || test == null) {
      throw new IllegalArgumentException("usage: NameModelTraining --train TRAIN.tsv --test TEST.tsv [--output FILE] ... "
          + "| --score-predictions PREDICTIONS.tsv --test TEST.tsv");
    }
    s = new Settings(iterations, cutoff, beam, algorithm, codec, features, parameters);
    report(train, test, output, s, System.out);
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static void report(Path trainFile, Path testFile, Path output, Settings s, PrintStream out) throws IOException {
    List<TaggedSentence> train = NerCorpus.read(trainFile);
    List<TaggedSentence> test = NerCorpus.read(testFile);
    out.printf(Locale.ROOT, "train: %s (%s)%ntest:  %s (%s)%n", trainFile, describe(train), testFile, describe(test));
    out.printf(Locale.ROOT, "settings: %s, %d iterations, cutoff %d, beam %d, %s codec%s%n",
        s.algorithm(), s.iterations(), s.cutoff(), s.beam(), s.codec(),
        s.parameters().isEmpty() ? "" : ", " + s.parameters());

    long t0 = System.nanoTime();
    TokenNameFinderModel trained = train(train, s);
    double trainingSeconds = (System.nanoTime() - t0) / 1e9;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.serialize(bytes);
    byte[] model = bytes.toByteArray();
    trained = null; // so that the heap measured below holds only the reloaded model
    if (output != null) {
      Files.write(output, model);
    }
    out.printf(Locale.ROOT, "training: %.1f s; model: %,d bytes%s%n", trainingSeconds, model.length,
        output == null ? "" : " written to " + output);

    long before = usedHeap();
    OpenNlpNameFinder finder = new OpenNlpNameFinder(new ByteArrayInputStream(model));
    finder.find(test.get(0).tokens()); // this thread's NameFinderME: part of what a user holds
    long after = usedHeap();
    out.printf(Locale.ROOT, "heap: %.1f MB for the loaded model and one thread's finder%n", (after - before) / 1e6);

    NameScores scores = evaluate(finder, test);
    long t1 = System.nanoTime();
    evaluate(finder, test); // a second, warm pass for the time per sentence
    double micros = (System.nanoTime() - t1) / 1e3 / test.size();
    out.printf(Locale.ROOT, "speed: %.0f µs per sentence (warm, one thread, %.1f tokens a sentence)%n%n", micros,
        test.stream().mapToInt(t -> t.tokens().size()).average().orElse(0));
    out.print(scores.table());
    Reference.reachabilityFence(finder);
  }

  /**
   * Another tagger's predictions and the shipped model's on the same words, by both measures: the
   * model decoded greedily (as the pipeline decodes it) and with the beam it was trained with.
   *
   * @throws IllegalArgumentException if the predictions are not on the test split (other gold names)
   */
  private static void compare(Path predictionsFile, Path testFile, PrintStream out) throws IOException {
    TaggedPredictions theirs = TaggedPredictions.read(predictionsFile);
    NameScores theirNames = theirs.names();
    TaggedPredictions.TagScores theirTagsWithoutTimes = theirs.withoutTimes().tagScores();
    out.printf(Locale.ROOT, "predictions: %s (%d sentences)%ntest:        %s%n%n", predictionsFile,
        theirs.sentences().size(), testFile);
    out.printf(Locale.ROOT, "names (conlleval over PER, LOC, ORG; on the corpus's words) — the predictions:%n%s%n",
        theirNames.table());
    out.printf(Locale.ROOT, "mean of the per-tag F1 (the dataset paper's measure) — the predictions: %.2f; "
        + "TIM read as O: %.2f%n  per tag, TIM as O: %s%n%n", theirs.tagMacroF1(), theirTagsWithoutTimes.macro(),
        percentages(theirTagsWithoutTimes.perTag()));
    OpenNlpNameFinder shipped = OpenNlpNameFinder.standard();
    for (int beam : new int[] {EntityStage.DEFAULT_BEAM, shipped.beam()}) {
      TaggedPredictions ours = TaggedPredictions.of(shipped.withBeam(beam), testFile);
      NameScores names = ours.names();
      if (names.overall().gold() != theirNames.overall().gold()) {
        throw new IllegalArgumentException("the predictions' gold names (" + theirNames.overall().gold()
            + ") are not the test split's (" + names.overall().gold() + "): another split?");
      }
      out.printf(Locale.ROOT, "names — the shipped model, beam %d%s:%n%s%n", beam,
          beam == EntityStage.DEFAULT_BEAM ? " (the pipeline's)" : " (as trained)", names.table());
      TaggedPredictions.TagScores ourTagsWithoutTimes = ours.withoutTimes().tagScores();
      out.printf(Locale.ROOT, "mean of the per-tag F1 — the shipped model, beam %d: %.2f (it tags no TIM); "
          + "TIM read as O: %.2f%n  per tag, TIM as O: %s%n%n", beam, ours.tagMacroF1(),
          ourTagsWithoutTimes.macro(), percentages(ourTagsWithoutTimes.perTag()));
    }
  }

  private static String percentages(Map<String, Double> f1) {
    StringBuilder b = new StringBuilder();
    f1.forEach((tag, f) -> b.append(b.length() == 0 ? "" : ", ").append(tag).append(' ')
        .append(String.format(Locale.ROOT, "%.2f", f)));
    return b.toString();
  }

  private static String describe(List<TaggedSentence> sentences) {
    int tokens = 0;
    int names = 0;
    int lost = 0;
    for (TaggedSentence t : sentences) {
      tokens += t.tokens().size();
      names += t.names().size();
      lost += t.lostNames();
    }
    return String.format(Locale.ROOT, "%d sentences, %d tokens, %d names%s", sentences.size(), tokens, names,
        lost == 0 ? "" : ", " + lost + " lost in normalization");
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
