import { readFileSync } from "node:fs";

// The website widget's source, read once: plain JavaScript served as is (see chat-widget.js).
export const WIDGET_SCRIPT = readFileSync(new URL("./chat-widget.js", import.meta.url), "utf8");
