// The class client: what the host, join, facilitator and student screens use to talk to the
// class server. See docs/classroom.md for the server, and protocol.ts for every message.
export { ClassConnection } from './class-connection';
export { defaultEndpoint, fetchClassRecord, fetchReplay, hostClass, lookupClass } from './http-api';
export { MAX_WORLDS, PRESS_MAX_CHARS } from './protocol';
export type * from './protocol';
export { whenAll } from './wait';
export type * from './class-record';
