import { inflateSync } from "node:zlib";

// The text of a PDF's streams (inflated where compressed), lower-cased: its ToUnicode maps name
// every glyph the document shows by code point, so "7535" in it means 电 is drawn.
export function pdfStreams(pdf: Buffer): string {
  const latin = pdf.toString("latin1");
  let out = "";
  for (let at = latin.indexOf("stream\n"); at >= 0; at = latin.indexOf("stream\n", at + 1)) {
    const end = latin.indexOf("endstream", at);
    if (end < 0) break;
    const raw = pdf.subarray(at + 7, end);
    try {
      out += inflateSync(raw).toString("latin1");
    } catch {
      out += raw.toString("latin1");
    }
  }
  return out.toLowerCase();
}

// Whether every character of `text` has a glyph mapped in the PDF.
export const pdfShows = (pdf: Buffer, text: string): boolean => {
  const maps = pdfStreams(pdf);
  return [...text].every((ch) => maps.includes((ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")));
};
