// The odds panel's styles, injected once, on the page's own colours (style.css's variables) so the
// panel reads the same in the debrief and in the replay theatre.
const CSS = `
.odds-panel { display: flex; flex-direction: column; gap: 8px; min-height: 0; height: 100%; color: var(--ink, #f2f2f2); }
.odds-panel .odds-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.odds-panel .odds-controls input { width: 80px; font: inherit; padding: 5px 6px; background: var(--panel2, #262d39); color: inherit; border: 1px solid var(--line, #3a4350); border-radius: 6px; }
.odds-progress { position: relative; flex: 1 1 160px; min-width: 140px; height: 22px; border: 1px solid var(--line, #3a4350); border-radius: 6px; background: var(--panel2, #262d39); overflow: hidden; }
.odds-progress > span:first-child { position: absolute; inset: 0 auto 0 0; background: #0072b2; }
.odds-progress > span:last-child { position: absolute; inset: 0; text-align: center; line-height: 20px; font-size: 12px; }
.odds-panel .odds-status { font-size: 12px; color: var(--dim, #a9b2bf); }
.odds-panel .odds-status.error { color: var(--bad, #e69f00); }
.odds-panel .odds-chart { flex: 1; min-height: 0; overflow-y: auto; display: grid; gap: 14px; align-content: start; }
.odds-panel .odds-column { display: grid; grid-template-columns: repeat(auto-fill, minmax(380px, 1fr)); gap: 0 10px; align-content: start; }
.odds-panel .odds-column > .odds-colhead { grid-column: 1 / -1; }
.odds-panel .odds-colhead h3 { margin: 0; font-size: 15px; }
.odds-panel .odds-colhead p { margin: 2px 0 0; font-size: 12px; color: var(--dim, #a9b2bf); }
.odds-panel .odds-sec { background: var(--panel, #1e242e); border: 1px solid var(--line, #3a4350); border-radius: 6px; padding: 6px 9px 8px; margin-top: 8px; }
.odds-panel .odds-sec h4 { margin: 0 0 5px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--dim, #a9b2bf); }
.odds-panel .odds-row { display: grid; grid-template-columns: minmax(70px, 28%) 1fr minmax(58px, auto); align-items: center; gap: 6px; font-size: 12px; margin: 2px 0; }
.odds-panel .odds-name { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.odds-panel .odds-val { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.odds-panel .odds-stack, .odds-panel .odds-track { position: relative; display: flex; height: 13px; background: #11151b; border-radius: 3px; overflow: hidden; }
.odds-panel .odds-stack > span { height: 100%; box-sizing: border-box; }
.odds-panel .odds-stack > span.held { border: 2px solid #fff; }
.odds-panel .odds-fill { background: #7f8a99; }
.odds-panel .odds-fill.held { background: #56b4e9; }
.odds-panel .odds-track.score { overflow: visible; }
.odds-panel .odds-track.score > span { position: absolute; }
.odds-panel .odds-track.score .range { top: 6px; height: 1px; background: #c4cad3; }
.odds-panel .odds-track.score .iqr { top: 1px; height: 11px; border-radius: 2px; min-width: 2px; }
.odds-panel .odds-track.score .mean { top: -1px; width: 2px; height: 15px; background: #fff; }
.odds-panel .odds-track.score .own { top: 0; width: 9px; height: 9px; margin: 2px 0 0 -4px; background: #f0e442; transform: rotate(45deg); border: 1px solid #000; }
.odds-panel .odds-legend { display: flex; flex-wrap: wrap; gap: 4px 10px; font-size: 11px; margin-top: 4px; }
.odds-panel .odds-legend .swatch { width: 10px; height: 10px; margin-right: 3px; }
.odds-panel .odds-hist { display: flex; align-items: flex-end; gap: 3px; height: 88px; }
.odds-panel .odds-col { flex: 1; display: flex; flex-direction: column; justify-content: flex-end; align-items: stretch; height: 100%; font-size: 11px; text-align: center; }
.odds-panel .odds-colbar { background: #7f8a99; border-radius: 2px 2px 0 0; min-height: 1px; }
.odds-panel .odds-col.held .odds-colbar { background: #56b4e9; }
.odds-panel .odds-colval { color: var(--dim, #a9b2bf); }
.odds-panel .odds-collab { border-top: 1px solid var(--line, #3a4350); }
.odds-panel .odds-luck { margin: 0; padding-left: 16px; font-size: 12px; }
.odds-overlay { position: fixed; inset: 0; z-index: 40; background: var(--bg, #14181f); display: flex; flex-direction: column; padding: 10px 16px 12px; gap: 8px; }
.odds-overlay > header { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.odds-overlay > header h2 { margin: 0; font-size: 18px; flex: 1; }
.odds-overlay select { font: inherit; padding: 5px; background: var(--panel2, #262d39); color: inherit; border: 1px solid var(--line, #3a4350); border-radius: 6px; }
.odds-overlay > .odds-host { flex: 1; min-height: 0; }
.turning-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 4px 0; }
.turning-controls input { width: 64px; font: inherit; padding: 4px 6px; background: var(--panel2, #262d39); color: inherit; border: 1px solid var(--line, #3a4350); border-radius: 6px; }
.odds-panel .odds-error { color: var(--bad, #e69f00); font-size: 13px; }
`;

export function installOddsStyle(): void {
  if (document.getElementById('odds-style')) return;
  const style = document.createElement('style');
  style.id = 'odds-style';
  style.textContent = CSS;
  document.head.append(style);
}
