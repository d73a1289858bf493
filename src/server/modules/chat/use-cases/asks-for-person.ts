// The customer asks for a person: the assistant's own rule knows many phrasings; the chat adds the
// short ones customers type into a chat box ("人工", "agent", "human").
const SHORT_ASK = /(人工|真人|客服人员|^\s*客服\s*$|\b(agent|human|person|operator)\b)/i;

export const asksForPerson = (text: string): boolean => SHORT_ASK.test(text);
