import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Col, Flex, Row, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

type Props = {
  title: ReactNode;
  // Status, tier, warranty… next to the title.
  tags?: ReactNode;
  subtitle?: ReactNode;
  // Buttons valid for the record right now, top right (they wrap under the title on a phone).
  actions?: ReactNode;
  // Where "back" goes when there is no history (a link opened in a new tab).
  backTo?: string;
  // The side column (related records); under the main column below 992 px.
  side?: ReactNode;
  children: ReactNode;
  testId?: string;
};

// The one record page: back, title with tags, actions, main column and a side column.
export function DetailLayout({ title, tags, subtitle, actions, backTo, side, children, testId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate(backTo ?? "/"));
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Card size="small">
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Flex gap={8} align="flex-start" style={{ minWidth: 0, flex: "1 1 280px" }}>
            {backTo ? (
              <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={back} />
            ) : null}
            <div style={{ minWidth: 0 }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Title level={4} style={{ margin: 0, overflowWrap: "anywhere" }}>
                  {title}
                </Typography.Title>
                {tags}
              </Flex>
              {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
            </div>
          </Flex>
          {actions ? (
            <Flex gap={8} wrap>
              {actions}
            </Flex>
          ) : null}
        </Flex>
      </Card>
      {side ? (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={16}>
            {children}
          </Col>
          <Col xs={24} lg={8}>
            {side}
          </Col>
        </Row>
      ) : (
        children
      )}
    </Flex>
  );
}

// A titled admin page: heading, one-line explanation, then the page's list or form.
export function PageHeader({ title, description }: { title: string; description?: string }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
    </div>
  );
}
