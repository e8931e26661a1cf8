import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar older than Java 6 (major version below 50) as Java 8 class
 * files, with the stack map frames ASM computes, in place. Run by the build on the command line's
 * jar (cli/pom.xml) before its class-data archive is made.
 *
 * <p>Why: picocli ships Java 5 class files. The JVM verifies such a class with its old inference
 * verifier every time it links it, the class-data archive notwithstanding (the archive records the
 * verification of Java 6 and later class files only): ~18 ms of every start of the command line,
 * on the thread that parses its arguments. A class file with frames is verified once, when the
 * archive is made.
 *
 * <p>Changes nothing else: the other entries are copied as they are, in order. A class ASM cannot
 * rewrite (a {@code jsr}, a type it cannot load) is kept as it was. The rewritten jar is checked
 * before it replaces the old one: every rewritten class is loaded and linked (so verified) in a
 * loader of its own; if one fails, the jar is left as it was and the tool says so (exit 1: the
 * build goes on with the slower start).
 *
 * <p>Usage: {@code java -cp asm.jar UpgradeClassFiles.java JAR}
 */
public final class UpgradeClassFiles {
  private static final int JAVA_6 = 50;

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: UpgradeClassFiles JAR");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
    List<String> names = new ArrayList<>();
    int kept = 0;
    try (URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        ZipFile in = new ZipFile(jar.toFile());
        OutputStream file = Files.newOutputStream(upgraded);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        byte[] bytes;
        try (InputStream s = in.getInputStream(entry)) {
          bytes = s.readAllBytes();
        }
        String name = entry.getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && major(bytes) < JAVA_6) {
          try {
            bytes = withFrames(bytes, types);
            names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
          } catch (RuntimeException | LinkageError ex) {
            kept++; // left as it was: verified at run time, as before
          }
        }
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    String failed = check(upgraded, names);
    if (failed != null) {
      Files.delete(upgraded);
      System.err.println("UpgradeClassFiles: " + jar + " left as it was: " + failed);
      System.exit(1);
    }
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("UpgradeClassFiles: " + names.size() + " class files of " + jar.getFileName()
        + " given frames (Java 8)" + (kept > 0 ? ", " + kept + " left as they were" : ""));
  }

  private static int major(byte[] classFile) {
    return classFile.length < 8 ? Integer.MAX_VALUE : (classFile[6] & 0xFF) << 8 | classFile[7] & 0xFF;
  }

  private static byte[] withFrames(byte[] classFile, ClassLoader types) {
    ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected ClassLoader getClassLoader() {
        return types; // the common superclass of two of the jar's types, for a frame
      }
    };
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
      }
    }, 0);
    return w.toByteArray();
  }

  /** Loads and links each class named from the jar in a loader of its own: null, or what failed. */
  private static String check(Path jar, List<String> names) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      for (String name : names) {
        try {
          Class.forName(name, true, loader); // initialized, so linked, so verified
        } catch (VerifyError | ClassFormatError e) {
          return name + ": " + e;
        } catch (ReflectiveOperationException | LinkageError e) {
          // not a frame's fault (a type missing from the jar, an initializer's error): as before
        }
      }
    }
    return null;
  }
}
