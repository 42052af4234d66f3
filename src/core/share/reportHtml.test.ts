// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Entity, Mention, SuggestedTag } from '../analysis';
import { paragraphRanges } from '../text';
import { escapeHtml, reportHtml, reportTitle, type ReportInput } from './reportHtml';

const LOOK = { labelName: (label: string) => ({ per: 'Person', geo: 'Location' })[label] ?? label, labelColor: (label: string) => (label === 'per' ? '#aa9cfc' : label === 'evil' ? 'red;background:url(x)' : '#ff9561') };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function input(text: string, mentions: Mention[], extra: Partial<ReportInput> = {}): ReportInput {
  const entities: Entity[] = mentions.map((mention) => ({ key: `${mention.label} ${mention.text.toLowerCase()}`, label: mention.label, text: mention.text, count: 1, firstStart: mention.start, mentions: [mention] }));
  const tags: SuggestedTag[] = entities.map((entity) => ({ text: entity.text, label: entity.label, score: 1, key: entity.key }));
  const analysis = { document: { text }, mentions, entities, tags, paragraphs: paragraphRanges(text) };
  return { analysis, hiddenLabels: [], modelName: 'default', createdAt: '2025-01-02 10:00', graphPng: PNG, look: LOOK, ...extra };
}

function mention(text: string, needle: string, label: string): Mention {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, label, text: needle, sentence: 0, confidence: 0.9 };
}

describe('reportHtml', () => {
  it('escapeHtml makes markup inert', () => {
    expect(escapeHtml(`<script>alert("x")</script> & <img src=x onerror='y'>`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=&#39;y&#39;&gt;');
  });

  it('report holds text highlights table tags and graph', () => {
    const text = 'Maria Lopez met officials in Oslo.\n\nThey spoke.';
    const html = reportHtml(input(text, [mention(text, 'Maria Lopez', 'per'), mention(text, 'Oslo', 'geo')]));
    expect(html).toContain('<mark style="background:#aa9cfc" title="Person · confidence 90%">Maria Lopez<small>per</small></mark> met officials in <mark style="background:#ff9561"');
    expect(html).toContain('<p>They spoke.</p>');
    expect(html).toContain('<ul class="tags"><li style="border-color:#aa9cfc" title="Person">Maria Lopez</li>');
    expect(html).toContain('<tr><td>Oslo</td><td><span class="swatch" style="background:#ff9561"></span>Location</td><td class="n">1</td><td class="n">29</td></tr>');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgoBAgM="');
    expect(html).not.toMatch(/<script/i);
  });

  it('report user strings come out inert', () => {
    const hostile = `<script>window.__pwned=1</script> "quoted" & <img src=x onerror=alert(1)> Oslo`;
    const html = reportHtml(
      input(hostile, [{ ...mention(hostile, 'Oslo', '"><script>x</script>'), text: 'Oslo' }], { modelName: '<b onmouseover="x">m</b>', look: { ...LOOK, labelColor: () => 'red" onload="x' } }),
    );
    // Parsed as a browser would: no script, no event-handler attribute, one image (the graph) and no <b>.
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelectorAll('script, b, iframe, object')).toHaveLength(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
    expect([...document.querySelectorAll('img')].map((img) => img.getAttribute('src')?.slice(0, 22))).toEqual(['data:image/png;base64,']);
    expect(document.querySelector('.text')?.textContent).toBe(`${hostile}"><script>x</script>`);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt; &quot;quoted&quot; &amp; &lt;img src=x onerror=alert(1)&gt; ');
    // A colour that is not a plain hex colour never reaches a style attribute.
    expect(html).toContain('style="background:#dddddd"');
  });

  it('report forbids script and network by its own policy', () => {
    const html = reportHtml(input('Oslo.', []));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:;`);
    expect(html).toContain('The model found no entities in this text.');
    expect(html).not.toContain('Entity graph');
  });

  it('report leaves hidden labels unhighlighted and refuses a non PNG image', () => {
    const text = 'Maria Lopez met officials in Oslo.';
    const html = reportHtml(input(text, [mention(text, 'Maria Lopez', 'per'), mention(text, 'Oslo', 'geo')], { hiddenLabels: ['geo'], graphPng: new TextEncoder().encode('<svg onload=x>') }));
    expect(html).toContain('<small>per</small></mark> met officials in Oslo.</p>');
    expect(html).toContain('not highlighted: Location');
    expect(html).toContain('The graph could not be drawn for this report.');
    expect(html).not.toContain('data:image');
  });

  it('reportTitle is the first line shortened', () => {
    expect(reportTitle('  European Leaders Meet\n\nBody')).toBe('European Leaders Meet');
    expect(reportTitle('')).toBe('Untitled text');
    expect(reportTitle('x'.repeat(200))).toHaveLength(90);
  });
});
