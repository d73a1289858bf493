import { PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Input } from "antd";
import type { ReactNode } from "react";

// Search box on the left, create button on the right: the same on every admin list.
export function Toolbar({
  placeholder,
  onSearch,
  createLabel,
  onCreate,
  extra,
}: {
  placeholder: string;
  onSearch: (q: string) => void;
  createLabel?: string;
  onCreate?: () => void;
  extra?: ReactNode;
}) {
  return (
    <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={placeholder}
          aria-label={placeholder}
          onSearch={(q) => onSearch(q.trim())}
          style={{ width: 280 }}
        />
        {extra}
      </Flex>
      {onCreate ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="admin-create">
          {createLabel}
        </Button>
      ) : null}
    </Flex>
  );
}
