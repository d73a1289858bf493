import type { ComponentType } from "react";
import { createBrowserRouter, Outlet, ScrollRestoration } from "react-router";
import { LoginPage } from "../modules/auth/LoginPage";
import { DeskOnly } from "../shell/DeskOnly";
import { AppLayout } from "./AppLayout";
import { FullPageSpin, HomeRedirect, NotFound, RequireAuth, RequireRole, RouteError } from "./guards";
import { STAFF_ROLES } from "./types";

function Shell() {
  return (
    <>
      {/* Keeps the queue's scroll position when coming back from a ticket. */}
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

// Each area is its own chunk: a customer on a phone never downloads the console or admin.
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
  {
    element: <Shell />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      { path: "/login", element: <LoginPage /> },
      { path: "/help/:tenant/:id?", lazy: page(() => import("../modules/knowledge/HelpCentrePage")) },
      { path: "/r/:token", lazy: page(() => import("../modules/field/ReportVerifyPage")) },
      {
        // The wallboard is a page of its own, without the console's navigation: a TV in the service centre.
        path: "/wallboard",
        element: (
          <RequireAuth>
            <RequireRole roles={["supervisor", "admin"]} />
          </RequireAuth>
        ),
        children: [{ index: true, lazy: page(() => import("../modules/analytics/WallboardPage")) }],
      },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            path: "console",
            element: <RequireRole roles={STAFF_ROLES} />,
            children: [
              {
                // The agent queue and ticket creation are desk work; technicians and QA have their own homes.
                element: <DeskOnly />,
                children: [
                  { index: true, lazy: page(() => import("../modules/console/ConsolePage")) },
                  { path: "new", lazy: page(() => import("../modules/tickets/NewTicketPage")) },
                ],
              },
              { path: "tickets/:ref", lazy: page(() => import("../modules/console/TicketPage")) },
              {
                element: <RequireRole roles={["agent", "supervisor", "admin"]} />,
                children: [
                  { path: "kb", lazy: page(() => import("../modules/knowledge/ArticlesPage")) },
                  { path: "kb/sops", lazy: page(() => import("../modules/knowledge/SopsPage")) },
                  { path: "kb/gaps", lazy: page(() => import("../modules/knowledge/GapsPage")) },
                  { path: "customers", lazy: page(() => import("../modules/customers/CustomersPage")) },
                  {
                    path: "customers/:id",
                    lazy: page(() => import("../modules/customers/CustomerDetailPage")),
                  },
                  {
                    path: "registrations",
                    lazy: page(() => import("../modules/registrations/RegistrationQueuePage")),
                  },
                ],
              },
              { path: "rmas", lazy: page(() => import("../modules/warranty/RmaListPage")) },
              { path: "complaints", lazy: page(() => import("../modules/complaints/ComplaintRegisterPage")) },
              { path: "rmas/:id", lazy: page(() => import("../modules/warranty/RmaDetailPage")) },
              { path: "parts", lazy: page(() => import("../modules/parts/StockPage")) },
              { path: "parts-transfers", lazy: page(() => import("../modules/parts/TransfersPage")) },
              { path: "old-parts", lazy: page(() => import("../modules/parts/OldPartsPage")) },
              { path: "purchase-list", lazy: page(() => import("../modules/parts/PurchasePage")) },
              { path: "parts/:partNo", lazy: page(() => import("../modules/parts/PartPage")) },
              {
                path: "my-work",
                element: <RequireRole roles={["technician"]} />,
                children: [
                  { index: true, lazy: page(() => import("../shell/homes/TechnicianHome")) },
                  { path: "visits/:id", lazy: page(() => import("../modules/field/VisitJobPage")) },
                ],
              },
              {
                path: "review",
                element: <RequireRole roles={["qa"]} />,
                children: [{ index: true, lazy: page(() => import("../shell/homes/QaHome")) }],
              },
              {
                path: "analytics",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/analytics/AnalyticsPage")) }],
              },
              {
                path: "forecast",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/analytics/ForecastPage")) }],
              },
              {
                path: "parts-demand",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/analytics/PartsDemandPage")) }],
              },
              {
                path: "anomalies",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/analytics/AnomaliesPage")) }],
              },
              {
                path: "customer-insight",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [
                  { index: true, lazy: page(() => import("../modules/analytics/CustomerInsightPage")) },
                ],
              },
              {
                path: "alerts",
                element: <RequireRole roles={["supervisor", "admin", "qa"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/analytics/AlertsPage")) }],
              },
              {
                path: "quality-batches",
                element: <RequireRole roles={["supervisor", "admin", "qa"]} />,
                children: [
                  { index: true, lazy: page(() => import("../modules/analytics/BatchDefectsPage")) },
                ],
              },
              {
                path: "review-reports",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [
                  { index: true, lazy: page(() => import("../modules/analytics/ReviewReportsPage")) },
                ],
              },
              { path: "my-numbers", lazy: page(() => import("../modules/analytics/MyNumbersPage")) },
              // Leads see every ticket behind a number, the others the tickets behind their own.
              { path: "analytics/tickets", lazy: page(() => import("../modules/analytics/KpiTicketsPage")) },
              // Leads build reports; everyone else opens those shared with their role.
              { path: "reports", lazy: page(() => import("../modules/analytics/ReportsPage")) },
              {
                element: <RequireRole roles={["agent", "technician", "supervisor", "admin"]} />,
                children: [
                  { path: "scorecards", lazy: page(() => import("../modules/scorecards/ScorecardsPage")) },
                  { path: "scorecards/:id", lazy: page(() => import("../modules/scorecards/ScorecardPage")) },
                  { path: "service-awards", lazy: page(() => import("../modules/scorecards/AwardsPage")) },
                  { path: "coaching", lazy: page(() => import("../modules/scorecards/CoachingPlansPage")) },
                  {
                    path: "coaching/:id",
                    lazy: page(() => import("../modules/scorecards/CoachingPlanPage")),
                  },
                ],
              },
              {
                path: "sla",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/sla/SlaMonitorPage")) }],
              },
              { path: "training", lazy: page(() => import("../modules/training/TrainingPage")) },
              { path: "exams", lazy: page(() => import("../modules/training/ExamsPage")) },
              { path: "exams/attempts/:id", lazy: page(() => import("../modules/training/ExamAttemptPage")) },
              { path: "certifications", lazy: page(() => import("../modules/training/CertificationsPage")) },
              { path: "contests", lazy: page(() => import("../modules/training/ContestsPage")) },
              { path: "callbacks", lazy: page(() => import("../modules/callbacks/CallbackQueuePage")) },
              {
                path: "chat",
                element: <RequireRole roles={["agent", "supervisor", "admin"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/chat/ChatConsolePage")) }],
              },
              { path: "callbacks/:id", lazy: page(() => import("../modules/callbacks/CallbackWorkPage")) },
              {
                path: "voc-alerts",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [{ index: true, lazy: page(() => import("../modules/callbacks/VocAlertsPage")) }],
              },
              {
                path: "improvement",
                element: <RequireRole roles={["agent", "qa", "supervisor", "admin"]} />,
                children: [
                  { index: true, lazy: page(() => import("../modules/improvement/BacklogPage")) },
                  { path: "items/:id", lazy: page(() => import("../modules/improvement/ItemPage")) },
                  { path: "cycles/:id", lazy: page(() => import("../modules/improvement/CyclePage")) },
                  { path: "plan", lazy: page(() => import("../modules/improvement/PlanPage")) },
                ],
              },
              {
                path: "surveys",
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [
                  { index: true, lazy: page(() => import("../modules/surveys/SurveyReportPage")) },
                  { path: "builder", lazy: page(() => import("../modules/surveys/SurveyBuilderPage")) },
                ],
              },
              {
                element: <RequireRole roles={["supervisor", "admin"]} />,
                children: [
                  { path: "load", lazy: page(() => import("../modules/routing/LoadBoardPage")) },
                  { path: "macros", lazy: page(() => import("../modules/routing/MacrosPage")) },
                  { path: "dispatch", lazy: page(() => import("../modules/dispatch/DispatchBoardPage")) },
                ],
              },
              {
                element: <RequireRole roles={["admin"]} />,
                children: [{ path: "triggers", lazy: page(() => import("../modules/routing/TriggersPage")) }],
              },
            ],
          },
          {
            path: "dealer",
            element: <RequireRole roles={["dealer"]} />,
            children: [
              { index: true, lazy: page(() => import("../modules/dealer/DealerPage")) },
              { path: "new", lazy: page(() => import("../modules/tickets/NewTicketPage")) },
              { path: "tickets/:ref", lazy: page(() => import("../modules/console/TicketPage")) },
            ],
          },
          {
            path: "portal",
            element: <RequireRole roles={["customer"]} />,
            children: [
              { index: true, lazy: page(() => import("../modules/portal/PortalHome")) },
              { path: "new", lazy: page(() => import("../modules/portal/NewRequestPage")) },
              { path: "register", lazy: page(() => import("../modules/portal/RegisterUnitPage")) },
              { path: "loyalty", lazy: page(() => import("../modules/loyalty/PortalLoyaltyPage")) },
              { path: "tickets/:ref", lazy: page(() => import("../modules/portal/PortalTicketPage")) },
              { path: "surveys/:id", lazy: page(() => import("../modules/surveys/PortalSurveyPage")) },
            ],
          },
          {
            // Admins and auditors; the rest of /admin is for admins only.
            path: "admin/audit",
            element: <RequireRole roles={["admin", "auditor"]} />,
            children: [{ index: true, lazy: page(() => import("../modules/admin/AuditLogPage")) }],
          },
          {
            path: "admin",
            element: <RequireRole roles={["admin"]} />,
            children: [
              { index: true, lazy: page(() => import("../shell/homes/AdminHome")) },
              { path: "calendars", lazy: page(() => import("../modules/sla/CalendarsPage")) },
              { path: "sla-policies", lazy: page(() => import("../modules/sla/PoliciesPage")) },
              { path: "users/:id", lazy: page(() => import("../modules/admin/UserDetailPage")) },
              { path: "teams", lazy: page(() => import("../modules/admin/TeamsPage")) },
              { path: "skills", lazy: page(() => import("../modules/admin/SkillsPage")) },
              { path: "mailboxes", lazy: page(() => import("../modules/admin/MailboxesPage")) },
              { path: "wechat", lazy: page(() => import("../modules/chat/WechatAccountPage")) },
              { path: "api-keys", lazy: page(() => import("../modules/admin/ApiKeysPage")) },
              { path: "webhooks", lazy: page(() => import("../modules/admin/WebhooksPage")) },
              { path: "routing", lazy: page(() => import("../modules/admin/RoutingSettingsPage")) },
              { path: "warranty", lazy: page(() => import("../modules/warranty/WarrantySettingsPage")) },
              { path: "loyalty", lazy: page(() => import("../modules/loyalty/LoyaltySettingsPage")) },
              { path: "callbacks", lazy: page(() => import("../modules/callbacks/CallbackSettingsPage")) },
              { path: "coverage", lazy: page(() => import("../modules/field/CoveragePage")) },
              { path: "product-updates", lazy: page(() => import("../modules/admin/ProductUpdatesPage")) },
              { path: ":section", lazy: page(() => import("../modules/admin/AdminPage")) },
            ],
          },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
]);
