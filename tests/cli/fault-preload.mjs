// Preloaded (node --import) by tests/cli/hostile-cli.test.ts: console.log throws, so a command
// meets an exception nothing in it expects, the way a bug would show itself.
console.log = () => {
  throw new Error('simulated fault in console.log');
};
