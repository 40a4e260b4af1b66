// The built server's stand-in for express (scripts/build-server.ts aliases it): anything that
// asked for an express app would fail loudly, naming why, rather than serve nothing.
import { expect, it } from 'vitest';
import express from '../../src/server/no-express';

it('refuses to make an express app, naming the build that left express out', () => {
  expect(() => express()).toThrow(/build-server/);
});
