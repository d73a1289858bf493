import type { Db } from "./db/client.js";

export type DomainEventHandler<T> = (tx: Db, payload: T) => Promise<void>;

// In-process domain events, delivered synchronously inside the emitter's transaction, so a
// subscriber's writes (SLA timers, assignment, notifications in the outbox) commit or roll back
// together with the change that caused them. Subscribers are wired in the composition root.
export class DomainEvents {
  private readonly handlers = new Map<string, DomainEventHandler<unknown>[]>();

  on<T>(name: string, handler: DomainEventHandler<T>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as DomainEventHandler<unknown>);
    this.handlers.set(name, list);
  }

  async emit<T>(tx: Db, name: string, payload: T): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(tx, payload);
  }
}
