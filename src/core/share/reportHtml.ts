/**
 * The standalone report: one HTML file holding the highlighted text, the entity table, the
 * suggested tags and the graph as an embedded PNG. It needs no network and holds no script; its
 * own Content-Security-Policy forbids scripts anyway, so even a mistake in escaping stays inert.
 * Every string that comes from the user or the model passes through `escapeHtml`.
 */
import type { Entity, Mention, SuggestedTag } from '../analysis';
import { bytesToBase64 } from './base64url';

export interface ReportLook {
  labelName: (label: string) => string;
  labelColor: (label: string) => string;
}

/** What the report reads of a document's analysis (core/analysis's `analyzeDocument`). */
export interface ReportAnalysis {
  document: { text: string };
  /** Sorted and non-overlapping, as the analysis gives them. */
  mentions: readonly Mention[];
  entities: readonly Entity[];
  tags: readonly SuggestedTag[];
  paragraphs: readonly { start: number; end: number }[];
}

export interface ReportInput {
  analysis: ReportAnalysis;
  /** Labels the sender had hidden: their mentions are not highlighted (as on screen). */
  hiddenLabels: readonly string[];
  modelName: string;
  /** When the report was made, shown as it is (the caller formats it). */
  createdAt: string;
  /** The entity graph as PNG bytes, or null when there is none to show. */
  graphPng: Uint8Array | null;
  look: ReportLook;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** A CSS colour the report may put in a style attribute; anything else becomes a neutral grey. */
function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : '#dddddd';
}

// The report's own policy: no script, no network; only its inline styles and its embedded image.
const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;max-width:72rem;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid #e3e3e8;padding-bottom:.3rem}
.meta{color:#6e6e73;margin:0}
.text p{margin:0 0 1em;white-space:pre-wrap}
mark{padding:.1em .3em;border-radius:.3em;color:inherit}
mark small{font-size:.65em;font-weight:700;text-transform:uppercase;margin-left:.35em;opacity:.75}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ececf0}td.n{text-align:right}
.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}.tags li{border:2px solid;border-radius:1rem;padding:.1rem .7rem}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:.2em;margin-right:.4em;vertical-align:-.05em}
figure{margin:0}figure img{max-width:100%;height:auto;border:1px solid #e3e3e8}
`;

/** The report as one HTML document (a string to save as a `.html` file). */
export function reportHtml(input: ReportInput): string {
  const { look } = input;
  const { document, mentions, entities, tags, paragraphs } = input.analysis;
  const hidden = new Set(input.hiddenLabels);
  const title = reportTitle(document.text);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="NER Studio">',
    `<title>${escapeHtml(title)} — NER Studio report</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">Entities found by NER Studio with the model ${escapeHtml(input.modelName)} · ${escapeHtml(input.createdAt)} · ` +
      `${entities.length} ${entities.length === 1 ? 'entity' : 'entities'}, ${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}` +
      (hidden.size > 0 ? ` · not highlighted: ${escapeHtml([...hidden].map(look.labelName).join(', '))}` : '') +
      '</p>',
    tagsSection(tags, look),
    '<h2>Text</h2>',
    `<div class="text">${highlightedText(document.text, paragraphs, mentions, hidden, look)}</div>`,
    entitySection(entities, look),
    graphSection(input.graphPng, entities.length),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The first line of the text, shortened: what a person would call the document. */
export function reportTitle(text: string): string {
  const first = text.trim().split('\n', 1)[0].trim();
  if (first === '') return 'Untitled text';
  return first.length > 90 ? `${first.slice(0, 89)}…` : first;
}

function tagsSection(tags: readonly SuggestedTag[], look: ReportLook): string {
  if (tags.length === 0) return '';
  const items = tags.map((tag) => `<li style="border-color:${safeColor(look.labelColor(tag.label))}" title="${escapeHtml(look.labelName(tag.label))}">${escapeHtml(tag.text)}</li>`);
  return `<h2>Suggested tags</h2>\n<ul class="tags">${items.join('')}</ul>`;
}

function highlightedText(text: string, paragraphs: readonly { start: number; end: number }[], mentions: readonly Mention[], hidden: ReadonlySet<string>, look: ReportLook): string {
  const shown = mentions.filter((mention) => !hidden.has(mention.label));
  return paragraphs
    .map(({ start, end }) => `<p>${highlightRange(text, shown, start, end, look)}</p>`)
    .join('\n');
}

/** `[from, to)` of the text with its mentions marked; mentions outside are skipped, overlapping ones dropped. */
function highlightRange(text: string, mentions: readonly Mention[], from: number, to: number, look: ReportLook): string {
  const out: string[] = [];
  let cursor = from;
  for (const mention of mentions) {
    const start = Math.max(mention.start, from);
    const end = Math.min(mention.end, to);
    if (end <= start || start < cursor) continue;
    out.push(escapeHtml(text.slice(cursor, start)));
    const name = look.labelName(mention.label);
    out.push(
      `<mark style="background:${safeColor(look.labelColor(mention.label))}" title="${escapeHtml(`${name} · confidence ${Math.round(mention.confidence * 100)}%`)}">` +
        `${escapeHtml(text.slice(start, end))}<small>${escapeHtml(mention.label)}</small></mark>`,
    );
    cursor = end;
  }
  out.push(escapeHtml(text.slice(cursor, to)));
  return out.join('');
}

function entitySection(entities: readonly Entity[], look: ReportLook): string {
  if (entities.length === 0) return '<h2>Entities</h2>\n<p>The model found no entities in this text.</p>';
  const rows = [...entities]
    .sort((a, b) => b.count - a.count || a.firstStart - b.firstStart)
    .map(
      (entity) =>
        `<tr><td>${escapeHtml(entity.text)}</td><td><span class="swatch" style="background:${safeColor(look.labelColor(entity.label))}"></span>${escapeHtml(look.labelName(entity.label))}</td>` +
        `<td class="n">${entity.count}</td><td class="n">${entity.firstStart}</td></tr>`,
    );
  return [
    `<h2>Entities <small>(${entities.length} unique)</small></h2>`,
    '<table><thead><tr><th>Entity</th><th>Label</th><th>Count</th><th>First at (character)</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}

function graphSection(png: Uint8Array | null, entityCount: number): string {
  if (entityCount === 0) return '';
  if (png === null || !isPng(png)) return '<h2>Entity graph</h2>\n<p>The graph could not be drawn for this report.</p>';
  return [
    '<h2>Entity graph</h2>',
    `<figure><img src="data:image/png;base64,${bytesToBase64(png)}" alt="Graph of the text's entities around their categories, linked where they share sentences"></figure>`,
  ].join('\n');
}
