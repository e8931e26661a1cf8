import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar in place with the resources under a prefix (every entry there but class files)
 * stored rather than deflated; every other entry is copied as it is, in order. Run by the build on
 * the command line's jar (cli/pom.xml), after {@code UpgradeClassFiles} and before the class-data
 * archive is made of the jar.
 *
 * <p>Why: a pipeline's start reads its lexicons, break tables and name-model tables from the jar
 * (4.7 MB, 1.6 MB deflated), and inflating them was ~12 ms of a one-line run's CPU and ~10 % of
 * {@code Pipeline.standard()} on one thread (zlib, by async-profiler). A stored entry is read as
 * it lies in the file. The jar grows by ~3 MB.
 *
 * <p>The rewritten jar is checked before it replaces the old one: every entry must read back as
 * the same bytes. If anything fails, the jar is left as it was and the tool says so (exit 1: the
 * build goes on with the deflated resources).
 *
 * <p>Usage: {@code java StoreResources.java JAR PREFIX}, PREFIX such as {@code dev/nirjas/}
 */
public final class StoreResources {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: StoreResources JAR PREFIX");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    String prefix = args[1];
    Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
    int count = 0;
    long bytes = 0;
    try (ZipFile in = new ZipFile(jar.toFile());
        OutputStream file = Files.newOutputStream(stored);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        byte[] content = read(in, entry);
        String name = entry.getName();
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(entry.getTime());
        if (name.startsWith(prefix) && !name.endsWith("/") && !name.endsWith(".class")) {
          CRC32 crc = new CRC32();
          crc.update(content);
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(content.length);
          copy.setCompressedSize(content.length);
          copy.setCrc(crc.getValue());
          count++;
          bytes += content.length;
        }
        out.putNextEntry(copy);
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(stored);
      System.err.println("StoreResources: " + jar + " left as it was: " + e);
      System.exit(1);
    }
    String failed = check(jar, stored);
    if (failed != null) {
      Files.delete(stored);
      System.err.println("StoreResources: " + jar + " left as it was: " + failed);
      System.exit(1);
    }
    Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("StoreResources: " + count + " resources of " + jar.getFileName() + " under "
        + prefix + " stored (" + bytes / 1024 + " KB)");
  }

  private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream s = zip.getInputStream(entry)) {
      return s.readAllBytes();
    }
  }

  /** Every entry of {@code original} read back from {@code rewritten} as the same bytes: null, or what differs. */
  private static String check(Path original, Path rewritten) throws IOException {
    try (ZipFile a = new ZipFile(original.toFile()); ZipFile b = new ZipFile(rewritten.toFile())) {
      if (a.size() != b.size()) {
        return a.size() + " entries became " + b.size();
      }
      for (Enumeration<? extends ZipEntry> e = a.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        ZipEntry other = b.getEntry(entry.getName());
        if (other == null || !Arrays.equals(read(a, entry), read(b, other))) {
          return entry.getName() + " does not read back the same";
        }
      }
    }
    return null;
  }
}
