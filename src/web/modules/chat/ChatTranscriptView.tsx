import { Flex, Typography } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ChatMessage } from "./api";

// A chat's messages as bubbles: the viewer's own side on the right, notices centred. Assistant
// answers carry their article's link (the public help centre, which customers and staff can open).
export function ChatTranscriptView({
  messages,
  side,
  tenantSlug,
  typing,
}: {
  messages: readonly ChatMessage[];
  side: "customer" | "agent";
  tenantSlug: string;
  typing: string | null;
}) {
  const { t } = useTranslation();
  const end = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever a message or typing arrives
  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [messages.length, typing]);
  const who = (m: ChatMessage) =>
    m.author === "customer"
      ? side === "customer"
        ? t("chat.you")
        : t("chat.console.customer")
      : m.author === "assistant"
        ? t("chat.assistant")
        : (m.authorName ?? t("chat.agent"));
  return (
    <Flex vertical gap={8} role="log" aria-live="polite" data-testid="chat-transcript">
      {messages.map((m) => {
        if (m.author === "system")
          return (
            <Typography.Text
              key={m.seq}
              type="secondary"
              style={{ textAlign: "center", fontSize: 12 }}
              data-testid="chat-notice"
              data-code={m.code ?? ""}
            >
              {m.text}
            </Typography.Text>
          );
        const own = (side === "customer") === (m.author === "customer");
        return (
          <Flex key={m.seq} vertical align={own ? "flex-end" : "flex-start"} data-author={m.author}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {who(m)}
            </Typography.Text>
            <div
              data-testid="chat-bubble"
              style={{
                maxWidth: "85%",
                padding: "6px 10px",
                borderRadius: 8,
                whiteSpace: "pre-wrap",
                wordBreak: "break-word",
                background: own ? "#e6f4ff" : "#f5f5f5",
              }}
            >
              {m.text}
              {m.article ? (
                <div>
                  <a
                    href={`/help/${encodeURIComponent(tenantSlug)}/${encodeURIComponent(m.article.id)}`}
                    target="_blank"
                    rel="noopener"
                  >
                    {t("chat.readArticle")}: {m.article.title}
                  </a>
                </div>
              ) : null}
            </div>
          </Flex>
        );
      })}
      {typing ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="chat-typing">
          {typing}
        </Typography.Text>
      ) : null}
      <div ref={end} />
    </Flex>
  );
}
