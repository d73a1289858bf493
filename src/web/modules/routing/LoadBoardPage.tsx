import { ClockCircleOutlined, HourglassOutlined, ToolOutlined } from "@ant-design/icons";
import { Alert, Badge, Card, Col, Divider, Flex, Row, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { ReasonModal } from "../../ui/ReasonModal";
import { SkillTags } from "../skills/SkillSelect";
import { AgentTickets, type Dragged } from "./AgentTickets";
import { type AgentLoad, type PresenceStatus, useLoadBoard, useReassign } from "./api";
import { LoadBar } from "./LoadBar";
import { QueuedTickets } from "./QueuedTickets";
import { type AssignTarget, ReassignModal } from "./ReassignModal";

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

function AgentCard({
  agent,
  onDrop,
  onReassign,
}: {
  agent: AgentLoad;
  onDrop: (d: Dragged, to: AgentLoad) => void;
  onReassign: (number: string) => void;
}) {
  const { t } = useTranslation();
  const duration = useDuration();
  const [over, setOver] = useState(false);
  const work = agent.open + agent.visitsToday;
  const loadText =
    agent.kind === "field"
      ? t("routing.board.fieldLoad", {
          open: agent.open,
          visits: agent.visitsToday,
          work,
          capacity: agent.capacity,
        })
      : t("routing.board.capacity", { open: agent.open, capacity: agent.capacity });
  return (
    <Card
      size="small"
      data-testid="agent-card"
      data-agent-name={agent.name}
      data-agent-id={agent.userId}
      data-kind={agent.kind}
      data-over={agent.overCapacity}
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
          {agent.kind === "field" ? (
            <Tag icon={<ToolOutlined />} color="cyan" style={{ marginInlineStart: "auto" }}>
              {t("routing.board.fieldTag")}
            </Tag>
          ) : null}
        </Flex>
      }
    >
      <Space direction="vertical" size={6} style={{ width: "100%" }}>
        <div>
          <Flex align="center" gap={8} wrap>
            <Typography.Text
              data-testid="agent-open-count"
              data-count={agent.open}
              type={agent.overCapacity ? "danger" : undefined}
              strong={agent.overCapacity}
            >
              {loadText}
            </Typography.Text>
            {agent.overCapacity ? (
              <Tag color="error" data-testid="over-capacity">
                {t("routing.board.over", { count: work - agent.capacity })}
              </Tag>
            ) : null}
          </Flex>
          <LoadBar work={work} capacity={agent.capacity} label={loadText} />
        </div>
        <div>
          {agent.skills.length === 0 ? (
            <Typography.Text type="secondary">{t("routing.board.noSkills")}</Typography.Text>
          ) : (
            <SkillTags codes={agent.skills} />
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
        <AgentTickets agent={agent} onReassign={onReassign} />
      </Space>
    </Card>
  );
}

function PeopleSection({
  title,
  people,
  onDrop,
  onReassign,
}: {
  title: string;
  people: AgentLoad[];
  onDrop: (d: Dragged, to: AgentLoad) => void;
  onReassign: (number: string, ownerId: string) => void;
}) {
  if (people.length === 0) return null;
  return (
    <section aria-label={title}>
      <Divider titlePlacement="start" style={{ marginTop: 4 }}>
        {title} · {people.length}
      </Divider>
      <Row gutter={[12, 12]}>
        {people.map((a) => (
          <Col key={a.userId} xs={24} md={12} xxl={8}>
            <AgentCard agent={a} onDrop={onDrop} onReassign={(number) => onReassign(number, a.userId)} />
          </Col>
        ))}
      </Row>
    </section>
  );
}

// Supervisor's live board: the queue, and everyone who holds work (desk agents and field
// technicians) with their load; reassign by drag or by each ticket's menu, dispatch the queue.
export default function LoadBoardPage() {
  const { t } = useTranslation();
  useTitle(t("routing.board.title"));
  const board = useLoadBoard();
  const reassign = useReassign();
  const [move, setMove] = useState<Move | null>(null);
  // The people as they were when the dialog opened: the board refreshes every 3 s, and options
  // that re-render under the pointer would lose the click.
  const [menuTarget, setMenuTarget] = useState<(AssignTarget & { people: AgentLoad[] }) | null>(null);
  const agents = board.data?.agents ?? [];
  const desk = agents.filter((a) => a.kind === "desk");
  const field = agents.filter((a) => a.kind === "field");
  const queued = board.data?.queued ?? 0;
  const onDrop = (d: Dragged, to: AgentLoad) => setMove({ ...d, to });
  const onReassign = (number: string, ownerId: string) => setMenuTarget({ number, ownerId, people: agents });

  return (
    <div style={{ maxWidth: 1600, margin: "0 auto" }}>
      <Flex align="center" justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t("routing.board.title")}
        </Typography.Title>
        <Space wrap>
          <Tag color={queued ? "orange" : "default"} data-testid="board-queued">
            {t("routing.board.queued", { count: queued })}
          </Tag>
          <Typography.Text type="secondary">{t("routing.board.live")}</Typography.Text>
        </Space>
      </Flex>
      <Alert type="info" showIcon message={t("routing.board.dragHint")} style={{ marginBottom: 12 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xl={7} xxl={6}>
          <QueuedTickets
            queued={queued}
            people={agents}
            onAssign={(number) => setMenuTarget({ number, ownerId: null, people: agents })}
          />
        </Col>
        <Col xs={24} lg={16} xl={17} xxl={18}>
          <ListState query={board} empty={agents.length === 0} emptyText={t("routing.board.empty")} rows={6}>
            <PeopleSection
              title={t("routing.board.desk")}
              people={desk}
              onDrop={onDrop}
              onReassign={onReassign}
            />
            <PeopleSection
              title={t("routing.board.field")}
              people={field}
              onDrop={onDrop}
              onReassign={onReassign}
            />
          </ListState>
        </Col>
      </Row>
      <ReassignModal
        target={menuTarget}
        people={menuTarget?.people ?? []}
        onClose={() => setMenuTarget(null)}
      />
      <ReasonModal
        open={move !== null}
        required
        title={move ? t("routing.board.reassignTitle", { number: move.number, name: move.to.name }) : ""}
        placeholder={t("routing.board.reasonPlaceholder")}
        onClose={() => setMove(null)}
        onSubmit={async (reason) => {
          if (!move) return;
          // A refusal is told by the mutation cache; the dialog stays open.
          await reassign.mutateAsync({ ref: move.number, assigneeId: move.to.userId, reason });
          showSuccess(t("routing.board.reassigned", { number: move.number, name: move.to.name }));
        }}
      />
    </div>
  );
}
