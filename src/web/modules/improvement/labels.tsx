import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { BacklogItem, Cycle } from "./api";

const PHASE_COLOR = { plan: "blue", do: "gold", check: "purple", act: "cyan", closed: "default" } as const;
const KANO_COLOR = {
  basic: "red",
  performance: "blue",
  delight: "green",
  indifferent: "default",
  reverse: "volcano",
  questionable: "default",
} as const;

export function PhaseTag({ phase }: { phase: Cycle["phase"] | null }) {
  const { t } = useTranslation();
  if (!phase) return null;
  return (
    <Tag color={PHASE_COLOR[phase]} data-testid="phase-tag">
      {t(`improvement.phase.${phase}`)}
    </Tag>
  );
}

export function KanoTag({ category }: { category: BacklogItem["kanoCategory"] }) {
  const { t } = useTranslation();
  if (!category) return null;
  return <Tag color={KANO_COLOR[category]}>{t(`improvement.kano.categories.${category}`)}</Tag>;
}

export const fmtValue = (v: number | null | undefined, unit: string | null) => {
  if (v === null || v === undefined) return "—";
  if (unit === "ratio") return `${(v * 100).toFixed(1)}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
};
