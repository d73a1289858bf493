import { ClockCircleOutlined, HourglassOutlined } from "@ant-design/icons";
import { Alert, Badge, Card, Col, Flex, Progress, Row, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { ReasonModal } from "../../ui/ReasonModal";
import { AgentTickets, type Dragged } from "./AgentTickets";
import { type AgentLoad, type PresenceStatus, useLoadBoard, useReassign } from "./api";

const DOT: Record<PresenceStatus, "success" | "warning" | "default"> = {
  online: "success",
  away: "warning",
  offline: "default",
};

function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) =>
    minutes >= 120
      ? t("routing.board.hours", { count: Math.round(minutes / 60) })
      : t("routing.board.minutes", { count: minutes });
}

type Move = Dragged & { to: AgentLoad };

function AgentCard({ agent, onDrop }: { agent: AgentLoad; onDrop: (d: Dragged, to: AgentLoad) => void }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const [over, setOver] = useState(false);
  const pct = Math.min(100, Math.round(agent.load * 100));
  const full = agent.open >= agent.capacity;
  return (
    <Card
      size="small"
      data-testid="agent-card"
      data-agent-name={agent.name}
      data-agent-id={agent.userId}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes("application/x-aftercare-ticket")) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "move";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const raw = e.dataTransfer.getData("application/x-aftercare-ticket");
        if (!raw) return;
        const d = JSON.parse(raw) as Dragged;
        if (d.fromId !== agent.userId) onDrop(d, agent);
      }}
      style={{
        height: "100%",
        outline: over ? "2px dashed #1677ff" : undefined,
        background: over ? "#e6f4ff" : undefined,
      }}
      title={
        <Flex align="center" gap={8}>
          <Badge status={DOT[agent.status]} />
          <span style={{ overflow: "hidden", textOverflow: "ellipsis" }}>{agent.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 12 }}>
            {t(`routing.presence.${agent.status}`)}
          </Typography.Text>
        </Flex>
      }
    >
      <Space direction="vertical" size={6} style={{ width: "100%" }}>
        <div>
          <Typography.Text data-testid="agent-open-count" data-count={agent.open}>
            {t("routing.board.capacity", { open: agent.open, capacity: agent.capacity })}
          </Typography.Text>
          <Progress
            percent={pct}
            showInfo={false}
            size="small"
            status={full ? "exception" : "normal"}
            aria-label={t("routing.board.capacity", { open: agent.open, capacity: agent.capacity })}
          />
        </div>
        <div>
          {agent.skills.length === 0 ? (
            <Typography.Text type="secondary">{t("routing.board.noSkills")}</Typography.Text>
          ) : (
            agent.skills.map((s) => <Tag key={s}>{s}</Tag>)
          )}
        </div>
        <Flex gap={16} wrap style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">
            <ClockCircleOutlined /> {t("routing.board.oldest")}:{" "}
            {agent.oldestOpenAt ? dayjs(agent.oldestOpenAt).fromNow() : t("common.dash")}
          </Typography.Text>
          <Typography.Text type="secondary">
            <HourglassOutlined /> {t("routing.board.handling")}: {duration(agent.expectedHandlingMinutes)}
          </Typography.Text>
        </Flex>
        <AgentTickets agent={agent} />
      </Space>
    </Card>
  );
}

// Supervisor's live board: who is online, how loaded, and drag-and-drop reassignment.
export default function LoadBoardPage() {
  const { t } = useTranslation();
  useTitle(t("routing.board.title"));
  const board = useLoadBoard();
  const reassign = useReassign();
  const [move, setMove] = useState<Move | null>(null);
  const agents = board.data?.agents ?? [];

  return (
    <div style={{ maxWidth: 1600, margin: "0 auto" }}>
      <Flex align="center" justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t("routing.board.title")}
        </Typography.Title>
        <Space>
          <Tag color={board.data?.queued ? "orange" : "default"} data-testid="board-queued">
            {t("routing.board.queued", { count: board.data?.queued ?? 0 })}
          </Tag>
          <Typography.Text type="secondary">{t("routing.board.live")}</Typography.Text>
        </Space>
      </Flex>
      <Alert type="info" showIcon message={t("routing.board.dragHint")} style={{ marginBottom: 12 }} />
      <ListState query={board} empty={agents.length === 0} emptyText={t("routing.board.empty")} rows={6}>
        <Row gutter={[12, 12]}>
          {agents.map((a) => (
            <Col key={a.userId} xs={24} md={12} xl={8} xxl={6}>
              <AgentCard agent={a} onDrop={(d, to) => setMove({ ...d, to })} />
            </Col>
          ))}
        </Row>
      </ListState>
      <ReasonModal
        open={move !== null}
        required
        title={move ? t("routing.board.reassignTitle", { number: move.number, name: move.to.name }) : ""}
        placeholder={t("routing.board.reasonPlaceholder")}
        onClose={() => setMove(null)}
        onSubmit={async (reason) => {
          if (!move) return;
          try {
            await reassign.mutateAsync({ ref: move.number, assigneeId: move.to.userId, reason });
            showSuccess(t("routing.board.reassigned", { number: move.number, name: move.to.name }));
          } catch (err) {
            showError(err);
            throw err;
          }
        }}
      />
    </div>
  );
}
