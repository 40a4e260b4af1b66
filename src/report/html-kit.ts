// Small pieces for the HTML the debrief and the briefings print: escaping, tables, and a
// self-contained page (its own CSS, print rules and page breaks, no scripts).

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A table from header cells and rows of already-escaped HTML cells. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function list(items: readonly string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
}

/** The CSS shared by the printed report and the class debrief on screen. */
export const REPORT_CSS = `
.report { font: 14px/1.45 system-ui, sans-serif; color: #1d232b; background: #fff; }
.report h1 { font-size: 24px; margin: 0 0 6px; }
.report h2 { font-size: 19px; margin: 22px 0 8px; border-bottom: 2px solid #3a4350; padding-bottom: 3px; }
.report h3 { font-size: 16px; margin: 14px 0 6px; }
.report table { border-collapse: collapse; margin: 6px 0 12px; }
.report th, .report td { border: 1px solid #c4cad3; padding: 3px 7px; text-align: left; vertical-align: top; }
.report th { background: #eef1f5; }
.report .n { text-align: right; }
.report .muted { color: #5d6673; }
.report .roll { font-size: 12px; color: #414a56; }
.report .met { color: #1b6e2e; font-weight: 600; }
.report .unmet { color: #9b2a1e; }
.report .card { border: 1px solid #c4cad3; border-radius: 6px; padding: 8px 12px; margin: 8px 0; break-inside: avoid; }
.report section { break-inside: auto; }
@media print {
  .report { font-size: 11pt; }
  .report section.page { break-before: page; }
  .report table, .report .card, .report tr { break-inside: avoid; }
  .report h2, .report h3 { break-after: avoid; }
}`;

/** A whole HTML document that reads without scripts and prints on A4 or Letter. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
@page { margin: 16mm 14mm; }
body { margin: 24px; }
${REPORT_CSS}
</style>
</head>
<body class="report">
${body}
</body>
</html>
`;
}
