// Stands in for express in the built server (scripts/build-server.ts): Colyseus's WebSocket
// transport imports express at load for an app it builds only when asked (the `express` option
// of its Server), which the class server never does; loading express and its dependencies took
// a fifth of the server's start.
export default function express(): never {
  throw new Error('The built class server leaves express out (scripts/build-server.ts): nothing in it may ask the transport for an express app.');
}
