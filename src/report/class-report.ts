// The class debrief as one printable HTML file: the boards compared, aims beside history, then
// each board on its own pages (decisive region, moments, timeline, what each team saw, overrides).
import type { ClassDebrief } from './class-debrief';
import { esc, htmlPage } from './html-kit';
import { aimsSection, boardsSection, decisiveSection, momentsSection, overridesSection, pressSection, seenSection, timelineSection } from './report-sections';

export function classReportHtml(d: ClassDebrief): string {
  const failures = d.failures.map((f) => `<p class="unmet">${esc(f.name)}: ${esc(f.message)}</p>`).join('');
  const boards = d.worlds
    .map((w) => `<section class="page"><h2>${esc(w.name)}</h2><p>${esc(w.ending)}</p>${decisiveSection(w)}${momentsSection(w)}${timelineSection(w)}${seenSection(w)}${overridesSection(w)}${pressSection(w)}</section>`)
    .join('\n');
  const body = `<h1>Class debrief — ${esc(d.scenario.title)}</h1>
<p class="muted">Class ${esc(d.code)}; ${d.worlds.length} board${d.worlds.length === 1 ? '' : 's'}. History is scored from the record of 2020 and is the same for every game of this scenario.</p>
${failures}
<section>${boardsSection(d)}</section>
<section class="page"><h2>Aims, scores and history</h2><p>${esc(d.scenario.historicalOutcome.text)}</p>${aimsSection(d)}</section>
${boards}`;
  return htmlPage(`Class debrief — ${d.scenario.title}`, body);
}
