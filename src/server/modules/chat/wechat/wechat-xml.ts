// The platform's messages are one flat `<xml>` element whose children hold text or CDATA
// (a few events nest one more level, which we read and leave aside). This reader accepts exactly
// that and refuses anything else — no DOCTYPE, so no entity expansion (XXE), no attributes we
// would have to interpret — and throws `MalformedXml`, which the callback answers with 400.

export class MalformedXml extends Error {}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.-]*/;

function decodeText(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const known = ENTITIES[ref];
    if (known === undefined) throw new MalformedXml(`unknown entity ${whole}`);
    return known;
  });
}

type Element = { name: string; text: string; children: Element[] };

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(why: string): never {
    throw new MalformedXml(`${why} at ${this.i}`);
  }
  private skipSpace() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] ?? "")) this.i++;
  }
  private name(): string {
    const m = NAME.exec(this.s.slice(this.i, this.i + 200));
    if (!m) this.fail("expected a name");
    this.i += m[0].length;
    return m[0];
  }

  document(): Element {
    this.skipSpace();
    if (this.s.startsWith("<?xml", this.i)) {
      const end = this.s.indexOf("?>", this.i);
      if (end < 0) this.fail("unterminated declaration");
      this.i = end + 2;
      this.skipSpace();
    }
    const root = this.element();
    this.skipSpace();
    if (this.i !== this.s.length) this.fail("content after the root element");
    return root;
  }

  private element(depth = 0): Element {
    if (depth > 4) this.fail("nested too deep");
    if (this.s[this.i] !== "<") this.fail("expected an element");
    this.i++;
    const name = this.name();
    this.skipSpace();
    if (this.s.startsWith("/>", this.i)) {
      this.i += 2;
      return { name, text: "", children: [] };
    }
    if (this.s[this.i] !== ">") this.fail("attributes are not expected");
    this.i++;
    const children: Element[] = [];
    let text = "";
    for (;;) {
      if (this.i >= this.s.length) this.fail(`unterminated <${name}>`);
      if (this.s.startsWith("<![CDATA[", this.i)) {
        const end = this.s.indexOf("]]>", this.i + 9);
        if (end < 0) this.fail("unterminated CDATA");
        text += this.s.slice(this.i + 9, end);
        this.i = end + 3;
      } else if (this.s.startsWith("</", this.i)) {
        this.i += 2;
        if (this.name() !== name) this.fail(`mismatched </…> for <${name}>`);
        this.skipSpace();
        if (this.s[this.i] !== ">") this.fail("expected >");
        this.i++;
        return { name, text, children };
      } else if (this.s.startsWith("<!--", this.i)) {
        const end = this.s.indexOf("-->", this.i + 4);
        if (end < 0) this.fail("unterminated comment");
        this.i = end + 3;
      } else if (this.s[this.i] === "<") {
        if (this.s[this.i + 1] === "!" || this.s[this.i + 1] === "?") this.fail("markup not expected");
        children.push(this.element(depth + 1));
      } else {
        const next = this.s.indexOf("<", this.i);
        const end = next < 0 ? this.s.length : next;
        text += decodeText(this.s.slice(this.i, end));
        this.i = end;
      }
    }
  }
}

/** The root `<xml>`'s leaf children as name → text (whitespace around plain text trimmed). */
export function parseWechatXml(input: string): Record<string, string> {
  const root = new Reader(input).document();
  if (root.name !== "xml") throw new MalformedXml("the root element is not <xml>");
  const fields: Record<string, string> = {};
  for (const child of root.children) if (child.children.length === 0) fields[child.name] = child.text.trim();
  return fields;
}

// CDATA cannot hold "]]>": split it across two sections, as XML writers do.
const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

/** Strings go into CDATA, numbers stay bare (CreateTime, ArticleCount), as the platform writes them. */
export function buildWechatXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([k, v]) => `<${k}>${typeof v === "number" ? String(v) : cdata(v)}</${k}>`)
    .join("");
  return `<xml>${body}</xml>`;
}
