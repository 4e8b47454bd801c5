import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { decodeBytes, normalizeText } from "./index.js";
import { SitrepError } from "../errors.js";
import { fixture } from "./testutil.js";

const read = (n: string) => decodeBytes(readFileSync(fixture(n)), n);
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof SitrepError);
    return `${e.code} ${e.where}`;
  }
  return "no error";
};

test("UTF-8 with and without BOM", () => {
  const t = read("utf8-bom.txt");
  assert.ok(t.startsWith("Café owners"));
  assert.equal(normalizeText(t), "Café owners in the old city reopened on Monday.\nTrading was slow.");
  assert.equal(decodeBytes(Buffer.from("Aleppo — Hama", "utf8"), "x"), "Aleppo — Hama");
});

test("UTF-16 LE and BE, with a BOM or sniffed from NUL bytes", () => {
  for (const n of ["utf16le-bom.txt", "utf16le-nobom.txt", "utf16be-bom.txt", "utf16be-nobom.txt"]) {
    assert.equal(read(n), "Aid trucks crossed into the city on Thursday – the first convoy in weeks, officials said.\n", n);
  }
});

test("Latin-1 and Windows-1252 fall back through chardet + iconv-lite", () => {
  assert.match(read("latin1.txt"), /^Le café de la place était fermé jeudi à Bamako ; les soldats ont quitté la ville « très tôt »/);
  assert.equal(read("cp1252.txt"), "The minister called it “a turning point” – and left the café early.\n");
});

test("binary and empty inputs get stable codes naming the file", () => {
  assert.equal(code(() => read("binary.txt")), "SITREP_E_BINARY_INPUT binary.txt");
  assert.equal(code(() => read("empty.txt")), "SITREP_E_EMPTY_INPUT empty.txt");
  assert.equal(code(() => read("whitespace.txt")), "SITREP_E_EMPTY_INPUT whitespace.txt");
  assert.equal(code(() => decodeBytes(Buffer.from([0x25, 0x50, 0x44, 0x46, 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f]), "a.pdf")), "SITREP_E_BINARY_INPUT a.pdf");
});

test("normalizeText: NFC, line endings, invisible characters, trailing spaces, paragraph breaks kept", () => {
  const s = "Cafe\u0301 \u200Bone  \r\nline two\t\r\rpara\u00A0three\uFEFF\n\n\n\nlast  ";
  assert.equal(normalizeText(s), "Café one\nline two\n\npara three\n\nlast");
  // ZWNJ carries meaning in Persian spelling and is kept.
  assert.equal(normalizeText("می\u200Cخواهم"), "می\u200Cخواهم");
});
