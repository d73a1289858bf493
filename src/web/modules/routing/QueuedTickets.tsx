import { CarOutlined, SendOutlined, UserAddOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Skeleton, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showSuccess } from "../../app/feedback";
import type { TicketListItem } from "../../app/types";
import { PriorityTag } from "../../ui/PriorityTag";
import { TypeTag } from "../../ui/TypeTag";
import { type AgentLoad, QUEUE_SHOWN, useQueuedTickets, useRouteNow } from "./api";
import { BookVisitModal, VISIT_FOR_TYPE } from "./BookVisitModal";

// The board's queue: new tickets nobody holds. Each can be assigned to a chosen person, routed now
// through the assignment decision, or (when it needs someone at the door) booked as a visit.
export function QueuedTickets({
  queued,
  people,
  onAssign,
}: {
  queued: number;
  people: readonly AgentLoad[];
  onAssign: (number: string) => void;
}) {
  const { t } = useTranslation();
  const list = useQueuedTickets();
  const route = useRouteNow();
  const [visitFor, setVisitFor] = useState<TicketListItem | null>(null);
  const items = list.data?.items ?? [];

  const routeNow = async (number: string) => {
    // A refusal (nobody fits, no longer queued) is told by the mutation cache, translated.
    const r = await route.mutateAsync(number).catch(() => null);
    if (!r) return;
    const name = people.find((p) => p.userId === r.assigneeId)?.name ?? "";
    showSuccess(t("routing.board.routed", { number, name }));
  };

  return (
    <Card
      size="small"
      data-testid="board-queue"
      title={
        <Flex align="center" gap={8} wrap>
          <span>{t("routing.board.queueTitle")}</span>
          <Tag color={queued ? "orange" : "default"}>{queued}</Tag>
        </Flex>
      }
    >
      {list.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : list.isError && !list.data ? (
        <Typography.Text type="danger">{t("routing.board.queueError")}</Typography.Text>
      ) : items.length === 0 ? (
        <Typography.Text type="secondary">{t("routing.board.queueEmpty")}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {queued > items.length ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("routing.board.queueMore", { shown: Math.min(items.length, QUEUE_SHOWN), count: queued })}
            </Typography.Text>
          ) : null}
          <ul
            style={{
              listStyle: "none",
              margin: 0,
              padding: 0,
              display: "flex",
              flexDirection: "column",
              gap: 8,
            }}
          >
            {items.map((tk) => (
              <li
                key={tk.id}
                data-testid="queued-ticket"
                data-number={tk.number}
                style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: 8, background: "#fff" }}
              >
                <Flex gap={6} align="center" wrap>
                  <PriorityTag priority={tk.priority} />
                  <Link to={`/console/tickets/${encodeURIComponent(tk.number)}`}>{tk.number}</Link>
                  <TypeTag type={tk.type} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("routing.board.waiting", { time: dayjs(tk.createdAt).fromNow(true) })}
                  </Typography.Text>
                </Flex>
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: tk.subject }} style={{ margin: "4px 0" }}>
                  {tk.subject}
                  {tk.customerName ? (
                    <Typography.Text type="secondary"> · {tk.customerName}</Typography.Text>
                  ) : null}
                </Typography.Paragraph>
                <Space size={4} wrap>
                  <Button
                    size="small"
                    icon={<UserAddOutlined />}
                    data-testid="queue-assign"
                    onClick={() => onAssign(tk.number)}
                  >
                    {t("routing.board.assignTo")}
                  </Button>
                  <Button
                    size="small"
                    icon={<SendOutlined />}
                    data-testid="queue-route"
                    loading={route.isPending && route.variables === tk.number}
                    onClick={() => void routeNow(tk.number)}
                  >
                    {t("routing.board.routeNow")}
                  </Button>
                  {VISIT_FOR_TYPE[tk.type] ? (
                    <Button
                      size="small"
                      type="link"
                      icon={<CarOutlined />}
                      data-testid="queue-visit"
                      onClick={() => setVisitFor(tk)}
                    >
                      {t("routing.board.bookVisit")}
                    </Button>
                  ) : null}
                </Space>
              </li>
            ))}
          </ul>
        </Flex>
      )}
      {visitFor ? (
        <BookVisitModal ticket={visitFor} board={people} onClose={() => setVisitFor(null)} />
      ) : null}
    </Card>
  );
}
