import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import PDFDocument from "pdfkit";

// The CJK font ships in an npm package, so PDFs render Chinese right after `npm install`.
const CJK_FONT = join(
  dirname(createRequire(import.meta.url).resolve("@embedpdf/fonts-sc")),
  "..",
  "fonts",
  "NotoSansHans-Regular.otf",
);

// An A4 document in the CJK font and the promise of its bytes once `doc.end()` is called.
export function cjkDocument(info: { Title: string; Subject?: string }): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({ size: "A4", margin: 50, info });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("cjk", CJK_FONT).font("cjk");
  return { doc, bytes };
}
