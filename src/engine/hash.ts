// A stable hash of plain JSON data: keys are visited in sorted order, so the hash does not
// depend on how an object was built, and the mixing runs on 32-bit integer maths
// (Math.imul), which every JavaScript engine computes identically. Two FNV-1a-style lanes
// give 64 bits.

const PRIME = 0x01000193;
const TWO_32 = 4294967296;

// Type tags keep, say, the string "1" and the number 1 apart.
const TAG_NULL = 1;
const TAG_NUMBER = 2;
const TAG_STRING = 3;
const TAG_TRUE = 4;
const TAG_FALSE = 5;
const TAG_ARRAY = 6;
const TAG_OBJECT = 7;

class Lanes {
  a = 0x811c9dc5;
  b = 0x050c5d1f;
  word(w: number): void {
    this.a = Math.imul(this.a ^ (w & 0xffff), PRIME);
    this.a = Math.imul(this.a ^ (w >>> 16), PRIME);
    this.b = Math.imul(this.b ^ w ^ (this.a >>> 13), PRIME);
  }
  text(s: string): void {
    this.word(s.length);
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, PRIME);
      b = Math.imul(b ^ c ^ (a >>> 13), PRIME);
    }
    this.a = a;
    this.b = b;
  }
  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

// Objects and arrays are hashed on their own and their digest mixed into the parent (a Merkle
// tree), so the digest of a frozen subtree can be remembered: resolveTurn shares unchanged
// subtrees between turns (share.ts), and only what a turn changed is hashed again.
const memo = new WeakMap<object, readonly [number, number]>();

function digestOf(v: object): readonly [number, number] {
  const known = memo.get(v);
  if (known) return known;
  const h = new Lanes();
  if (Array.isArray(v)) {
    h.word(TAG_ARRAY);
    h.word(v.length);
    for (let i = 0; i < v.length; i++) feed(h, v[i]);
  } else {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    let n = 0;
    for (const k of keys) if (o[k] !== undefined) n++;
    h.word(TAG_OBJECT);
    h.word(n);
    for (const k of keys) {
      const x = o[k];
      if (x === undefined) continue;
      h.text(k);
      feed(h, x);
    }
  }
  const d = [h.a, h.b] as const;
  // Only a frozen object is sure not to change under the remembered digest.
  if (Object.isFrozen(v)) memo.set(v, d);
  return d;
}

function feed(h: Lanes, v: unknown): void {
  switch (typeof v) {
    case 'number': {
      if (!Number.isSafeInteger(v)) throw new Error(`bug: non-integer ${v} in hashed data`);
      const lo = v >= 0 ? v % TWO_32 : -(-v % TWO_32);
      h.word(TAG_NUMBER);
      h.word(lo | 0);
      h.word(((v - lo) / TWO_32) | 0);
      return;
    }
    case 'string':
      h.word(TAG_STRING);
      h.text(v);
      return;
    case 'boolean':
      h.word(v ? TAG_TRUE : TAG_FALSE);
      return;
    case 'undefined':
      h.word(TAG_NULL);
      return;
    case 'object': {
      if (v === null) {
        h.word(TAG_NULL);
        return;
      }
      const [a, b] = digestOf(v);
      h.word(a);
      h.word(b);
      return;
    }
    default:
      throw new Error(`bug: cannot hash a ${typeof v}`);
  }
}

/** Hash of any plain JSON value (undefined object fields are skipped, as JSON drops them). */
export function hashData(v: unknown): string {
  const h = new Lanes();
  feed(h, v);
  return h.digest();
}

/** Canonical JSON: sorted keys, no whitespace (for files meant to be compared byte for byte). */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const o = x as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(o).sort()) out[k] = o[k];
      return out;
    }
    return x;
  });
}
