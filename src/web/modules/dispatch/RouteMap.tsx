import { Empty } from "antd";
import { useTranslation } from "react-i18next";
import type { DispatchBoard } from "./api";

const COLORS = ["#1677ff", "#52c41a", "#fa8c16", "#722ed1", "#eb2f96", "#13c2c2", "#a0d911", "#fa541c"];

// The day on a plain projection (no map tiles, nothing fetched from outside): each technician's
// base as a square and their round as a line in their colour; unplanned visits as hollow circles.
export function RouteMap({ board, size = 320 }: { board: DispatchBoard; size?: number }) {
  const { t } = useTranslation();
  const visits = new Map(board.visits.map((v) => [v.id, v]));
  const points = [
    ...board.visits.flatMap((v) => (v.lat !== null && v.lng !== null ? [[v.lng, v.lat] as const] : [])),
    ...board.technicians.flatMap((x) => (x.lat !== null && x.lng !== null ? [[x.lng, x.lat] as const] : [])),
  ];
  if (points.length === 0) return <Empty description={t("dispatch.noMap")} />;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const k = Math.cos(((Math.min(...ys) + Math.max(...ys)) / 2) * (Math.PI / 180));
  const w = Math.max((Math.max(...xs) - Math.min(...xs)) * k, 1e-4);
  const h = Math.max(Math.max(...ys) - Math.min(...ys), 1e-4);
  const scale = (size - 24) / Math.max(w, h);
  const px = (lng: number, lat: number) =>
    [12 + (lng - Math.min(...xs)) * k * scale, size - 12 - (lat - Math.min(...ys)) * scale] as const;
  return (
    <svg
      data-testid="route-map"
      viewBox={`0 0 ${size} ${size}`}
      style={{ width: "100%", maxWidth: size, background: "#fafafa", borderRadius: 8 }}
      role="img"
      aria-label={t("dispatch.map")}
    >
      {board.technicians.map((tech, i) => {
        const color = COLORS[i % COLORS.length];
        const round = board.rounds.find((r) => r.technicianId === tech.id);
        const home = tech.lat !== null && tech.lng !== null ? px(tech.lng, tech.lat) : null;
        const stops = (round?.stops ?? []).flatMap((s) => {
          const v = visits.get(s.visitId);
          return v && v.lat !== null && v.lng !== null ? [{ id: v.id, p: px(v.lng, v.lat) }] : [];
        });
        const line = [...(home ? [home] : []), ...stops.map((s) => s.p), ...(home ? [home] : [])];
        return (
          <g key={tech.id}>
            {line.length > 1 ? (
              <polyline
                points={line.map((p) => p.join(",")).join(" ")}
                fill="none"
                stroke={color}
                strokeWidth={2}
                strokeOpacity={0.8}
              />
            ) : null}
            {stops.map((s) => (
              <circle key={s.id} cx={s.p[0]} cy={s.p[1]} r={5} fill={color} />
            ))}
            {home ? <rect x={home[0] - 6} y={home[1] - 6} width={12} height={12} fill={color} /> : null}
          </g>
        );
      })}
      {board.unplanned.map((id) => {
        const v = visits.get(id);
        if (!v || v.lat === null || v.lng === null) return null;
        const p = px(v.lng, v.lat);
        return <circle key={id} cx={p[0]} cy={p[1]} r={6} fill="none" stroke="#cf1322" strokeWidth={2} />;
      })}
    </svg>
  );
}
