/** The report's only stylesheet, inlined in the page: system fonts, nothing fetched. */
export const REPORT_CSS = `
:root { --ink: #222; --muted: #5b5b5b; --rule: #d9d9d9; --accent: #0072B2; --soft: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 860px; margin: 0 auto; padding: 32px 24px 64px; }
header.title { border-bottom: 3px solid var(--accent); margin-bottom: 24px; padding-bottom: 12px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 6px; }
.subtitle { color: var(--muted); margin: 0; }
h2 { font-size: 22px; margin: 48px 0 12px; padding-top: 8px; border-top: 1px solid var(--rule); }
h3 { font-size: 16px; margin: 36px 0 8px; line-height: 1.35; }
h3 .num { color: var(--accent); font-weight: 700; }
h4 { font-size: 14px; margin: 10px 0 4px; }
a { color: var(--accent); }
.summary { background: var(--soft); padding: 16px 20px; border-radius: 6px; }
.summary h2 { border-top: none; margin-top: 0; padding-top: 0; }
.summary dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
nav.toc ol { padding-left: 20px; }
nav.toc li { margin: 2px 0; }
nav.toc ol ol { font-size: 13px; list-style: none; padding-left: 8px; margin: 2px 0 10px; }
figure.chart { margin: 8px 0; }
svg.chart { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
th.n, td.n { text-align: right; white-space: nowrap; }
tr.supp td { color: var(--muted); }
td.supp { font-style: italic; }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 12px; padding-top: 4px; }
details summary { cursor: pointer; color: var(--accent); font-size: 14px; margin: 4px 0; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0; }
.choices { border-left: 3px solid #E69F00; padding: 2px 12px; margin: 8px 0; font-size: 13px; background: #fffaf0; }
.choices ul { margin: 4px 0; padding-left: 18px; }
.within-no { color: #b00020; font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
@media print { details { display: block; } details > summary { display: none; } h2 { break-before: page; } section.exhibit { break-inside: avoid; } }
`;
