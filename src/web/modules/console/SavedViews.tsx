import { Badge, Menu } from "antd";
import { useTranslation } from "react-i18next";
import { useTicketCount } from "../tickets/api";
import { isViewKey, VIEW_KEYS, VIEWS, type ViewKey, viewLabelKey } from "./views";

function ViewCount({ view }: { view: ViewKey }) {
  const count = useTicketCount(VIEWS[view]);
  if (!count.data) return null;
  const text = count.data.more ? `${count.data.count}+` : String(count.data.count);
  return (
    <Badge
      count={text}
      showZero
      overflowCount={100000}
      color={
        view === "mine"
          ? "#1677ff"
          : view === "breached"
            ? "#f5222d"
            : view === "dueSoon"
              ? "#fa8c16"
              : "#8c8c8c"
      }
      style={{ boxShadow: "none" }}
      data-testid={`view-count-${view}`}
    />
  );
}

export function SavedViews({ value, onChange }: { value: ViewKey | null; onChange: (v: ViewKey) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("views.title")}>
      <Menu
        mode="inline"
        selectedKeys={value ? [value] : []}
        onClick={({ key }) => {
          if (isViewKey(key)) onChange(key);
        }}
        style={{ borderInlineEnd: "none", background: "transparent" }}
        items={VIEW_KEYS.map((k) => ({
          key: k,
          label: (
            <span
              data-testid={`view-${k}`}
              style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 }}
            >
              <span style={{ overflow: "hidden", textOverflow: "ellipsis" }}>{t(viewLabelKey(k))}</span>
              <ViewCount view={k} />
            </span>
          ),
        }))}
      />
    </nav>
  );
}
