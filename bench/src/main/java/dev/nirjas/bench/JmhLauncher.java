package dev.nirjas.bench;

import dev.nirjas.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts JMH ({@code org.openjdk.jmh.Main}) with {@code -p stage=…} set to the stages of the
 * standard pipeline on the class path, unless the arguments already choose stages.
 *
 * <p>JMH parameter values are fixed at compile time; this keeps {@link StageBenchmark} covering
 * every stage as extractors are added, with no change to the benchmark code.
 */
public final class JmhLauncher {
  private JmhLauncher() {}

  /** Runs JMH with {@code args}, plus the stage list when the arguments do not give one. */
  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(withStages(args, StagePrefixes.names(Pipeline.standard())));
  }

  /** {@code args} with {@code -p stage=a,b,c} appended, unless they already set {@code stage}. */
  static String[] withStages(String[] args, List<String> stages) {
    for (int i = 0; i < args.length; i++) {
      boolean separate = args[i].equals("-p") && i + 1 < args.length && args[i + 1].startsWith("stage=");
      if (separate || args[i].startsWith("-pstage=")) {
        return args;
      }
    }
    List<String> out = new ArrayList<>(List.of(args));
    out.add("-p");
    out.add("stage=" + String.join(",", stages));
    return out.toArray(new String[0]);
  }
}
