package org.sitrep.core.extract;

import java.util.SplittableRandom;

/**
 * Hostile text for fuzzing: pieces drawn from pools that have broken text pipelines before (lone
 * surrogates, controls, joiners, bidi marks, combining marks, odd line breaks, huge runs of one
 * piece), mixed with conflict words so that the extractor's rules do fire. Seeded, so a failing run
 * is reproduced by its seed.
 */
final class HostileText {
  private static final String[] POOLS = {
    "killed",
    "attack",
    "Police",
    "protesters",
    "Kabul",
    "Lagos",
    "on Monday",
    "12",
    "2,000",
    " ",
    " ",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\u0085",
    "\u0000",
    "\u0007",
    "\u001B[31m",
    "\u007F",
    "\u009B",
    "\u200D",
    "\u200C",
    "\u200B",
    "\u2060",
    "\uFEFF",
    "\u200E",
    "\u200F",
    "\u202A",
    "\u202B",
    "\u202E",
    "\u2066",
    "\u2069",
    "\u0301",
    "\u0308\u0323",
    "\uD800",
    "\uDFFF",
    "\uDBFF\uDFFF",
    "\uD83D\uDCA5",
    "\u0642\u062A\u0644",
    "\u0645\u0631\u062F\u0645",
    "\u4E2D\u6587",
    "\u0915\u093F",
    "-",
    "'",
    "\"",
    "«",
    "»",
    "(",
    ")",
    "...",
    "…",
    "@",
    "#",
    "https://x.y/",
    "<script>",
    "&amp;",
    "\\",
    "%",
    "\uFFFD",
    "\uFFFF",
    "𝐀",
    "١٢",
    "۱۲",
  };

  private HostileText() {}

  static String next(SplittableRandom r, int maxPieces) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + r.nextInt(maxPieces);
    for (int i = 0; i < pieces; i++) {
      String p = POOLS[r.nextInt(POOLS.length)];
      // Now and then a huge run of one piece (joiner floods, 10k newlines, a very long word).
      int times = r.nextInt(40) == 0 ? 1 + r.nextInt(5_000) : 1;
      for (int t = 0; t < times; t++) {
        b.append(p);
      }
      if (r.nextInt(6) == 0) {
        b.appendCodePoint(r.nextInt(0x110000));
      }
    }
    return b.toString();
  }
}
