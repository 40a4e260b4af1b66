// STUB: the odds panel (issue 20) is built on the branch `odds`; this placeholder only lets the
// replay theatre mount it. Dropped at merge.
import type { Replay } from '../../engine';
import { h } from '../dom';

export interface OddsColumn {
  readonly label: string;
  readonly replay: Replay;
  readonly fromWeek: number;
}

export function mountOddsPanel(parent: HTMLElement, columns: readonly OddsColumn[]): { destroy(): void } {
  const root = h('div', { 'data-hook': 'odds.panel' }, ...columns.map((c) => h('p', {}, `${c.label}: from week ${c.fromWeek}`)));
  parent.append(root);
  return { destroy: () => root.remove() };
}
