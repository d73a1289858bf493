import { Tag, Tooltip, Typography } from "antd";
import { type DragEvent, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { BoardVisit, DispatchBoard } from "./api";
import { clock, hhmm, minuteOfDay } from "./time";

export type Drop = { visitId: string; technicianId: string; position: number };

const LABEL_WIDTH = 168;
const ROW_HEIGHT = 52;

// Technicians × time: each row a technician's shift with their round's visits where the plan puts
// them (late ones red, started ones grey). A visit dragged onto a row asks for a move to that
// technician at the place in the round where it was dropped.
export function Gantt({ board, onDrop }: { board: DispatchBoard; onDrop: (d: Drop) => void }) {
  const { t, i18n } = useTranslation();
  const tz = board.timeZone;
  const visits = useMemo(() => new Map(board.visits.map((v) => [v.id, v])), [board.visits]);
  const shifts = board.technicians.map((x) => [minuteOfDay(x.shiftStart, tz), minuteOfDay(x.shiftEnd, tz)]);
  const from = Math.floor((Math.min(...shifts.map((s) => s[0] ?? 540)) - 30) / 60) * 60;
  const to = Math.ceil((Math.max(...shifts.map((s) => s[1] ?? 1080)) + 60) / 60) * 60;
  const pct = (minute: number) => `${((minute - from) / (to - from)) * 100}%`;
  const hours = Array.from({ length: (to - from) / 60 + 1 }, (_, i) => from + i * 60);

  const dropOn = (technicianId: string) => (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    const visitId = e.dataTransfer.getData("text/plain");
    if (!visitId) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const minute = from + ((e.clientX - rect.left) / rect.width) * (to - from);
    const round = board.rounds.find((r) => r.technicianId === technicianId);
    const position = (round?.stops ?? []).filter(
      (s) => s.visitId !== visitId && minuteOfDay(s.start, tz) < minute,
    ).length;
    onDrop({ visitId, technicianId, position });
  };

  const block = (v: BoardVisit, start: string, end: string, late: number) => {
    const a = minuteOfDay(start, tz);
    const b = Math.max(a + 10, minuteOfDay(end, tz));
    const color = v.fixed ? "#8c8c8c" : late > 0 ? "#cf1322" : "#1677ff";
    return (
      <Tooltip
        key={v.id}
        title={`${v.label} · ${clock(start, tz, i18n.language)}–${clock(end, tz, i18n.language)} · ${v.address}${
          late > 0 ? ` · ${t("dispatch.late", { minutes: late })}` : ""
        }`}
      >
        <button
          type="button"
          data-testid="gantt-visit"
          data-label={v.label}
          aria-label={v.label}
          draggable={!v.fixed}
          onDragStart={(e) => e.dataTransfer.setData("text/plain", v.id)}
          style={{
            position: "absolute",
            left: pct(a),
            width: `calc(${pct(b)} - ${pct(a)})`,
            top: 8,
            height: ROW_HEIGHT - 16,
            background: color,
            color: "#fff",
            borderRadius: 4,
            padding: "2px 6px",
            fontSize: 12,
            overflow: "hidden",
            whiteSpace: "nowrap",
            cursor: v.fixed ? "default" : "grab",
            border: "none",
            textAlign: "left",
          }}
        >
          {v.label.replace(/^[A-Z]+-\d{4}-0*/, "#")}
        </button>
      </Tooltip>
    );
  };

  return (
    <div data-testid="gantt" style={{ border: "1px solid #f0f0f0", borderRadius: 8, overflow: "hidden" }}>
      <div style={{ display: "flex", height: 28, background: "#fafafa", borderBottom: "1px solid #f0f0f0" }}>
        <div style={{ width: LABEL_WIDTH, flex: "none" }} />
        <div style={{ position: "relative", flex: 1 }}>
          {hours.map((h) => (
            <span
              key={h}
              style={{
                position: "absolute",
                left: pct(h),
                top: 4,
                fontSize: 12,
                color: "#8c8c8c",
                transform: "translateX(-50%)",
              }}
            >
              {hhmm(h)}
            </span>
          ))}
        </div>
      </div>
      {board.technicians.map((tech, k) => {
        const round = board.rounds.find((r) => r.technicianId === tech.id);
        const fixed = board.visits.filter((v) => v.fixed && v.technicianId === tech.id);
        const [s0 = from, s1 = to] = shifts[k] ?? [];
        return (
          <div
            key={tech.id}
            data-testid="gantt-row"
            data-tech-name={tech.name}
            style={{ display: "flex", height: ROW_HEIGHT, borderBottom: "1px solid #f0f0f0" }}
          >
            <div style={{ width: LABEL_WIDTH, flex: "none", padding: "6px 10px", overflow: "hidden" }}>
              <Typography.Text strong ellipsis style={{ display: "block" }}>
                {tech.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {round ? `${round.km} km` : t("dispatch.absent")}
                {round && round.overtimeMinutes > 0 ? (
                  <Tag color="orange" style={{ marginLeft: 4 }}>
                    +{round.overtimeMinutes}′
                  </Tag>
                ) : null}
              </Typography.Text>
            </div>
            <section
              onDragOver={(e) => e.preventDefault()}
              onDrop={dropOn(tech.id)}
              data-testid="gantt-track"
              aria-label={tech.name}
              style={{ position: "relative", flex: 1 }}
            >
              <div
                style={{
                  position: "absolute",
                  left: pct(s0),
                  width: `calc(${pct(s1)} - ${pct(s0)})`,
                  top: 4,
                  bottom: 4,
                  background: "#f6ffed",
                  borderRadius: 4,
                }}
              />
              {fixed.map((v) => {
                const start = v.plannedStart ?? v.windowStart;
                return block(
                  v,
                  start,
                  new Date(new Date(start).getTime() + v.durationMinutes * 60_000).toISOString(),
                  0,
                );
              })}
              {(round?.stops ?? []).map((s) => {
                const v = visits.get(s.visitId);
                return v ? block(v, s.start, s.end, s.late) : null;
              })}
            </section>
          </div>
        );
      })}
    </div>
  );
}
