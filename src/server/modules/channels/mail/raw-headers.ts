import iconv from "iconv-lite";

// Reading headers straight from the raw bytes: the fallback when a header was sent as raw 8-bit
// text (no encoded-words) or a parser gave up on it.

export function headerBlock(raw: Uint8Array): Buffer {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const crlf = buf.indexOf("\r\n\r\n");
  const lf = buf.indexOf("\n\n");
  const ends = [crlf, lf].filter((i) => i >= 0);
  return ends.length === 0 ? buf : buf.subarray(0, Math.min(...ends));
}

// All values of a header, unfolded, as raw bytes.
export function rawHeaderValues(block: Buffer, name: string): Buffer[] {
  const text = block.toString("latin1");
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  const prefix = `${name.toLowerCase()}:`;
  let current: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && current !== null) {
      current += ` ${line.trim()}`;
      continue;
    }
    if (current !== null) out.push(current);
    current = line.toLowerCase().startsWith(prefix) ? line.slice(prefix.length).trim() : null;
  }
  if (current !== null) out.push(current);
  return out.map((v) => Buffer.from(v, "latin1"));
}

const MULTIBYTE = /^(gb|big5|shift|sjis|euc|iso-2022|ks_c|cp9|windows-9|utf)/i;

// Charsets the message itself declares (parts and encoded-words), in order of appearance.
export function declaredCharsets(raw: Uint8Array): string[] {
  const text = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 200_000)).toString("latin1");
  const found = new Set<string>();
  for (const m of text.matchAll(/charset\s*=\s*"?([A-Za-z0-9_.:-]+)"?/gi))
    if (m[1]) found.add(m[1].toLowerCase());
  for (const m of text.matchAll(/=\?([A-Za-z0-9_.:-]+)(\*[A-Za-z-]+)?\?[BbQq]\?/g))
    if (m[1]) found.add(m[1].toLowerCase());
  return [...found];
}

// Raw 8-bit header bytes can't really be ISO-2022-JP or GB2312: senders mean Shift_JIS and GBK.
function effective(charset: string): string {
  if (charset.startsWith("iso-2022-jp")) return "shift_jis";
  if (charset === "gb2312" || charset === "gbk" || charset === "x-gbk") return "gb18030";
  if (charset === "ks_c_5601-1987") return "cp949";
  return charset;
}

function tryDecode(bytes: Buffer, charset: string): string | null {
  if (charset === "utf-8" || charset === "utf8") {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  if (!iconv.encodingExists(charset)) return null;
  const text = iconv.decode(bytes, charset);
  return text.includes("\uFFFD") ? null : text;
}

// UTF-8 first, then the multi-byte charsets the message declares, then GB18030 (the mail we get
// most is Chinese), then declared single-byte charsets, then Latin-1 which never fails.
export function decodeRawHeader(bytes: Buffer, declared: string[]): string {
  const multi = declared.filter((c) => MULTIBYTE.test(c)).map(effective);
  const single = declared.filter((c) => !MULTIBYTE.test(c));
  for (const charset of ["utf-8", ...multi, "gb18030", ...single]) {
    const text = tryDecode(bytes, charset);
    if (text !== null) return text;
  }
  return bytes.toString("latin1");
}

const ADDRESS = /[^\s<>"(),;:]+@[^\s<>"(),;:]+/;

export function firstAddress(values: Buffer[]): string | null {
  for (const v of values) {
    const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(v.toString("latin1"));
    if (angle?.[1]) return angle[1];
    const bare = ADDRESS.exec(v.toString("latin1"));
    if (bare?.[0]) return bare[0];
  }
  return null;
}
