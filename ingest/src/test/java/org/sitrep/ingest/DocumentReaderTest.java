package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DatePrecision;

class DocumentReaderTest {
  @TempDir Path dir;

  private List<ReadResult> read(Path... paths) {
    List<ReadResult> out = new ArrayList<>();
    new DocumentReader().read(List.of(paths), out::add);
    return out;
  }

  private static String rejection(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Rejected.class);
    String m = ((ReadResult.Rejected) r).message();
    assertThat(m).doesNotContain("\n");
    return m;
  }

  @Test
  void textWithHeaderGivesMonthOrDayPrecision() throws IOException {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"), " date 2021-08 Temps de lecture : 2 minutes\n\nTexte.");
    Path b = Files.writeString(dir.resolve("b.txt"), "date 2021-08-21\n\nText.");
    List<ReadResult> r = read(a, b);
    var da = ((ReadResult.Ok) r.get(0)).document();
    var db = ((ReadResult.Ok) r.get(1)).document();
    assertThat(da.id()).isEqualTo("a");
    assertThat(da.published().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(da.published().to()).isEqualTo(LocalDate.of(2021, 8, 31));
    assertThat(db.published().from()).isEqualTo(LocalDate.of(2021, 8, 21));
    assertThat(da.text()).startsWith(" date 2021-08"); // text kept as is: offsets point into it
  }

  @Test
  void emptyFile() throws IOException {
    Path f = Files.createFile(dir.resolve("empty.txt"));
    assertThat(rejection(read(f).get(0))).contains("empty.txt").contains("empty file");
  }

  @Test
  void blankFile() throws IOException {
    Path f = Files.writeString(dir.resolve("blank.txt"), "  \n\n\t\n");
    assertThat(rejection(read(f).get(0))).contains("blank").contains("empty document");
  }

  @Test
  void binaryFileWithNulBytes() throws IOException {
    Path f =
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertThat(rejection(read(f).get(0)))
        .contains("photo.txt")
        .contains("binary")
        .contains("offset 4");
  }

  @Test
  void binaryFileMostlyControlBytes() throws IOException {
    byte[] b = new byte[1000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    Path f = Files.write(dir.resolve("blob.txt"), b);
    assertThat(rejection(read(f).get(0)))
        .contains("blob.txt")
        .contains("binary")
        .contains("control");
  }

  @Test
  void invalidUtf8SaysTheByteOffset() throws IOException {
    byte[] ok = "Kunduz est tombée. ".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[ok.length + 3];
    System.arraycopy(ok, 0, b, 0, ok.length);
    b[ok.length] = (byte) 0xE9; // Latin-1 'é' alone is not UTF-8
    b[ok.length + 1] = 't';
    b[ok.length + 2] = 'e';
    Path f = Files.write(dir.resolve("latin1.txt"), b);
    assertThat(rejection(read(f).get(0)))
        .contains("latin1.txt")
        .contains("invalid UTF-8 at byte offset " + ok.length);
  }

  @Test
  void documentOverTheSizeLimitStatesBothSizes() throws IOException {
    Path f = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024); // sparse: costs no disk
    }
    String m = rejection(read(f).get(0));
    assertThat(m).contains("huge.txt").contains("52,428,800 bytes").contains("10,485,760 bytes");
  }

  @Test
  void smallerLimitFromSettings() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "x".repeat(200));
    List<ReadResult> out = new ArrayList<>();
    new DocumentReader(new ReaderSettings(100, 0.05)).read(List.of(f), out::add);
    assertThat(rejection(out.get(0))).contains("200 bytes").contains("100 bytes");
  }

  @Test
  void unknownDateFormatInHeader() throws IOException {
    Path a = Files.writeString(dir.resolve("slash.txt"), "date 21/08/2021\n\nTexte.");
    Path b = Files.writeString(dir.resolve("month13.txt"), "date 2021-13\n\nTexte.");
    List<ReadResult> r = read(a, b);
    assertThat(rejection(r.get(0)))
        .contains("slash")
        .contains("unknown date format")
        .contains("21/08/2021");
    assertThat(rejection(r.get(1))).contains("month13").contains("invalid date");
  }

  @Test
  void firstLineStartingWithTheWordDateIsText() throws IOException {
    Path a = Files.writeString(dir.resolve("palms.txt"), "date palms grow near Herat.");
    assertThat(read(a).get(0)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void jsonLinesBadLinesAreReportedWithTheirNumberAndTheBatchGoesOn() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            String.join(
                "\n",
                "{\"id\": \"one\", \"text\": \"Herat calme.\", \"published\": \"2021-08-13T09:30:00Z\"}",
                "",
                "{\"id\": \"two\", \"text\": \"broken",
                "{\"id\": \"three\", \"text\": \"Kunduz.\", \"published\": \"13 août 2021\"}",
                "{\"text\": \"no id\"}",
                "{\"id\": \"six\", \"text\": \"Mazar.\", \"published\": \"2021-08\", \"lang\": \"fr\", \"source\": \"X\"}",
                ""));
    List<ReadResult> r = read(f);
    assertThat(r).hasSize(5);
    var one = ((ReadResult.Ok) r.get(0)).document();
    assertThat(one.published().from()).isEqualTo(LocalDate.of(2021, 8, 13));
    assertThat(rejection(r.get(1))).contains("feed.jsonl:3").contains("malformed JSON at line 3");
    assertThat(rejection(r.get(2)))
        .startsWith("three:")
        .contains("unknown date format")
        .contains("line 4");
    assertThat(rejection(r.get(3))).contains("line 5").contains("\"id\"");
    var six = ((ReadResult.Ok) r.get(4)).document();
    assertThat(six.lang()).isEqualTo("fr");
    assertThat(six.source()).isEqualTo("X");
    assertThat(six.published().precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void jsonLineWithInvalidUtf8OrOverLimit() throws IOException {
    byte[] good = "{\"id\": \"a\", \"text\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\": \"b\", \"text\": \"\u00ff".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + bad.length - 1 + 3];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length - 2);
    all[good.length + bad.length - 2] = (byte) 0xC3; // truncated two-byte sequence
    all[good.length + bad.length - 1] = '"';
    all[good.length + bad.length] = '}';
    all[good.length + bad.length + 1] = '\n';
    Path f = Files.write(dir.resolve("mixed.jsonl"), all);
    List<ReadResult> r = read(f);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(rejection(r.get(1)))
        .contains("mixed.jsonl:2")
        .contains("invalid UTF-8 at byte offset");

    Path big =
        Files.writeString(
            dir.resolve("big.jsonl"),
            "{\"id\":\"x\",\"text\":\"" + "y".repeat(300) + "\"}\n{\"id\":\"z\",\"text\":\"t\"}\n");
    List<ReadResult> out = new ArrayList<>();
    new DocumentReader(new ReaderSettings(100, 0.05)).read(List.of(big), out::add);
    assertThat(rejection(out.get(0))).contains("big.jsonl:1").contains("over the limit");
    assertThat(out.get(1)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void emptyJsonlAndMissingFile() throws IOException {
    Path e = Files.createFile(dir.resolve("e.jsonl"));
    Path blank = Files.writeString(dir.resolve("b.jsonl"), "\n\n");
    List<ReadResult> r = read(e, blank, dir.resolve("missing.txt"));
    assertThat(rejection(r.get(0))).contains("e.jsonl").contains("empty file");
    assertThat(rejection(r.get(1))).contains("b.jsonl").contains("no documents");
    assertThat(rejection(r.get(2))).contains("missing.txt").contains("no such file");
  }

  @Test
  void directoryIsReadRecursivelyInStableOrderSkippingOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "B text.");
    Files.writeString(dir.resolve("a.txt"), "A text.");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    assertThat(read(dir)).extracting(ReadResult::name).containsExactly("a", "b");
  }

  @Test
  void anUnreadableEntryIsReportedAndTheRestOfTheFolderIsRead() {
    List<Path> files = new ArrayList<>();
    List<ReadResult> unreadable = new ArrayList<>();
    DocumentReader.Lister lister = new DocumentReader.Lister(files, unreadable);
    lister.visitFileFailed(dir.resolve("locked"), new AccessDeniedException("locked"));
    lister.postVisitDirectory(dir.resolve("gone"), new IOException("device error"));
    assertThat(unreadable)
        .extracting(ReadResult::name)
        .containsExactly(dir.resolve("locked").toString(), dir.resolve("gone").toString());
    assertThat(rejection(unreadable.get(0))).endsWith("locked: cannot read: permission denied");
    assertThat(rejection(unreadable.get(1))).contains("device error");
  }

  @Test
  void aFolderWithoutPermissionDoesNotDropItsSiblings() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(locked.resolve("hidden.txt"), "Hidden text.");
    Files.writeString(dir.resolve("a.txt"), "A text.");
    Files.writeString(dir.resolve("b.txt"), "B text.");
    assumeTrue(
        locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
        "permissions are not enforced for this user (root)");
    try {
      List<ReadResult> out = read(dir);
      assertThat(out)
          .filteredOn(r -> r instanceof ReadResult.Ok)
          .extracting(ReadResult::name)
          .containsExactly("a", "b");
      assertThat(out)
          .filteredOn(r -> r instanceof ReadResult.Rejected)
          .extracting(ReadResult::name)
          .containsExactly(locked.toString());
    } finally {
      locked.toFile().setReadable(true, false);
    }
  }

  @Test
  void anIdOverTheSchemaLimitIsRejected() {
    String id = "x".repeat(DocumentReader.MAX_ID_CHARS + 1);
    ReadResult r =
        DocumentReader.parseJsonLine("feed.jsonl:1", "{\"id\": \"" + id + "\", \"text\": \"T.\"}");
    assertThat(rejection(r)).contains("513 characters, over the limit of 512");
    assertThat(DocumentReader.parseText("x".repeat(512), "Some text."))
        .isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void anIdWithControlCharactersCannotForgeLines() {
    ReadResult r =
        DocumentReader.parseJsonLine(
            "feed.jsonl:1",
            "{\"id\": \"a\\nsitrep: fake, 99 event(s)\\u001b[31m\", \"text\": \"T.\"}");
    assertThat(rejection(r)).contains("control character (U+000A)");
    ReadResult t = DocumentReader.parseText("evil\u001b[2Jname", "Some text.");
    String m = rejection(t);
    assertThat(m).contains("\\u001B[2J").doesNotContain("\u001b");
  }

  @Test
  void onlyWebAddressesAreAcceptedAsTheDocumentUrl() {
    String line = "{\"id\": \"d\", \"text\": \"Some text.\", \"url\": \"%s\"}";
    assertThat(
            rejection(
                DocumentReader.parseJsonLine("f", String.format(line, "javascript:alert(1)"))))
        .contains("\"url\" must be an http or https address");
    assertThat(
            rejection(DocumentReader.parseJsonLine("f", String.format(line, "data:text/html,x"))))
        .contains("http or https");
    ReadResult ok =
        DocumentReader.parseJsonLine("f", String.format(line, "HTTPS://news.example/a"));
    assertThat(((ReadResult.Ok) ok).document().url()).isEqualTo("HTTPS://news.example/a");
  }
}
