package dev.nirjas.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGINT and SIGTERM, caught so that a run ends between two records: the output keeps only whole
 * records and the summary says where it stopped. A second signal ends the process at once (a run
 * blocked on a terminal's standard input has no next record to stop at). The JVM's own handlers
 * are put back on {@link #close()}.
 *
 * <p>Through {@code sun.misc.Signal} (module jdk.unsupported, there for exactly this: the JDK has
 * no public API to catch a signal; a shutdown hook cannot choose the exit code or refuse to stop).
 * It is called by reflection only because javac warns at every mention of it, with no way to
 * suppress the warning.
 */
final class StopSignal implements AutoCloseable {
  /** The exit code of a run stopped by a signal (128 + SIGINT's 2, as shells report it). */
  static final int EXIT = 130;

  private final List<Object[]> installed = new ArrayList<>(); // {signal, the handler it had}
  private volatile String received;

  private StopSignal() {}

  /** A stop signal that no signal triggers (for a run inside another program). */
  static StopSignal none() {
    return new StopSignal();
  }

  /**
   * Catches SIGINT and SIGTERM where the platform lets it.
   *
   * @param err where a second signal's message goes
   */
  static StopSignal install(PrintStream err) {
    StopSignal stop = new StopSignal();
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
      for (String name : List.of("INT", "TERM")) {
        Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass},
            (proxy, method, args) -> switch (method.getName()) {
              case "handle" -> {
                stop.onSignal("SIG" + name, err);
                yield null;
              }
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> "nirjas stop on SIG" + name;
            });
        try {
          Object signal = signalClass.getConstructor(String.class).newInstance(name);
          stop.installed.add(new Object[] {signal, handle.invoke(null, signal, handler)});
        } catch (InvocationTargetException e) {
          // this platform has no such signal, or the JVM keeps it (-Xrs)
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // no sun.misc.Signal in this JVM: a signal stops the process as it always does
    }
    return stop;
  }

  private void onSignal(String name, PrintStream err) {
    if (received != null) {
      err.println("nirjas: " + name + " again: stopping at once");
      Runtime.getRuntime().halt(EXIT);
    }
    received = name;
  }

  /** Whether a signal asked the run to stop. */
  boolean received() {
    return received != null;
  }

  @Override
  public void close() {
    for (Object[] signalAndOld : installed) {
      try {
        Class<?> signalClass = signalAndOld[0].getClass();
        Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
        signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signalAndOld[0], signalAndOld[1]);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // the JVM's handler stays replaced; the process is about to end anyway
      }
    }
  }
}
