// The visible part of a reply: everything above the quoted history. The original is kept whole
// (raw .eml in the file store), so cutting too much here loses nothing.
const SEPARATORS: RegExp[] = [
  /^-{2,}\s*(original message|ursprüngliche nachricht|原始邮件|原始郵件|message d'origine)\s*-{2,}/i,
  /^_{10,}\s*$/,
  /^(on|am|le|el)\s.{4,200}\s(wrote|schrieb|a écrit|escribió):\s*$/i,
  /^在.{2,120}(写道|寫道)[:：]\s*$/,
  /^(from|von|发件人|寄件者|de)\s*[:：].+/i,
];

export function stripQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // A "From:" line only counts as a separator when a header block follows.
    if (/^(from|von|发件人|寄件者|de)\s*[:：]/i.test(line)) {
      const next = lines.slice(i + 1, i + 4).join("\n");
      if (!/^(sent|gesendet|date|datum|发送时间|日期|to|an|收件人)\s*[:：]/im.test(next)) continue;
    }
    if (SEPARATORS.some((re) => re.test(line))) {
      cut = i;
      break;
    }
  }
  let kept = lines.slice(0, cut);
  // A trailing block of "> " lines is quoted history too.
  let end = kept.length;
  while (end > 0 && /^\s*(>.*)?$/.test(kept[end - 1] ?? "")) end--;
  if (end > 0) kept = kept.slice(0, end);
  const visible = kept.join("\n").trim();
  return visible || text.trim();
}
