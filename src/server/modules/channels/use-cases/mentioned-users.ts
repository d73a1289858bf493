type Person = { id: string; name: string; email: string };

// `@` + a user's name or the local part of their e-mail, not inside a word or an address
// (so "bob@example.com" mentions nobody). Longest names first: "@Wang Fang" beats "@Wang".
export function mentionedUsers(body: string, people: Person[]): string[] {
  const text = body.toLowerCase();
  const found = new Set<string>();
  const handles = people
    .flatMap((p) => [
      { id: p.id, handle: p.name.trim().toLowerCase() },
      { id: p.id, handle: (p.email.split("@")[0] ?? "").toLowerCase() },
    ])
    .filter((h) => h.handle.length > 0)
    .sort((a, b) => b.handle.length - a.handle.length);
  // Each "@" is taken by the longest handle that fits there.
  const taken = new Set<number>();
  for (const { id, handle } of handles) {
    for (let at = text.indexOf(`@${handle}`); at >= 0; at = text.indexOf(`@${handle}`, at + 1)) {
      if (taken.has(at)) continue;
      const before = at === 0 ? "" : (text[at - 1] ?? "");
      const after = text[at + 1 + handle.length] ?? "";
      if (/[\p{L}\p{N}._-]/u.test(before) || /[\p{L}\p{N}_@-]/u.test(after)) continue;
      taken.add(at);
      found.add(id);
    }
  }
  return [...found];
}
