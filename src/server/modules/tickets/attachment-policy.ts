// What customers and staff may upload: photos, videos of the fault, documents, logs. Every type
// has a check of the content itself, so the declared type (which the client chooses) can never
// smuggle a program or a web page in under a harmless name.
const ISO_MEDIA = (b: Uint8Array) => ascii(b, 4, 8) === "ftyp";
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"]);
const ZIP = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(((b[2] ?? 0) << 8) | (b[3] ?? 0));
const OLE2 = (b: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((v, i) => b[i] === v);

const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/gif": (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38,
  "image/webp": (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
  "application/pdf": (b) => ascii(b, 0, 5) === "%PDF-",
  "image/heic": (b) => isoBrands(b).some((brand) => HEIF_BRANDS.has(brand)),
  "image/heif": (b) => isoBrands(b).some((brand) => HEIF_BRANDS.has(brand)),
  "video/mp4": ISO_MEDIA,
  "audio/mp4": ISO_MEDIA,
  // QuickTime: an ftyp box, or (older files) one of the top-level atoms first.
  "video/quicktime": (b) =>
    ISO_MEDIA(b) || ["moov", "mdat", "wide", "free", "skip", "pnot"].includes(ascii(b, 4, 8)),
  // An ID3 tag, or straight into an MPEG audio frame (11 sync bits).
  "audio/mpeg": (b) => ascii(b, 0, 3) === "ID3" || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
  "application/zip": ZIP,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ZIP,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ZIP,
  "application/msword": OLE2,
  "application/vnd.ms-excel": OLE2,
  "text/plain": isPlainText,
  "text/csv": isPlainText,
};

// The brands an ISO base media file (MP4, MOV, HEIF) declares in its leading ftyp box.
function isoBrands(b: Uint8Array): string[] {
  if (!ISO_MEDIA(b)) return [];
  const size = Math.min(
    ((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0),
    b.length,
    256,
  );
  const brands = [ascii(b, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(b, at, at + 4));
  return brands;
}

// Text has no signature: it is text when it has no NUL bytes (binary; UTF-16 with its BOM aside)
// and does not open like markup a browser would run (HTML, SVG, XML) or like a program.
const MARKUP =
  /^\s*<(!doctype|html|head|body|script|iframe|svg|\?xml|object|embed|meta|a\s|img\s|div|style|link|base)\b/i;
function isPlainText(b: Uint8Array): boolean {
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  if (!utf16 && b.subarray(0, 64 * 1024).includes(0)) return false;
  if (ascii(b, 0, 2) === "MZ" || ascii(b, 0, 4) === "\u007fELF") return false;
  const head = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 1024)).replace(/^\uFEFF/, "");
  return !MARKUP.test(head);
}

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}

export function normaliseContentType(type: string): string {
  return type.split(";")[0]?.trim().toLowerCase() ?? "";
}

export type AttachmentCheck = { ok: true } | { ok: false; reason: "type_not_allowed" };

// The declared type must be on the list and the bytes must be of that type (an .exe sent as
// video/mp4, a web page sent as image/heic are refused).
export function checkAttachment(contentType: string, bytes: Uint8Array): AttachmentCheck {
  const signature = SIGNATURES[contentType];
  if (!signature?.(bytes)) return { ok: false, reason: "type_not_allowed" };
  return { ok: true };
}

// Extensions a desktop or a browser would run or render as a page when the file is opened.
const DANGEROUS_EXTENSIONS = new Set(
  (
    "exe com bat cmd scr pif msi msp mst dll cpl jar js mjs cjs jse vbs vbe wsf wsh ws ps1 psm1 psd1 " +
    "hta htm html xhtml shtml mht mhtml svg svgz xml xsl xslt lnk url reg inf scf sh bash csh zsh command " +
    "app apk dmg pkg iso img vhd vhdx gadget msc chm swf php phtml asp aspx jsp cgi pl py rb desktop appref-ms"
  ).split(" "),
);

// Keeps only the last path segment, printable characters and a harmless ending: no traversal,
// no control bytes, no bidirectional overrides (which make "gpj.exe" read as "exe.jpg"), and a
// runnable extension is turned into part of the name ("setup.exe" → "setup_exe").
export function safeFileName(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, "")
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .replace(/^\.+/, "")
    // Windows drops trailing dots and spaces: "a.exe." would open as a.exe.
    .replace(/[.\s]+$/, "")
    .trim();
  const dot = cleaned.lastIndexOf(".");
  if (dot > 0 && DANGEROUS_EXTENSIONS.has(cleaned.slice(dot + 1).toLowerCase()))
    cleaned = `${cleaned.slice(0, dot)}_${cleaned.slice(dot + 1)}`;
  return cleaned.slice(0, 200) || "file";
}
