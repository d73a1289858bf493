import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { TicketType } from "../app/types";

export function TypeTag({ type }: { type: TicketType }) {
  const { t } = useTranslation();
  return <Tag variant="filled">{t(`type.${type}`, { defaultValue: type })}</Tag>;
}
