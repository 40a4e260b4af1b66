// A stable hash of plain JSON data: keys are visited in sorted order, so the hash does not
// depend on how an object was built, and FNV-1a runs on 32-bit integer maths (Math.imul),
// which every JavaScript engine computes identically.

const FNV_PRIME = 0x01000193;

class Fnv {
  a = 0x811c9dc5;
  b = 0x050c5d1f;
  text(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c ^ (a >>> 13), FNV_PRIME);
    }
    this.a = a;
    this.b = b;
  }
  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

function feed(h: Fnv, v: unknown): void {
  if (v === null || v === undefined) {
    h.text('n');
  } else if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new Error(`bug: non-integer ${v} in hashed data`);
    h.text('#' + v);
  } else if (typeof v === 'string') {
    h.text('"' + v.length + ':' + v);
  } else if (typeof v === 'boolean') {
    h.text(v ? 't' : 'f');
  } else if (Array.isArray(v)) {
    h.text('[' + v.length);
    for (const x of v) feed(h, x);
  } else if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    h.text('{' + keys.length);
    for (const k of keys) {
      h.text(k);
      feed(h, o[k]);
    }
  } else {
    throw new Error(`bug: cannot hash a ${typeof v}`);
  }
}

/** Hash of any plain JSON value (undefined object fields are skipped, as JSON drops them). */
export function hashData(v: unknown): string {
  const h = new Fnv();
  feed(h, v);
  return h.digest();
}

/** Canonical JSON: sorted keys, no whitespace. */
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
