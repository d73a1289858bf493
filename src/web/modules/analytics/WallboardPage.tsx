import { CloseOutlined } from "@ant-design/icons";
import { Button, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { useCatalogue } from "./api";
import { formatKpi } from "./kpi-format";
import { useWallboard, type Wallboard } from "./report-api";

type QueueKey = keyof Wallboard["queue"];
// Queue tiles in reading order; the alarming ones turn red or amber when non-zero.
const QUEUE: { key: QueueKey; alarm?: "red" | "amber" }[] = [
  { key: "open" },
  { key: "unassigned", alarm: "amber" },
  { key: "slaBreached", alarm: "red" },
  { key: "slaWarning", alarm: "amber" },
  { key: "pendingParts" },
  { key: "createdToday" },
  { key: "resolvedToday" },
  { key: "agentsOnline" },
];
const ALARM = { red: "#ff7875", amber: "#ffc53d" };

// Large, high-contrast numbers for a TV across the room: a dark full-screen page without the
// console's navigation, refreshing itself every 30 seconds. Tiles wrap into as many columns as fit,
// so the same page works on a 390 px phone.
export default function WallboardPage() {
  const { t, i18n } = useTranslation();
  useTitle(t("analytics.wallboard.title"));
  const board = useWallboard();
  const catalogue = useCatalogue();
  const lang = i18n.language === "en" ? "en" : "zh";
  const name = (id: string) => catalogue.data?.items.find((k) => k.id === id)?.name[lang] ?? id;
  const minutes = (n: string) => t("analytics.minutes", { n });
  const days = (n: string) => t("analytics.days", { n });
  const tile = (label: string, value: string, color: string, testId: string, note?: string) => (
    <div key={testId} data-testid={testId} style={styles.tile}>
      <div style={styles.label}>{label}</div>
      <div style={{ ...styles.value, color }}>{value}</div>
      {note ? <div style={styles.note}>{note}</div> : null}
    </div>
  );
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { timeStyle: "short" }).format(new Date(iso));
  return (
    <main style={styles.page}>
      <header style={styles.header}>
        <h1 style={styles.title}>{t("analytics.wallboard.title")}</h1>
        <span style={styles.updated}>
          {board.data ? t("analytics.wallboard.updated", { time: time(board.data.at) }) : null}
        </span>
        <Link to="/console/analytics" aria-label={t("analytics.wallboard.exit")}>
          <Button ghost size="small" icon={<CloseOutlined />} />
        </Link>
      </header>
      {board.isError && !board.data ? (
        <ErrorState error={board.error} onRetry={() => board.refetch()} />
      ) : !board.data ? (
        <Skeleton active />
      ) : (
        <>
          <h2 style={styles.section}>{t("analytics.wallboard.live")}</h2>
          <section style={styles.grid}>
            {QUEUE.map(({ key, alarm }) => {
              const n = board.data.queue[key];
              const color = alarm && n > 0 ? ALARM[alarm] : "#fff";
              return tile(
                t(`analytics.wallboard.queue.${key}`),
                new Intl.NumberFormat(i18n.language).format(n),
                color,
                `wall-${key}`,
              );
            })}
          </section>
          <h2 style={styles.section}>{t("analytics.wallboard.today", { day: board.data.today })}</h2>
          <section style={styles.grid}>
            {board.data.kpis.map((k) =>
              tile(
                name(k.kpi),
                formatKpi(k, i18n.language, minutes, days),
                k.status === "missed" ? ALARM.red : k.status === "met" ? "#95de64" : "#fff",
                `wall-kpi-${k.kpi}`,
                k.target === null
                  ? undefined
                  : t("analytics.target", {
                      value: formatKpi({ unit: k.unit, value: k.target }, i18n.language, minutes, days),
                    }),
              ),
            )}
          </section>
        </>
      )}
    </main>
  );
}

const styles = {
  page: {
    minHeight: "100vh",
    background: "#0b1220",
    color: "#fff",
    padding: "clamp(12px, 2.5vw, 40px)",
    boxSizing: "border-box",
    overflowX: "hidden",
  },
  header: { display: "flex", alignItems: "center", gap: 16, flexWrap: "wrap" },
  title: { fontSize: "clamp(22px, 3vw, 48px)", margin: 0, color: "#fff", flex: "1 1 auto" },
  updated: { fontSize: "clamp(14px, 1.4vw, 22px)", color: "#bfc7d5" },
  section: {
    fontSize: "clamp(16px, 1.8vw, 28px)",
    color: "#bfc7d5",
    fontWeight: 500,
    margin: "clamp(12px, 2vw, 32px) 0 12px",
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 240px), 1fr))",
    gap: "clamp(8px, 1.2vw, 20px)",
  },
  tile: { background: "#16213a", borderRadius: 12, padding: "clamp(12px, 1.5vw, 24px)", minWidth: 0 },
  label: { fontSize: "clamp(15px, 1.5vw, 26px)", color: "#d6deeb", overflowWrap: "anywhere" },
  value: {
    fontSize: "clamp(40px, 4.2vw, 88px)",
    whiteSpace: "nowrap",
    fontWeight: 700,
    lineHeight: 1.1,
    fontVariantNumeric: "tabular-nums",
  },
  note: { fontSize: "clamp(13px, 1.2vw, 20px)", color: "#9aa6bb" },
} satisfies Record<string, React.CSSProperties>;
