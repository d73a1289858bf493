import { createHash } from "node:crypto";
import { type AddressObject, type HeaderValue, simpleParser } from "mailparser";
import sanitizeHtml from "sanitize-html";
import { classifyMail, failedRecipients, type Ignored } from "./classify.js";
import { stripQuotedHistory } from "./quotes.js";
import {
  declaredCharsets,
  decodeRawHeader,
  firstAddress,
  headerBlock,
  rawHeaderValues,
} from "./raw-headers.js";

type MailFile = { name: string; contentType: string; bytes: Uint8Array; contentId: string | null };

export type ParsedMail = {
  messageId: string;
  threadIds: string[];
  subject: string;
  fromAddress: string | null;
  fromName: string;
  to: string[];
  text: string;
  visibleText: string;
  html: string | null;
  attachments: MailFile[];
  ignored: Ignored | null;
  bouncedAddresses: string[];
};

const stripBrackets = (id: string) => id.trim().replace(/^<|>$/g, "").trim();

function idList(value: string | string[] | undefined): string[] {
  const all = Array.isArray(value) ? value.join(" ") : (value ?? "");
  return (all.match(/<[^<>]+>/g) ?? all.split(/\s+/)).map(stripBrackets).filter(Boolean);
}

function addresses(value: AddressObject | AddressObject[] | undefined): { address: string; name: string }[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((o) =>
    o.value
      .flatMap((a) => (a.group ? a.group : [a]))
      .map((a) => ({ address: a.address ?? "", name: a.name ?? "" })),
  );
}

function headerText(v: HeaderValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join(", ");
  if (typeof v === "object" && "value" in v) {
    const params = "params" in v && v.params ? Object.values(v.params).join(" ") : "";
    return `${String(v.value)} ${params}`.trim();
  }
  return String(v);
}

// No script, no event handlers, no styles (they can fetch remote URLs), no remote images: only
// cid: pictures that came with the mail (rewritten to our attachment URLs by the caller).
function sanitiseMailHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "font", "center"],
    allowedAttributes: {
      a: ["href", "title"],
      img: ["src", "alt", "width", "height"],
      td: ["colspan", "rowspan"],
      th: ["colspan", "rowspan"],
    },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: ["cid"] },
    allowProtocolRelative: false,
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noreferrer noopener", target: "_blank" }),
    },
    exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
  });
}

function htmlToText(html: string): string {
  const blocks = html.replace(/<(br|\/p|\/div|\/tr|\/h[1-6]|\/li)[^>]*>/gi, "\n");
  const text = sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const CJK = /^(gb|big5|shift|sjis|euc|iso-2022|ks_c|cp9)/i;

// A name sent as raw 8-bit bytes comes out of the parser as Latin-1 mojibake: re-read it in the
// message's own CJK charset. Unnamed parts get what a person would call them.
async function attachmentName(
  filename: string | undefined,
  contentType: string,
  content: Buffer,
  index: number,
  declared: string[],
): Promise<string> {
  if (filename) {
    const mojibake = /[\u0080-\u00ff]/.test(filename) && [...filename].every((c) => c.charCodeAt(0) <= 0xff);
    if (mojibake && declared.some((c) => CJK.test(c)))
      return decodeRawHeader(
        Buffer.from(filename, "latin1"),
        declared.filter((c) => CJK.test(c)),
      );
    return filename;
  }
  if (contentType === "message/rfc822") {
    const inner = await subjectOf(content);
    return `${inner || `message-${index + 1}`}.eml`;
  }
  const [kind, sub] = contentType.split("/");
  if (kind === "image" && sub) return `image.${sub === "jpeg" ? "jpg" : sub}`;
  return `attachment-${index + 1}`;
}

// The subject of a raw message, falling back to its raw bytes when it was sent unencoded.
async function subjectOf(raw: Uint8Array): Promise<string> {
  const mail = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  const subject = mail.subject ?? "";
  const rawSubject = rawHeaderValues(headerBlock(raw), "subject")[0];
  if (rawSubject && subject.includes("\uFFFD") && !/=\?/.test(rawSubject.toString("latin1")))
    return decodeRawHeader(rawSubject, declaredCharsets(raw)).trim();
  return subject.trim();
}

// Parses one raw message; never throws on content (a broken header falls back to its raw bytes).
export async function parseMail(raw: Uint8Array): Promise<ParsedMail> {
  const mail = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), {
    keepCidLinks: true,
    skipTextToHtml: true,
  });
  const block = headerBlock(raw);
  const declared = declaredCharsets(raw);
  let subject = mail.subject ?? "";
  const rawSubject = rawHeaderValues(block, "subject")[0];
  if (
    rawSubject &&
    (subject.includes("\uFFFD") || (!subject && rawSubject.length > 0)) &&
    !/=\?/.test(rawSubject.toString("latin1"))
  )
    subject = decodeRawHeader(rawSubject, declared);
  const from = addresses(mail.from).find((a) => a.address.includes("@"));
  const fallback =
    from?.address ??
    firstAddress(rawHeaderValues(block, "from")) ??
    addresses(mail.replyTo).find((a) => a.address.includes("@"))?.address ??
    firstAddress(rawHeaderValues(block, "sender")) ??
    firstAddress(rawHeaderValues(block, "return-path"));
  const header = (name: string) => headerText(mail.headers.get(name));
  const contentType = mail.headers.get("content-type");
  const ct =
    typeof contentType === "object" && contentType && "params" in contentType
      ? { value: String(contentType.value), params: contentType.params as Record<string, string> }
      : null;
  const html = typeof mail.html === "string" && mail.html.trim() ? sanitiseMailHtml(mail.html) : null;
  const plain = (mail.text ?? "").trim();
  const text = plain || (html ? htmlToText(html) : "");
  const attachments: MailFile[] = [];
  for (const [i, a] of mail.attachments.entries())
    attachments.push({
      name: await attachmentName(a.filename, a.contentType, a.content, i, declared),
      contentType: a.contentType || "application/octet-stream",
      bytes: new Uint8Array(a.content),
      contentId: a.contentId ? stripBrackets(a.contentId) : null,
    });
  const ignored = classifyMail({
    header,
    contentType: String(ct?.value ?? "").toLowerCase(),
    reportType: ct?.params?.["report-type"],
    fromAddress: fallback ?? null,
    subject,
  });
  const reportText = mail.attachments
    .filter((a) => a.contentType === "message/delivery-status")
    .map((a) => a.content.toString("utf8"))
    .join("\n");
  const messageId = mail.messageId
    ? stripBrackets(mail.messageId)
    : `sha256-${createHash("sha256").update(raw).digest("hex")}@aftercare.invalid`;
  return {
    messageId: messageId.slice(0, 900),
    threadIds: [...new Set([...idList(mail.inReplyTo), ...idList(mail.references)])],
    subject: subject.trim(),
    fromAddress: fallback ?? null,
    fromName: from?.name ?? "",
    to: addresses(mail.to)
      .map((a) => a.address.toLowerCase())
      .filter(Boolean),
    text,
    visibleText: stripQuotedHistory(text),
    html,
    attachments,
    ignored,
    bouncedAddresses:
      ignored === "bounce" ? failedRecipients(header("x-failed-recipients"), `${reportText}\n${text}`) : [],
  };
}
