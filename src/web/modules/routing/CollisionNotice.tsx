import { EditOutlined, EyeOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Flex, Tag } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { markViewing, useViewers } from "./api";

const VIEWING_MS = 10_000;

// Tells others this ticket is open here (and whether we type), and shows who else has it open.
export function CollisionNotice({ ticketRef, typing }: { ticketRef: string; typing: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const viewers = useViewers(ticketRef);
  const typingRef = useRef(typing);
  typingRef.current = typing;

  useEffect(() => {
    const beat = () =>
      void markViewing(ticketRef, typingRef.current)
        .then((out) => qc.setQueryData(["ticket", ticketRef, "viewers"], out))
        .catch(() => {});
    const timer = window.setInterval(beat, VIEWING_MS);
    return () => window.clearInterval(timer);
  }, [ticketRef, qc]);

  // On opening, and when typing starts or stops: tell at once, not at the next beat.
  useEffect(() => {
    void markViewing(ticketRef, typing)
      .then((out) => qc.setQueryData(["ticket", ticketRef, "viewers"], out))
      .catch(() => {});
  }, [ticketRef, typing, qc]);

  const items = viewers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Flex gap={6} wrap data-testid="collision-notice" role="status">
      {items.map((v) =>
        v.typing ? (
          <Tag key={v.userId} color="orange" icon={<EditOutlined />} data-testid="viewer-typing">
            {t("routing.collision.typing", { name: v.name })}
          </Tag>
        ) : (
          <Tag key={v.userId} color="blue" icon={<EyeOutlined />} data-testid="viewer-viewing">
            {t("routing.collision.viewing", { name: v.name })}
          </Tag>
        ),
      )}
    </Flex>
  );
}
