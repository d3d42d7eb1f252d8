package org.sitrep.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.Segment;

/**
 * The one index of the languages sitrep reads ({@code sitrep/lang/languages.txt}) and the reader of
 * their data files. Every stage loads its language data through this, so adding a language is
 * adding its folder {@code sitrep/lang/<code>/} and a line in the index (docs/languages.md). A
 * listed language that lacks a required file fails here, at start-up, naming every missing file.
 */
public final class Languages {
  public static final String INDEX = "sitrep/lang/languages.txt";

  /** The language-independent folder ("und"): furniture, post markers, language id of others. */
  public static final String UND = "und";

  /** Files every listed language must have (they may be empty of rules, not absent). */
  public static final List<String> REQUIRED =
      List.of(
          "extract/triggers.tsv",
          "extract/cues.tsv",
          "extract/numbers.tsv",
          "extract/function-words.txt",
          "time/words.tsv",
          "time/patterns.tsv",
          "geo-cues.tsv",
          "geo-stopwords.txt");

  private final List<String> codes;
  private final Function<String, String> files;

  private Languages(List<String> codes, Function<String, String> files) {
    this.codes = List.copyOf(codes);
    this.files = files;
  }

  /** The languages on the classpath. Reading is I/O: called once, at the edge. */
  public static Languages classpath() {
    return of(Languages::resource);
  }

  /**
   * The languages of the index read through {@code files} (resource path → content, {@code null}
   * when absent). Throws {@link IllegalStateException} when the index or a required file is absent.
   */
  public static Languages of(Function<String, String> files) {
    Objects.requireNonNull(files, "files");
    String index = files.apply(INDEX);
    if (index == null) {
      throw new IllegalStateException(INDEX + " is not on the classpath");
    }
    List<String> codes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String code : lines(index)) {
      if (code.equals(UND)) {
        continue;
      }
      if (!code.matches("[a-z]{2,3}")) {
        throw new IllegalStateException(INDEX + ": bad language code '" + code + "'");
      }
      codes.add(code);
      for (String f : REQUIRED) {
        if (files.apply(path(code, f)) == null) {
          missing.add(path(code, f));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "language data missing (each language of " + INDEX + " needs it): " + missing);
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException(INDEX + " lists no language");
    }
    return new Languages(codes, files);
  }

  /** The languages sitrep reads, in index order ("und" not among them). */
  public List<String> codes() {
    return codes;
  }

  public boolean reads(String code) {
    return codes.contains(code);
  }

  /**
   * What a document's stderr line says of its paragraphs in languages sitrep does not read ("2
   * paragraph(s) in ar, 1 in ur not read: no language data"); empty when there are none. Such
   * paragraphs still go through the extractor with the lexicon whose function words they share
   * most, which rarely finds anything: the note keeps that from passing unseen.
   */
  public Optional<String> unreadNote(List<Segment> segments) {
    java.util.Map<String, Integer> count = new java.util.TreeMap<>();
    for (Segment s : segments) {
      if (s.analysed() && !s.lang().equals(UND) && !reads(s.lang())) {
        count.merge(s.lang(), 1, Integer::sum);
      }
    }
    if (count.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    count.forEach((l, n) -> parts.add(n + (parts.isEmpty() ? " paragraph(s)" : "") + " in " + l));
    return Optional.of(String.join(", ", parts) + " not read: no language data");
  }

  /** A required resource; throws {@link IllegalStateException} naming it when absent. */
  public String read(String resource) {
    String s = files.apply(resource);
    if (s == null) {
      throw new IllegalStateException(resource + " is not on the classpath");
    }
    return s;
  }

  /** A resource that may be absent. */
  public Optional<String> optional(String resource) {
    return Optional.ofNullable(files.apply(resource));
  }

  /** The path of a language's file: {@code sitrep/lang/<code>/<file>}. */
  public static String path(String code, String file) {
    return "sitrep/lang/" + code + "/" + file;
  }

  /** A language's required file. */
  public String file(String code, String file) {
    return read(path(code, file));
  }

  /** A language's optional file. */
  public Optional<String> optionalFile(String code, String file) {
    return optional(path(code, file));
  }

  /** Non-blank lines not starting with '#', stripped. */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Languages.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
