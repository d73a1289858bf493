import type { z } from "zod";
import type { Db } from "./db/client.js";

export type DomainEventHandler<T> = (tx: Db, payload: T) => Promise<void>;
// A subscriber's way of taking many events at once (a drain's batch of assignments) in a few
// statements instead of a few per event; without one, each event is handed over on its own.
export type DomainEventBatchHandler<T> = (tx: Db, payloads: readonly T[]) => Promise<void>;
type Registered = { one: DomainEventHandler<unknown>; many?: DomainEventBatchHandler<unknown> };

// A domain event's name and payload type, declared once by the module that emits it; emitters
// and subscribers both go through the declaration, so they cannot disagree on the payload.
export type DomainEvent<T> = { readonly name: string; readonly _payload?: T };

export const defineDomainEvent = <T>(name: string): DomainEvent<T> => ({ name });

// In-process domain events, delivered synchronously inside the emitter's transaction, so a
// subscriber's writes (SLA timers, assignment, notifications in the outbox) commit or roll back
// together with the change that caused them. Subscribers are wired in the composition root.
export class DomainEvents {
  private readonly handlers = new Map<string, Registered[]>();

  on<T>(event: DomainEvent<T>, handler: DomainEventHandler<T>, batch?: DomainEventBatchHandler<T>): void {
    const list = this.handlers.get(event.name) ?? [];
    list.push({
      one: handler as DomainEventHandler<unknown>,
      many: batch as DomainEventBatchHandler<unknown> | undefined,
    });
    this.handlers.set(event.name, list);
  }

  async emit<T>(tx: Db, event: DomainEvent<T>, payload: T): Promise<void> {
    for (const h of this.handlers.get(event.name) ?? []) await h.one(tx, payload);
  }

  // Several events of one kind: each subscriber in turn takes all of them (in order), so a
  // subscriber still sees what the ones before it wrote for the same event.
  async emitMany<T>(tx: Db, event: DomainEvent<T>, payloads: readonly T[]): Promise<void> {
    if (payloads.length === 1 && payloads[0] !== undefined) return this.emit(tx, event, payloads[0]);
    for (const h of this.handlers.get(event.name) ?? []) {
      if (h.many) await h.many(tx, payloads);
      else for (const p of payloads) await h.one(tx, p);
    }
  }
}

// What a customer or dealer may see of a history event: nothing, or only the listed fields.
// `ifExternal` fields are shown only when a customer or dealer wrote them (their own reasons),
// never when staff did; `onlyIf` hides the whole event unless its data passes.
export type ExternalProjection<D> =
  | "hidden"
  | {
      fields: readonly (keyof D & string)[];
      ifExternal?: readonly (keyof D & string)[];
      onlyIf?: (data: D) => boolean;
    };

// A history event (one row of an entity's append-only history): its type, the zod schema of its
// data, and what people outside the organisation may see of it.
export type HistoryEventDef<N extends string, S extends z.ZodType> = {
  readonly type: N;
  readonly schema: S;
  readonly external: ExternalProjection<z.infer<S>>;
};

export function defineEvent<N extends string, S extends z.ZodType>(
  type: N,
  schema: S,
  visibility: { external: ExternalProjection<z.infer<S>> },
): HistoryEventDef<N, S> {
  return { type, schema, external: visibility.external };
}

export type EventOf<D> = D extends HistoryEventDef<infer N, infer S> ? { type: N; data: z.infer<S> } : never;

// Narrows a stored or in-flight event to one declared type.
export function isEvent<D extends HistoryEventDef<string, z.ZodType>>(
  e: { type: string; data: unknown },
  def: D,
): e is EventOf<D> {
  return e.type === def.type;
}

// The external view of one event's data, or null when the event is hidden from them.
export function projectExternal(
  projection: ExternalProjection<Record<string, unknown>> | undefined,
  data: Record<string, unknown>,
  writtenByExternal: boolean,
): Record<string, unknown> | null {
  // An event type nobody declared is hidden: a new event never leaks by default.
  if (!projection || projection === "hidden") return null;
  if (projection.onlyIf && !projection.onlyIf(data)) return null;
  const out: Record<string, unknown> = {};
  const keys = [...projection.fields, ...(writtenByExternal ? (projection.ifExternal ?? []) : [])];
  for (const k of keys) if (k in data) out[k] = data[k];
  return out;
}
