// A few DOM helpers for the HTML panels beside the board (no framework needed).
type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | ((e: Event) => void) | undefined | null>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'style') el.setAttribute('style', String(v));
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`bug: #${id} missing from index.html`);
  return el as T;
}

/** Tooltips: any element with data-tip shows it on hover (figures, odds, buttons). */
export function installTooltips(): void {
  const tip = byId('tooltip');
  let current: Element | null = null;
  document.addEventListener('mouseover', (e) => {
    const t = (e.target as Element | null)?.closest?.('[data-tip]') ?? null;
    if (t === current) return;
    current = t;
    if (!t) {
      tip.hidden = true;
      return;
    }
    tip.textContent = t.getAttribute('data-tip');
    tip.hidden = false;
  });
  document.addEventListener('mousemove', (e) => {
    if (tip.hidden) return;
    const pad = 14;
    const w = tip.offsetWidth;
    const hgt = tip.offsetHeight;
    const x = e.clientX + pad + w > window.innerWidth ? e.clientX - w - pad : e.clientX + pad;
    const y = e.clientY + pad + hgt > window.innerHeight ? e.clientY - hgt - pad : e.clientY + pad;
    tip.style.left = `${Math.max(0, x)}px`;
    tip.style.top = `${Math.max(0, y)}px`;
  });
}

/** Shows a tooltip for something drawn on the canvas (it follows the mouse like the others). */
export function canvasTip(text: string | null, at?: { x: number; y: number }): void {
  const tip = byId('tooltip');
  if (text === null) {
    tip.hidden = true;
    return;
  }
  tip.textContent = text;
  tip.hidden = false;
  if (at) {
    tip.style.left = `${at.x + 14}px`;
    tip.style.top = `${at.y + 14}px`;
  }
}

/** A modal dialog with buttons; resolves with the chosen button's key. */
export function showDialog(title: string, body: Child | Child[], buttons: { key: string; label: string; primary?: boolean }[]): Promise<string> {
  const layer = byId('dialog-layer');
  return new Promise((resolve) => {
    const close = (key: string) => {
      layer.hidden = true;
      layer.replaceChildren();
      document.removeEventListener('keydown', onKey, true);
      resolve(key);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close(e.key === 'Enter' ? buttons.find((b) => b.primary)?.key ?? buttons[0].key : buttons[buttons.length - 1].key);
      }
    };
    document.addEventListener('keydown', onKey, true);
    const bodyKids = Array.isArray(body) ? body : [body];
    layer.replaceChildren(
      h(
        'div',
        { class: 'dialog', role: 'dialog' },
        h('h2', { 'data-hook': 'dialog.title' }, title),
        h('div', { 'data-hook': 'dialog.text' }, ...bodyKids),
        h(
          'div',
          { class: 'buttons' },
          ...buttons.map((b) => h('button', { class: b.primary ? 'primary' : '', 'data-hook': `dialog.${b.key}`, onclick: () => close(b.key) }, b.label)),
        ),
      ),
    );
    layer.hidden = false;
  });
}

export function dialogOpen(): boolean {
  return !byId('dialog-layer').hidden;
}
