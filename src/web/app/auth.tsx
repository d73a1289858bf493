import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import i18n, { currentLocale, hasDeviceLocale, isLocale, setLocale } from "../i18n";
import { ROLE_HOME } from "../shell/navigation";
import { api, configureApi, request, tokenStore } from "./api";
import { TimezoneProvider } from "./format";
import type { Locale, Role, Tenant, User } from "./types";

type AuthValue = {
  user: User | null;
  loading: boolean;
  // Set when /me failed for another reason than an expired session (server down…).
  error: unknown;
  retry: () => void;
  login: (email: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  changeLocale: (lng: Locale) => Promise<void>;
  // A click on the language switch, even on the language already shown, counts as a choice.
  noteLocaleChoice: () => void;
};

const AuthContext = createContext<AuthValue | null>(null);

// Each role's own start page (agent → queue, supervisor → load board, admin → administration…).
export const homeFor = (role: Role): string => ROLE_HOME[role];

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const [token, setToken] = useState<string | null>(() => tokenStore.get());
  // A language picked before signing in wins over the one stored on the account.
  const pickedWhileSignedOut = useRef(false);
  const adoptedFor = useRef<string | null>(null);
  // A reload keeps the language this device shows: the account's saved one (which another device
  // may have changed meanwhile) is taken at sign-in, or by a device that never had one.
  const keepDeviceLocale = useRef(tokenStore.get() !== null && hasDeviceLocale());

  useEffect(() => {
    configureApi({
      language: currentLocale,
      unauthorized: () => {
        tokenStore.clear();
        setToken(null);
        qc.clear();
      },
    });
  }, [qc]);

  const me = useQuery({
    queryKey: ["me", token],
    queryFn: ({ signal }) => api.get<User>("/me", undefined, signal),
    enabled: token !== null,
    retry: false,
    staleTime: 5 * 60_000,
  });
  const user = token ? (me.data ?? null) : null;

  const tenant = useQuery({
    queryKey: ["tenant"],
    queryFn: ({ signal }) => api.get<Tenant>("/tenant", undefined, signal),
    enabled: user !== null && !user.timezone,
    retry: false,
    staleTime: 30 * 60_000,
  });

  // Once per sign-in: the account's language wins when it has one.
  useEffect(() => {
    if (!user || adoptedFor.current === user.id) return;
    adoptedFor.current = user.id;
    if (keepDeviceLocale.current) return;
    if (isLocale(user.locale) && user.locale !== currentLocale()) void setLocale(user.locale);
  }, [user]);

  const login = useCallback(
    async (email: string, password: string) => {
      const res = await request<{ token: string; user: User }>("POST", "/auth/login", {
        body: { email, password },
        auth401: false,
      });
      tokenStore.set(res.token);
      let full = await qc.fetchQuery({
        queryKey: ["me", res.token],
        queryFn: () => api.get<User>("/me"),
      });
      // A language picked on the login page is saved on the account before we move on,
      // so a reload right after signing in already finds it there.
      if (pickedWhileSignedOut.current && full.locale !== currentLocale()) {
        full = await api.patch<User>("/me", { locale: currentLocale() }).catch(() => full);
        qc.setQueryData(["me", res.token], full);
      }
      pickedWhileSignedOut.current = false;
      keepDeviceLocale.current = false;
      // An account without a language keeps the one the login page showed.
      adoptedFor.current = isLocale(full.locale) && full.locale !== currentLocale() ? null : full.id;
      setToken(res.token);
      return full;
    },
    [qc],
  );

  const logout = useCallback(async () => {
    try {
      await api.post("/auth/logout");
    } catch {
      // The token may already be gone; signing out locally is what matters.
    }
    tokenStore.clear();
    setToken(null);
    adoptedFor.current = null;
    qc.clear();
  }, [qc]);

  const changeLocale = useCallback(
    async (lng: Locale) => {
      await setLocale(lng);
      if (!user) {
        pickedWhileSignedOut.current = true;
        return;
      }
      const updated = await api.patch<User>("/me", { locale: lng });
      qc.setQueryData(["me", token], updated);
    },
    [user, qc, token],
  );

  const value = useMemo<AuthValue>(
    () => ({
      user,
      loading: token !== null && me.isPending,
      error: token !== null ? me.error : null,
      retry: () => void me.refetch(),
      login,
      logout,
      changeLocale,
      noteLocaleChoice: () => {
        if (!user) pickedWhileSignedOut.current = true;
      },
    }),
    [user, token, me.isPending, me.error, me.refetch, login, logout, changeLocale],
  );
  const tz = user?.timezone || tenant.data?.timezone;
  return (
    <AuthContext.Provider value={value}>
      <TimezoneProvider tz={tz}>{children}</TimezoneProvider>
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth outside AuthProvider");
  return ctx;
}

// The signed-in user, for pages that are only rendered behind RequireAuth.
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error(i18n.t("common.forbidden"));
  return user;
}
