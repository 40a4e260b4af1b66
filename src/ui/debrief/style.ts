// The class debrief's screen styles: the report's own CSS (shared with the printed file) inside
// an overlay with a toolbar and tabs. Injected once, so the view needs no stylesheet of the page.
import { REPORT_CSS } from '../../report/html-kit';

const SCREEN_CSS = `
.class-debrief { position: fixed; inset: 0; overflow: auto; z-index: 50; padding: 16px 22px 40px; }
.class-debrief .bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; }
.class-debrief .bar .grow { flex: 1; }
.class-debrief button { font: inherit; padding: 5px 10px; border: 1px solid #8a94a3; border-radius: 4px; background: #f4f6f9; cursor: pointer; }
.class-debrief button.on { background: #29415e; color: #fff; border-color: #29415e; }
.class-debrief [hidden] { display: none !important; }
.class-debrief .tabs { border-bottom: 1px solid #c4cad3; padding-bottom: 6px; }
`;

export function installDebriefStyle(): void {
  if (document.getElementById('class-debrief-style')) return;
  const style = document.createElement('style');
  style.id = 'class-debrief-style';
  style.textContent = REPORT_CSS + SCREEN_CSS;
  document.head.append(style);
}
