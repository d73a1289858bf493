import { Card, Col, Flex, Row, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUser } from "../../app/auth";
import { useTitle } from "../../app/useTitle";
import { groupsFor } from "../navigation";
import { navIcon } from "../SideMenu";

// The administrator's start page: every page they manage, by domain, one click away.
export default function AdminHome() {
  const { t } = useTranslation();
  const user = useUser();
  useTitle(t("admin.title"));
  const groups = groupsFor(user.role).filter((g) => g.group !== "service" && g.group !== "insights");
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("admin.title")}
      </Typography.Title>
      {groups.map(({ group, entries }) => (
        <section key={group} aria-labelledby={`admin-group-${group}`}>
          <Typography.Title level={5} id={`admin-group-${group}`} type="secondary">
            {t(`shell.group.${group}`)}
          </Typography.Title>
          <Row gutter={[12, 12]}>
            {entries.map((e) => (
              <Col key={e.key} xs={24} sm={12} md={8} xl={6}>
                <Link to={e.path} data-testid={`admin-card-${e.key}`}>
                  <Card size="small" hoverable>
                    <Flex gap={8} align="center">
                      <span style={{ color: "#1677ff", fontSize: 18 }}>{navIcon(e.icon)}</span>
                      <span>{t(e.labelKey)}</span>
                    </Flex>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </section>
      ))}
    </Flex>
  );
}
