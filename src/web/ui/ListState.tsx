import { ReloadOutlined } from "@ant-design/icons";
import { Button, Empty, Result, Skeleton } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../app/feedback";

type QueryLike = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };

type Props = {
  query: QueryLike;
  empty: boolean;
  emptyText: ReactNode;
  emptyAction?: ReactNode;
  rows?: number;
  children: ReactNode;
};

// The three states every list has before it has rows: loading, failed, empty.
export function ListState({ query, empty, emptyText, emptyAction, rows = 4, children }: Props) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <div role="status" aria-busy="true" aria-label={t("common.loading")}>
        <Skeleton active title={false} paragraph={{ rows }} />
      </div>
    );
  }
  if (query.isError && empty) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (empty) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText}>
        {emptyAction}
      </Empty>
    );
  }
  return <>{children}</>;
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry: () => void;
  title?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={title ?? t("list.errorTitle")}
      subTitle={errorText(error)}
      extra={
        <Button icon={<ReloadOutlined />} onClick={onRetry}>
          {t("common.retry")}
        </Button>
      }
    />
  );
}

export function LoadMore({
  hasMore,
  loading,
  onMore,
  count,
}: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  count: number;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ textAlign: "center", padding: "12px 0", color: "rgba(0,0,0,0.55)" }}>
      {hasMore ? (
        <Button onClick={onMore} loading={loading}>
          {t("list.loadMore")}
        </Button>
      ) : count > 0 ? (
        <span>
          {t("list.count", { count })} · {t("list.end")}
        </span>
      ) : null}
    </div>
  );
}
