/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { Locale } from "../../../shared/i18n/locale.js";

// The frame of every server-rendered page (hono/jsx, which escapes text and attribute values, so
// no page escapes by hand). Styles are inline <style>: these pages load nothing else, and the
// confirm page's Content-Security-Policy allows inline styles only.
export function HtmlDocument(props: {
  locale: Locale;
  title: string;
  css: string;
  noindex?: boolean;
  children: Child;
}) {
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        {props.noindex && <meta name="robots" content="noindex,nofollow" />}
        <title>{props.title}</title>
        <style>{props.css}</style>
      </head>
      <body>{props.children}</body>
    </html>
  );
}

// A page as the string c.html() sends. Page components are synchronous, so the node renders to a
// string at once (an async component would make toString() a promise).
export function renderPage(page: JSX.Element): string {
  return `<!doctype html>\n${page.toString()}`;
}
