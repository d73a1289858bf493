import { Space, Tag } from "antd";
import type { FormInstance } from "antd/es/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../../app/feedback";
import type { ArticleStatus } from "./api";

type Versioned = { id: string; status: ArticleStatus; version: number };

export const STATUS_COLOR: Record<ArticleStatus, string> = {
  draft: "default",
  review: "orange",
  published: "green",
};

// Articles and SOPs are edited the same way: every move (review, publish, withdraw) saves the
// form first, and the server's field errors land on the fields.
export function useVersionedDraft<T extends Versioned, V, I>(o: {
  initial: T | null;
  form: FormInstance<V>;
  toInput: (values: V, current: T | null) => I;
  save: (a: { id?: string; input: I }) => Promise<T>;
  move: (a: { id: string; status: ArticleStatus }) => Promise<T>;
}) {
  const [current, setCurrent] = useState<T | null>(o.initial);
  const saveValues = async (): Promise<T | null> => {
    const input = o.toInput(await o.form.validateFields(), current);
    try {
      const saved = await o.save({ id: current?.id, input });
      setCurrent(saved);
      return saved;
    } catch (err) {
      applyFieldErrors(o.form, err);
      return null;
    }
  };
  const moveTo = async (status: ArticleStatus): Promise<T | null> => {
    const saved = await saveValues();
    if (!saved) return null;
    const moved = await o.move({ id: saved.id, status });
    setCurrent(moved);
    return moved;
  };
  return { current, status: current?.status ?? "draft", saveValues, moveTo };
}

// The status tag and version number above a saved draft's form.
export function DraftBadge({
  current,
  testId,
  versionLabel,
}: {
  current: Versioned | null;
  testId: string;
  versionLabel: string;
}) {
  const { t } = useTranslation();
  if (!current) return null;
  return (
    <Space style={{ marginBottom: 12 }}>
      <Tag color={STATUS_COLOR[current.status]} data-testid={testId}>
        {t(`knowledge.editor.statuses.${current.status}`)}
      </Tag>
      <span>
        {versionLabel} {current.version}
      </span>
    </Space>
  );
}
