import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Card, Col, Empty, List, Row, Tabs, Tag, Typography } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { AgentChatPanel } from "./AgentChatPanel";
import {
  agentChat,
  type ChatConversation,
  type ChatMessage,
  type ChatQueue,
  type ChatTranscript,
  followEvents,
  mergeMessages,
} from "./api";

const QUEUE_KEY = ["chat", "queue"] as const;
const TYPING_SHOWN_MS = 4_000;

function ConversationList({
  items,
  empty,
  onOpen,
  testId,
}: {
  items: readonly ChatConversation[];
  empty: string;
  onOpen: (id: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List
      data-testid={testId}
      dataSource={items}
      renderItem={(c) => (
        <List.Item
          data-conversation={c.id}
          actions={[<Tag key="channel">{t(`chat.console.channel.${c.channel}`)}</Tag>]}
        >
          <List.Item.Meta
            title={
              <Button type="link" style={{ padding: 0, height: "auto" }} onClick={() => onOpen(c.id)}>
                {c.name ?? t("chat.console.visitor")}
              </Button>
            }
            description={
              <>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 220, display: "block" }}>
                  {c.lastMessage}
                </Typography.Text>
                {c.waitingSince && c.status === "waiting" ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("chat.console.waitingFor", { since: fmt.age(c.waitingSince) })}
                  </Typography.Text>
                ) : null}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

// The agents' chat console: waiting chats and their own on the left, several open chats as tabs
// on the right; one event stream keeps all of it live.
export default function ChatConsolePage() {
  const { t } = useTranslation();
  const me = useUser();
  const client = useQueryClient();
  useTitle(t("chat.console.title"));
  const queue = useQuery({ queryKey: QUEUE_KEY, queryFn: agentChat.queue });
  const [tabs, setTabs] = useState<Record<string, ChatTranscript>>({});
  const [active, setActive] = useState<string | undefined>();
  const [typingAt, setTypingAt] = useState<Record<string, number>>({});
  const [, setTick] = useState(0);
  const open = useRef(tabs);
  open.current = tabs;

  const setTranscript = useCallback((tr: ChatTranscript) => {
    setTabs((all) => ({ ...all, [tr.conversation.id]: tr }));
  }, []);
  const openChat = async (id: string) => {
    setActive(id);
    if (!open.current[id]) setTranscript(await agentChat.read(id));
  };
  const closeTab = (id: string) => {
    setTabs(({ [id]: _gone, ...rest }) => rest);
    setActive((a) => (a === id ? Object.keys(open.current).find((k) => k !== id) : a));
  };

  useEffect(() => {
    const stop = new AbortController();
    void followEvents(
      () => `/chat/agents/${encodeURIComponent(me.id)}/events`,
      ({ event, data }) => {
        if (event === "queue") client.setQueryData(QUEUE_KEY, data as ChatQueue);
        else if (event === "message") {
          const { conversationId, message } = data as { conversationId: string; message: ChatMessage };
          setTabs((all) => {
            const tr = all[conversationId];
            return tr
              ? { ...all, [conversationId]: { ...tr, messages: mergeMessages(tr.messages, [message]) } }
              : all;
          });
          if (message.author === "customer") setTypingAt(({ [conversationId]: _x, ...rest }) => rest);
        } else if (event === "conversation") {
          const c = data as ChatConversation;
          setTabs((all) =>
            all[c.id] ? { ...all, [c.id]: { ...(all[c.id] as ChatTranscript), conversation: c } } : all,
          );
        } else if (event === "typing") {
          const { conversationId } = data as { conversationId: string };
          setTypingAt((all) => ({ ...all, [conversationId]: Date.now() }));
          setTimeout(() => setTick((n) => n + 1), TYPING_SHOWN_MS + 50);
        }
      },
      stop.signal,
    );
    return () => stop.abort();
  }, [me.id, client]);

  const waiting = queue.data?.waiting ?? [];
  const mine = queue.data?.mine ?? [];
  const now = Date.now();
  const items = Object.values(tabs).map((tr) => {
    const c = tr.conversation;
    return {
      key: c.id,
      label: (
        <span data-testid="chat-tab">
          {c.name ?? t("chat.console.visitor")}{" "}
          {c.status === "waiting" ? (
            <Badge status="warning" />
          ) : c.status === "assigned" ? (
            <Badge status="processing" />
          ) : null}
        </span>
      ),
      children: (
        <AgentChatPanel
          transcript={tr}
          me={me.id}
          customerTyping={now - (typingAt[c.id] ?? 0) < TYPING_SHOWN_MS}
          onChange={setTranscript}
        />
      ),
    };
  });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={7}>
        <ListState query={queue} empty={false} emptyText="">
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <Card
                size="small"
                title={
                  <Badge count={waiting.length} offset={[12, 0]}>
                    {t("chat.console.waiting")}
                  </Badge>
                }
              >
                <ConversationList
                  items={waiting}
                  empty={t("chat.console.noneWaiting")}
                  onOpen={openChat}
                  testId="chat-waiting"
                />
              </Card>
            </Col>
            <Col span={24}>
              <Card size="small" title={t("chat.console.mine")}>
                <ConversationList
                  items={mine}
                  empty={t("chat.console.noneMine")}
                  onOpen={openChat}
                  testId="chat-mine"
                />
              </Card>
            </Col>
          </Row>
        </ListState>
      </Col>
      <Col xs={24} lg={17}>
        <Card size="small" title={t("chat.console.title")}>
          {items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("chat.console.pick")} />
          ) : (
            <Tabs
              type="editable-card"
              hideAdd
              activeKey={active}
              onChange={setActive}
              onEdit={(key, action) => action === "remove" && typeof key === "string" && closeTab(key)}
              items={items}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
