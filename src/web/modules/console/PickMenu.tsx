import { DownOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import type { ReactNode } from "react";

// A button that opens a list of fixed values (statuses, priorities) and hands back the one picked.
export function PickMenu<V extends string>({
  values,
  label,
  onPick,
  disabled,
  testId,
  children,
}: {
  values: readonly V[];
  label: (value: V) => ReactNode;
  onPick: (value: V) => void;
  disabled: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Dropdown
      trigger={["click"]}
      disabled={disabled}
      menu={{
        items: values.map((v) => ({ key: v, label: label(v) })),
        onClick: ({ key }) => {
          const picked = values.find((v) => v === key);
          if (picked) onPick(picked);
        },
      }}
    >
      <Button data-testid={testId}>
        {children} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
