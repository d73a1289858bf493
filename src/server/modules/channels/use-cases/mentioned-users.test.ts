import { describe, expect, it } from "vitest";
import { mentionedUsers } from "./mentioned-users.js";

const people = [
  { id: "u1", name: "刘洋", email: "agent@demo.local" },
  { id: "u2", name: "Wang Fang", email: "wang.fang@corp.cn" },
  { id: "u3", name: "Wang", email: "w@corp.cn" },
];

describe("@mentions", () => {
  it("matches names (also with spaces, case-insensitive) and e-mail local parts", () => {
    expect(mentionedUsers("请 @刘洋 跟进", people)).toEqual(["u1"]);
    expect(mentionedUsers("@wang fang please check", people)).toEqual(["u2"]);
    expect(mentionedUsers("cc @Wang, @agent.", people).sort()).toEqual(["u1", "u3"]);
    expect(mentionedUsers("@wang.fang: parts?", people)).toEqual(["u2"]);
  });
  it("ignores e-mail addresses and longer words", () => {
    expect(mentionedUsers("mail bob@agent.com or x@wang", people)).toEqual([]);
    expect(mentionedUsers("@agentx is not agent", people)).toEqual([]);
  });
});
