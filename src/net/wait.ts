// Waiting on classes without a clock: resolves once a condition on some connections holds,
// checked after every event any of them emits (for screens that wait for several clients, and
// for tests and the bench).
import type { ClassConnection, ConnectionEvents } from './class-connection';

const EVENTS: readonly (keyof ConnectionEvents)[] = ['welcome', 'view', 'truth', 'roster', 'draft', 'submitted', 'error', 'status', 'console', 'press', 'projector'];

export function whenAll(connections: readonly ClassConnection[], ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const offs: (() => void)[] = [];
    const check = (): void => {
      if (!ready()) return;
      for (const off of offs) off();
      resolve();
    };
    for (const c of connections) for (const e of EVENTS) offs.push(c.on(e, check));
    check();
  });
}
