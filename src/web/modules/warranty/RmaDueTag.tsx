import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { TimeText } from "../../app/format";
import type { Rma } from "./api";

// The open step's SLA target (QA after receipt, shipping after QA), red once it has passed.
export function RmaDueTags({ rma }: { rma: Rma }) {
  const { t } = useTranslation();
  return (
    <>
      {rma.due.map((d) => (
        <Tag key={d.step} color={d.overdue ? "red" : "default"} data-testid={`rma-due-${d.step}`}>
          {d.overdue ? `${t("sanbao.sla.overdue")} · ` : ""}
          {t(`sanbao.sla.${d.step}`)} <TimeText iso={d.dueAt} />
        </Tag>
      ))}
    </>
  );
}
