// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';

const MEDIUM_ARTICLE = `
<article>
  <header><h1 id="a1">Training NER in the Browser</h1>
  <h2>A practical guide&nbsp;with TensorFlow.js</h2></header>
  <p>Named entity recognition finds <strong>people</strong>, <em>places</em> and
     <a href="https://example.com/orgs">organizations</a> in text. We call
     <code>model.predict()</code> on each batch.</p>
  <ul>
    <li>Tokenize the text</li>
    <li>Tag each <b>token</b></li>
  </ul>
  <pre><code>import numpy as np
model.fit(X_train, y_train)
    print("done")</code></pre>
  <figure><img src="https://cdn.example.com/chart.png" alt="A chart">
    <figcaption>Figure 1: F1 per epoch.</figcaption></figure>
  <p>Thanks for reading!<br>— The Team</p>
</article>`;

describe('htmlToText', () => {
  it('turns a medium article into paragraphs', () => {
    expect(htmlToText(MEDIUM_ARTICLE)).toBe(
      [
        'Training NER in the Browser',
        'A practical guide with TensorFlow.js',
        'Named entity recognition finds people, places and organizations in text. We call `model.predict()` on each batch.',
        'Tokenize the text',
        'Tag each token',
        '```\nimport numpy as np\nmodel.fit(X_train, y_train)\n    print("done")\n```',
        'Figure 1: F1 per epoch.',
        'Thanks for reading!\n— The Team',
      ].join('\n\n'),
    );
  });

  it('collapses inline whitespace across elements', () => {
    expect(htmlToText('<p>  Hello <b> big </b>\n\t world  </p>')).toBe('Hello big world');
    expect(htmlToText('<span>a</span><span>b</span> <i>c</i>')).toBe('ab c');
  });

  it('br is a newline and blocks a blank line', () => {
    expect(htmlToText('one<br>two<br><br>three<div>four</div>five')).toBe('one\ntwo\n\nthree\n\nfour\n\nfive');
  });

  it('never emits three newlines', () => {
    expect(htmlToText('<p>a</p><br><br><br><p></p><div><div><p>b</p></div></div><hr><p>c<br></p><p>d</p>')).toBe(
      'a\n\nb\n\nc\n\nd',
    );
  });

  it('nbsp becomes a space', () => {
    expect(htmlToText('<p>10&nbsp;km&nbsp;away</p>')).toBe('10 km away');
  });

  it('pre keeps spacing', () => {
    expect(htmlToText('<p>Code:</p><pre>  a  =  1\n\n  b = 2</pre>')).toBe('Code:\n\n```\n  a  =  1\n\n  b = 2\n```');
  });

  it('blockquote headings and nested lists', () => {
    expect(htmlToText('<h3>Quote</h3><blockquote><p>To be.</p></blockquote><ol><li>x<ul><li>y</li></ul></li></ol>')).toBe(
      'Quote\n\nTo be.\n\nx\n\ny',
    );
  });

  it('table rows are blocks and cells tab separated', () => {
    expect(htmlToText('<table><tr><th>Name</th><th>City</th></tr><tr><td>Ada</td><td>London</td></tr></table>')).toBe(
      'Name\tCity\n\nAda\tLondon',
    );
  });

  it('drops invisible and active content', () => {
    const html =
      '<html><head><title>T</title><style>p{color:red}</style></head><body>' +
      '<noscript>enable js</noscript><template><p>tpl</p></template><svg><text>svg text</text></svg>' +
      '<iframe src="https://example.com"></iframe><object data="x.swf">obj</object><p>kept</p></body></html>';
    expect(htmlToText(html)).toBe('kept');
  });

  it('runs nothing from hostile input', async () => {
    const flags = globalThis as unknown as { __pwned?: boolean };
    delete flags.__pwned;
    const html =
      '<p>Hello</p><script>globalThis.__pwned = true; alert(1)</script>' +
      '<img src=x onerror="globalThis.__pwned = true">' +
      '<svg onload="globalThis.__pwned = true"></svg>' +
      '<iframe srcdoc="<script>parent.__pwned = true</script>"></iframe>' +
      '<a href="javascript:globalThis.__pwned=true">link</a>';
    const text = htmlToText(html);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(flags.__pwned).toBeUndefined();
    expect(text).toBe('Hello\n\nlink');
    expect(text).not.toMatch(/alert|pwned|script/);
  });

  it('plain text and empty input', () => {
    expect(htmlToText('just text')).toBe('just text');
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p> </p><div>\n</div>')).toBe('');
  });

  it('survives nesting deeper than the call stack', () => {
    // jsdom itself recurses on deep trees, so this uses stand-in nodes with just the fields read.
    interface FakeNode {
      nodeType: number;
      localName?: string;
      nodeValue?: string;
      childNodes: FakeNode[];
    }
    let node: FakeNode = { nodeType: 3, nodeValue: 'deep', childNodes: [] };
    for (let d = 0; d < 200_000; d++) node = { nodeType: 1, localName: d % 2 ? 'span' : 'div', childNodes: [node] };
    const doc = { body: { nodeType: 1, localName: 'body', childNodes: [node] } } as unknown as Document;
    expect(htmlToText('', () => doc)).toBe('deep');
  });

  it('accepts a custom parser', () => {
    const parse = (html: string): Document => new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
    expect(htmlToText('wrapped', parse)).toBe('wrapped');
  });
});
