// The theatre's tree of timelines in localStorage, so that a branch played on the board and the
// game it came from are still together when the theatre opens again. Read back with the same
// care as a save: each replay through parseReplay; a timeline that fails is left out, and why.
import { parseReplay } from '../../engine';
import { storage } from '../store';
import { MAX_TIMELINES, type TheatreTree, type Timeline } from './tree';

export const THEATRE_KEY = 'karabakh2020.theatre';
const FORMAT = 'karabakh-theatre';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^t[0-9]{1,6}$/;

function timelineOf(v: unknown, i: number): Timeline | string {
  if (!isRecord(v)) return `timeline ${i + 1} is not an object`;
  if (typeof v.id !== 'string' || !ID.test(v.id)) return `timeline ${i + 1} has no id`;
  if (v.parent !== null && (typeof v.parent !== 'string' || !ID.test(v.parent))) return `timeline ${v.id}'s parent is not an id`;
  if (typeof v.label !== 'string' || v.label.length > 200) return `timeline ${v.id} has no label`;
  const parsed = parseReplay(v.replay);
  if (!parsed.ok) return `timeline ${v.id}: ${parsed.message}`;
  return { id: v.id, parent: v.parent, label: v.label, replay: parsed.replay };
}

/** The stored tree, and what had to be left out of it (nothing, normally). */
export function readTree(): { tree: TheatreTree; problems: string[] } {
  const raw = storage()?.getItem(THEATRE_KEY) ?? null;
  if (raw === null) return { tree: [], problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { tree: [], problems: ['the stored timelines are not readable JSON'] };
  }
  if (!isRecord(json) || json.format !== FORMAT || !Array.isArray(json.timelines)) return { tree: [], problems: [`the stored timelines are not "${FORMAT}"`] };
  const problems: string[] = [];
  const tree: Timeline[] = [];
  for (const [i, v] of json.timelines.slice(0, MAX_TIMELINES).entries()) {
    const t = timelineOf(v, i);
    if (typeof t === 'string') problems.push(t);
    else if (!tree.some((x) => x.id === t.id)) tree.push(t);
  }
  return { tree, problems };
}

/** Stores the tree; false when the browser refused (storage full or disabled). */
export function writeTree(tree: TheatreTree): boolean {
  try {
    const store = storage();
    store?.setItem(THEATRE_KEY, JSON.stringify({ format: FORMAT, version: 1, timelines: tree }));
    return store !== null;
  } catch {
    return false;
  }
}
