// What customers and staff may upload: photos, videos of the fault, documents, logs.
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/gif": (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38,
  "image/webp": (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
  "application/pdf": (b) => ascii(b, 0, 5) === "%PDF-",
};

const ALLOWED = new Set([
  ...Object.keys(SIGNATURES),
  "image/heic",
  "image/heif",
  "text/plain",
  "text/csv",
  "video/mp4",
  "video/quicktime",
  "audio/mpeg",
  "audio/mp4",
  "application/zip",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
]);

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}

export function normaliseContentType(type: string): string {
  return type.split(";")[0]?.trim().toLowerCase() ?? "";
}

export type AttachmentCheck = { ok: true } | { ok: false; reason: "type_not_allowed" };

// The declared type must be on the list, and for formats with a signature the bytes must agree
// (an .exe renamed to photo.jpg is refused).
export function checkAttachment(contentType: string, bytes: Uint8Array): AttachmentCheck {
  if (!ALLOWED.has(contentType)) return { ok: false, reason: "type_not_allowed" };
  const signature = SIGNATURES[contentType];
  if (signature && !signature(bytes)) return { ok: false, reason: "type_not_allowed" };
  return { ok: true };
}

// Keeps only the last path segment and printable characters: no traversal, no control bytes.
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 200);
  return cleaned || "file";
}
