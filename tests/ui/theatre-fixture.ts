// A game for the theatre's tests: the golden 2020-war replay (8 weeks, every actor by computer).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReplay, type Replay } from '../../src/engine';

export function goldenReplay(): Replay {
  const parsed = parseReplay(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden-2020-war.replay.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.replay;
}
