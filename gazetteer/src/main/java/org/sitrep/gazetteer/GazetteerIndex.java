package org.sitrep.gazetteer;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.NameKey;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * A prebuilt binary index beside a gazetteer file ({@code gazetteer.jsonl.gz.idx}): the places as
 * read, their name keys already folded, the boundaries. Loading it skips the gzip, the JSON and,
 * above all, folding some 400k names through ICU, which made every command that needs the world
 * gazetteer start seconds late.
 *
 * <p>The index is a cache: it names the size and modification time of the file it was built from
 * and a fingerprint of the code that computes keys ({@link NameKey}, {@link Gazetteer}, the ICU
 * version); when any differ it is ignored and rebuilt. Written at import time and on the first load
 * without one; a folder that cannot be written only means no index.
 */
public final class GazetteerIndex {
  private static final String MAGIC = "sitrep-gazetteer-index";
  private static final int VERSION = 1;

  private GazetteerIndex() {}

  /** Where the index of a gazetteer file lives. */
  public static Path of(Path gazetteerFile) {
    return gazetteerFile.resolveSibling(gazetteerFile.getFileName() + ".idx");
  }

  /** What was loaded: the gazetteer, and the sources its file names (for staleness checks). */
  public record Loaded(Gazetteer gazetteer, List<String> sources) {}

  /** The index of this file, when one exists and is current; empty otherwise (never throws). */
  public static Optional<Loaded> load(Path gazetteerFile) {
    Path idx = of(gazetteerFile);
    if (!Files.isRegularFile(idx) || !Files.isRegularFile(gazetteerFile)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(idx);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (!MAGIC.equals(in.readUTF())
          || in.readInt() != VERSION
          || !fingerprint().equals(in.readUTF())
          || in.readLong() != Files.size(gazetteerFile)
          || in.readLong() != Files.getLastModifiedTime(gazetteerFile).toMillis()) {
        return Optional.empty();
      }
      List<String> sources = strings(in);
      Set<String> translit = new LinkedHashSet<>(strings(in));
      int n = in.readInt();
      PlaceKind[] kinds = PlaceKind.values();
      List<Place> places = new ArrayList<>(n);
      List<Gazetteer.Keys> keys = new ArrayList<>(n);
      Map<String, String> shared = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        String name = in.readUTF();
        PlaceKind kind = kinds[in.readUnsignedByte()];
        String cc = shared(nullable(in), shared);
        String a1 = shared(nullable(in), shared);
        String a2 = shared(nullable(in), shared);
        Double lat = null;
        Double lon = null;
        if (in.readBoolean()) {
          lat = in.readDouble();
          lon = in.readDouble();
        }
        long pop = in.readLong();
        int m = in.readUnsignedShort();
        List<PlaceName> names = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
          String nm = in.readUTF();
          names.add(new PlaceName(nm, shared(in.readUTF(), shared)));
        }
        places.add(new Place(id, name, kind, cc, a1, a2, lat, lon, pop, names));
        keys.add(new Gazetteer.Keys(strings(in), strings(in), strings(in)));
      }
      int b = in.readInt();
      Map<String, String> boundaries = new LinkedHashMap<>();
      for (int i = 0; i < b; i++) {
        String id = in.readUTF();
        byte[] g = new byte[in.readInt()];
        in.readFully(g);
        boundaries.put(id, new String(g, StandardCharsets.UTF_8));
      }
      return Optional.of(
          new Loaded(Gazetteer.ofIndexed(places, keys, boundaries, translit), sources));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged or foreign index is rebuilt, never trusted
    }
  }

  /**
   * Writes the index of {@code gazetteerFile} from the data it holds; false (and no index) when the
   * folder is not writable.
   */
  public static boolean write(GazetteerData data, Path gazetteerFile) {
    return write(data, keys(data), gazetteerFile);
  }

  /** The name keys of every place of the data, in its order. */
  public static List<Gazetteer.Keys> keys(GazetteerData data) {
    List<Gazetteer.Keys> keys = new ArrayList<>(data.size());
    for (Place p : data.places()) {
      keys.add(Gazetteer.keys(p, data.translitCountries()));
    }
    return keys;
  }

  /** As {@link #write(GazetteerData, Path)} with the keys computed already. */
  public static boolean write(GazetteerData data, List<Gazetteer.Keys> keys, Path gazetteerFile) {
    Path idx = of(gazetteerFile);
    Path tmp = null;
    try {
      tmp = Files.createTempFile(idx.toAbsolutePath().getParent(), ".gazetteer-index", ".tmp");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(fingerprint());
        out.writeLong(Files.size(gazetteerFile));
        out.writeLong(Files.getLastModifiedTime(gazetteerFile).toMillis());
        strings(out, data.sources());
        strings(out, new ArrayList<>(data.translitCountries()));
        out.writeInt(data.size());
        int i = 0;
        for (Place p : data.places()) {
          out.writeUTF(p.id());
          out.writeUTF(p.name());
          out.writeByte(p.kind().ordinal());
          nullable(out, p.countryCode());
          nullable(out, p.admin1Id());
          nullable(out, p.admin2Id());
          out.writeBoolean(p.lat() != null && p.lon() != null);
          if (p.lat() != null && p.lon() != null) {
            out.writeDouble(p.lat());
            out.writeDouble(p.lon());
          }
          out.writeLong(p.population());
          out.writeShort(p.names().size());
          for (PlaceName pn : p.names()) {
            out.writeUTF(pn.name());
            out.writeUTF(pn.lang());
          }
          Gazetteer.Keys k = keys.get(i++);
          strings(out, k.exact());
          strings(out, k.translit());
          strings(out, k.skeleton());
        }
        out.writeInt(data.boundaries().size());
        for (var e : data.boundaries().entrySet()) {
          out.writeUTF(e.getKey());
          byte[] g = e.getValue().getBytes(StandardCharsets.UTF_8);
          out.writeInt(g.length);
          out.write(g);
        }
      }
      try {
        // readable by all, as the gazetteer file beside it (a temporary file starts as 0600)
        Files.setPosixFilePermissions(
            tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the default mode stands
      }
      Files.move(tmp, idx, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException | RuntimeException e) {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException ignored) {
        // nothing more to clean
      }
      return false;
    }
  }

  /** Hash of the code that computes name keys: another version's index is not used. */
  static String fingerprint() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      // NameKey folds Arabic-script spellings through ScriptFold: a change there changes keys too.
      for (Class<?> c :
          List.of(
              NameKey.class,
              org.sitrep.core.text.ScriptFold.class,
              Gazetteer.class,
              PlaceKind.class)) {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
          if (in != null) {
            md.update(in.readAllBytes());
          }
        }
      }
      md.update(
          com.ibm.icu.util.VersionInfo.ICU_VERSION.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 12);
    } catch (NoSuchAlgorithmException | IOException e) {
      throw new IllegalStateException("cannot fingerprint the name-key code", e);
    }
  }

  private static String shared(String s, Map<String, String> pool) {
    return s == null ? null : pool.computeIfAbsent(s, k -> k);
  }

  private static String nullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void nullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    if (n == 0) {
      return List.of();
    }
    String[] a = new String[n];
    for (int i = 0; i < n; i++) {
      a[i] = in.readUTF();
    }
    return List.of(a);
  }

  private static void strings(DataOutputStream out, List<String> l) throws IOException {
    if (l.size() > 0xFFFF) {
      throw new IOException("list too long for the index: " + l.size());
    }
    out.writeShort(l.size());
    for (String s : l) {
      out.writeUTF(s);
    }
  }
}
