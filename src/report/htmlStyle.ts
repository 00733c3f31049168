// The HTML report's stylesheet, inlined into the page: local system fonts only (with the
// common CJK faces named), so the page renders the same offline as online.
export const HTML_STYLE = `
:root { --fg: #222; --muted: #666; --line: #e2e2e2; --serious: #e45756; --especially: #9d2235; --ok: #2e7d32; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1000px; padding: 24px; color: var(--fg); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.muted, .hint { color: var(--muted); }
.hint { font-size: 12px; margin: 0 0 8px; }
.verdict { display: flex; flex-wrap: wrap; gap: 16px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; min-width: 170px; max-width: 330px; }
.card .big { font-size: 24px; font-weight: 600; }
.level-none .big { color: var(--ok); }
.level-serious .big { color: var(--serious); }
.level-top .big { color: var(--especially); }
ul.reasons { margin: 4px 0 0; padding-left: 20px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; background: #f6f6f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.path { word-break: break-all; }
tr.reached td { background: #fdecea; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0; font-family: inherit; }
.empty { padding: 16px; border: 1px dashed var(--line); border-radius: 6px; color: var(--muted); }
footer { margin-top: 32px; font-size: 12px; color: var(--muted); }
`;
