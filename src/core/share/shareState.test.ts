import { describe, expect, it } from 'vitest';
import { restoreShareState, SHARE_FORMAT_VERSION, toWire, type ShareState } from './shareState';

const STATE: ShareState = {
  text: 'Maria Lopez met officials in Oslo.',
  model: { kind: 'stored', key: 'people-places' },
  hiddenLabels: ['geo'],
  view: 'graph',
  graph: { minWeight: 2, maxNodes: 500, focusedId: 'entity:per maria lopez' },
};

describe('restoreShareState', () => {
  it('restore reads back what toWire writes', () => {
    expect(SHARE_FORMAT_VERSION).toBe(2);
    expect(restoreShareState(JSON.parse(JSON.stringify(toWire(STATE))))).toEqual({ ok: true, state: STATE, migratedFrom: null });
  });

  it('restore reads a corrected document\'s annotations, and migrates v1 links without them', () => {
    const annotated: ShareState = { ...STATE, annotations: { spans: [{ start: 0, end: 11, label: 'per' }, { start: 29, end: 33, label: 'geo' }], reviewed: [0] } };
    const wire = JSON.parse(JSON.stringify(toWire(annotated)));
    expect(wire.ann).toEqual({ spans: [[0, 11, 'per'], [29, 33, 'geo']], reviewed: [0] });
    expect(restoreShareState(wire)).toEqual({ ok: true, state: annotated, migratedFrom: null });
    const v1 = { v: 1, text: STATE.text, model: STATE.model, hidden: ['geo'], view: 'graph', graph: { minWeight: 2, maxNodes: 500, focus: 'entity:per maria lopez' } };
    expect(restoreShareState(v1)).toEqual({ ok: true, state: STATE, migratedFrom: 1 });
  });

  it('restore opens a links all entities at the largest cap the graph view offers', () => {
    const wire = JSON.parse(JSON.stringify(toWire({ ...STATE, graph: { ...STATE.graph, maxNodes: null } })));
    expect(restoreShareState(wire)).toMatchObject({ ok: true, state: { graph: { maxNodes: 1000 } } });
  });

  it('restore fills defaults for missing optional fields', () => {
    expect(restoreShareState({ v: 2, text: 'Oslo.' })).toEqual({
      ok: true,
      migratedFrom: null,
      state: { text: 'Oslo.', model: { kind: 'default' }, hiddenLabels: [], view: 'analyze', graph: { minWeight: 1, maxNodes: 150, focusedId: null } },
    });
    // Default graph settings are left out of the wire form, and come back as defaults.
    expect(toWire({ ...STATE, graph: { minWeight: 1, maxNodes: 150, focusedId: null } })).not.toHaveProperty('graph');
  });

  it('restore migrates version 0 links m model no hidden labels', () => {
    // Format 0, as the first links were written: no `v`, `m` for the model's key.
    expect(restoreShareState(JSON.parse('{"text":"Maria Lopez met officials in Oslo.","m":"people-places"}'))).toEqual({
      ok: true,
      migratedFrom: 0,
      state: {
        text: 'Maria Lopez met officials in Oslo.',
        model: { kind: 'stored', key: 'people-places' },
        hiddenLabels: [],
        view: 'analyze',
        graph: { minWeight: 1, maxNodes: 150, focusedId: null },
      },
    });
    expect(restoreShareState({ text: 'Oslo.' })).toMatchObject({ ok: true, migratedFrom: 0, state: { model: { kind: 'default' } } });
    expect(restoreShareState({ text: 'Oslo.', hidden: ['geo'] })).toEqual({ ok: false, reason: 'the link (format 0) has an unknown field "hidden"' });
    expect(restoreShareState({ text: 'Oslo.', m: 3 })).toEqual({ ok: false, reason: 'its model name (m) must be text, not 3' });
  });

  it('restore rejects wrong types with a reason', () => {
    const cases: [unknown, string][] = [
      [null, 'the link content must be an object, not null'],
      ['text', 'the link content must be an object, not "text"'],
      [[1], 'the link content must be an object, not a list'],
      [{ v: 1 }, 'it has no text'],
      [{ v: 1, text: 5 }, 'its text must be a string, not 5'],
      [{ v: 3, text: '' }, 'it was made by a newer NER Studio (link format 3; this version reads up to 2): reload the page to update the app'],
      [{ v: 1, text: 'Oslo.', ann: { spans: [], reviewed: [] } }, 'the link has an unknown field "ann"'],
      [{ v: 2, text: 'Oslo.', ann: { spans: [[0, 9, 'geo']], reviewed: [] } }, 'its annotated span 1 lies outside the text'],
      [{ v: 2, text: 'Oslo. Rome.', ann: { spans: [[0, 4, 'geo'], [2, 10, 'geo']], reviewed: [] } }, 'its annotated span 2 overlaps the one before it'],
      [{ v: 2, text: 'Oslo.', ann: { spans: [[0, 4, 'a place']], reviewed: [] } }, 'its annotated span 1 needs a label of one short word'],
      [{ v: 2, text: 'Oslo.', ann: { spans: [], reviewed: [1, 1] } }, 'its reviewed sentences must be ascending whole numbers'],
      [{ v: 2, text: 'Oslo.', ann: { spans: [], reviewed: [], extra: 1 } }, 'its annotations have an unknown field "extra"'],
      [{ v: -1, text: '' }, 'its format version must be a whole number, not -1'],
      [{ v: 1, text: '', model: 'default' }, 'its model must be an object, not "default"'],
      [{ v: 1, text: '', model: { kind: 'stored', key: '' } }, 'its model name must be non-empty text, not ""'],
      [{ v: 1, text: '', model: { kind: 'stored', key: 'a\u0000b' } }, 'its model name holds control characters'],
      [{ v: 1, text: '', model: { kind: 'stored', key: 'invoice\u202Efdp.exe' } }, 'its model name holds control characters'],
      [{ v: 1, text: '', hidden: ['geo', 'two words'] }, 'its hidden labels must be short words, not "two words"'],
      [{ v: 1, text: '', hidden: [{}] }, 'its hidden labels must be short words, not a value of type object'],
      [{ v: 1, text: '', view: 7 }, 'its view must be text, not 7'],
      [{ v: 1, text: '', graph: { minWeight: -2 } }, "its graph's minimum link weight must be a whole number from 1, not -2"],
      [{ v: 1, text: '', graph: { maxNodes: 0 } }, "its graph's node limit must be a whole number from 1 to 1000 or null, not 0"],
      [{ v: 1, text: '', graph: { maxNodes: 1_000_000 } }, "its graph's node limit must be a whole number from 1 to 1000 or null, not 1000000"],
      [{ v: 1, text: '', graph: { focus: 'javascript:alert(1)' } }, 'its graph\'s focused node must be an entity or hub id, not "javascript:alert(1)"'],
      [{ v: 1, text: '', extra: true }, 'the link has an unknown field "extra"'],
    ];
    for (const [input, reason] of cases) expect(restoreShareState(input), JSON.stringify(input)).toEqual({ ok: false, reason });
  });

  it('restore refuses prototype pollution keys and pollutes nothing', () => {
    for (const json of ['{"v":1,"text":"x","__proto__":{"polluted":1}}', '{"v":1,"text":"x","model":{"kind":"default","__proto__":{"polluted":1}}}', '{"v":1,"text":"x","constructor":{"prototype":{"polluted":1}}}']) {
      expect(restoreShareState(JSON.parse(json))).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown field "(__proto__|constructor)"/) });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Inherited fields are not the record's: an object whose prototype has `text` has no text.
    expect(restoreShareState(Object.create({ v: 1, text: 'inherited' }))).toEqual({ ok: false, reason: 'it has no text' });
  });

  it('restore keeps unknown views harmless and dedupes labels', () => {
    expect(restoreShareState({ v: 1, text: '', view: 'settings', hidden: ['geo', 'geo', 'per'] })).toMatchObject({ ok: true, state: { view: 'analyze', hiddenLabels: ['geo', 'per'] } });
  });
});
