import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { ResourceColumn } from "../../ui/patterns/ResourceTable";
import { partName } from "./api";

type PartRow = {
  partNo: string;
  name?: string;
  partName?: string;
  nameEn?: string | null;
  partNameEn?: string | null;
};

// The part column every parts list opens with: its number linking to the part, its name in the
// reader's language, and whatever the list adds after it (a low-stock tag, a quantity…).
export function partColumn<T extends PartRow>(
  t: TFunction,
  lang: string,
  after?: (row: T) => ReactNode,
  below?: (row: T) => ReactNode,
): ResourceColumn<T> {
  return {
    key: "part",
    title: t("parts.col.name"),
    fixedVisible: true,
    csv: (row) => `${row.partNo} ${partName(row, lang)}`,
    render: (_v, row) => (
      <span style={below ? { display: "flex", flexDirection: "column", gap: 2 } : undefined}>
        <span>
          <Link to={`/console/parts/${encodeURIComponent(row.partNo)}`}>{row.partNo}</Link>{" "}
          {partName(row, lang)}
          {after ? <> {after(row)}</> : null}
        </span>
        {below?.(row)}
      </span>
    ),
  };
}
