import { Button, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  isRouteErrorResponse,
  Navigate,
  Outlet,
  useLocation,
  useNavigate,
  useRouteError,
} from "react-router";
import { ErrorState } from "../ui/ListState";
import { homeFor, useAuth } from "./auth";
import type { Role } from "./types";

export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <div style={{ display: "grid", placeItems: "center", minHeight: "60vh" }}>
      <Spin size="large" description={t("common.loading")} />
    </div>
  );
}

// Signed-in area: sends visitors to the login page and back here afterwards.
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading, error, retry } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (!user && error) return <ErrorState error={error} onRetry={retry} />;
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`} replace />;
  }
  return <>{children}</>;
}

export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { user } = useAuth();
  if (!user || !roles.includes(user.role)) return <Forbidden />;
  return <Outlet />;
}

export function HomeRedirect() {
  const { user } = useAuth();
  return <Navigate to={user ? homeFor(user.role) : "/login"} replace />;
}

function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t("common.forbidden")} extra={<HomeButton />} />;
}

// Last resort for a render error or a chunk that failed to load (e.g. after a new release).
export function RouteError() {
  const { t } = useTranslation();
  const err = useRouteError();
  if (isRouteErrorResponse(err) && err.status === 404) return <NotFound />;
  return (
    <Result
      status="warning"
      title={t("common.unknownError")}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t("common.retry")}
        </Button>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t("common.notFound")} extra={<HomeButton />} />;
}

function HomeButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate("/")}>
      {t("common.goHome")}
    </Button>
  );
}
