import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The layer rules' messages when `code` is linted as the file at `filePath` under the repository's eslint.config.js. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId?.startsWith('layers/')).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layer rules of eslint.config.js', () => {
  it('fail on an upward import: src/core importing the UI', async () => {
    expect(await layerErrors('src/core/tags/upward.ts', "import '../../ui/App';\n")).toEqual([
      'layers/imports-point-down: src/core may import nothing outside itself, not src/ui: imports point down.',
    ]);
  });

  it('fail on the model layer importing a store and on a store importing the UI', async () => {
    expect(await layerErrors('src/model/upward.ts', "export { useEngineStore } from '../store/engineStore';\n")).toEqual([
      'layers/imports-point-down: src/model may import src/core, not src/store: imports point down.',
    ]);
    expect(await layerErrors('src/store/upward.ts', "export { App } from '../ui/App';\n")).toEqual([
      'layers/imports-point-down: src/store may import src/core, src/model, src/engine, not src/ui: imports point down.',
    ]);
  });

  it('let the UI take the engine\'s contract but not the engine itself', async () => {
    expect(await layerErrors('src/ui/contract.ts', "export type { TrainOutcome } from '../engine/api';\n")).toEqual([]);
    expect(await layerErrors('src/ui/engine.ts', "export { createEngine } from '../engine/engine';\n")).toEqual([
      'layers/imports-point-down: src/ui may import src/core, src/model, src/engine/api, src/store, not src/engine: imports point down.',
    ]);
  });

  it('pass the same file importing a lower layer through its index', async () => {
    expect(await layerErrors('src/store/downward.ts', "export { analyzeDocument } from '../core/analysis';\n")).toEqual([]);
  });

  it('fail on an import that reaches past a package index', async () => {
    expect(await layerErrors('src/store/deep.ts', "export { analyzeDocument } from '../core/analysis/analyzeDocument';\n")).toEqual([
      'layers/through-index: import src/core/analysis through its index, not src/core/analysis/analyzeDocument.',
    ]);
  });

  it('let the page take only types from src/model, whose index pulls in tfjs', async () => {
    const [value] = await eslint.lintText("export { trainModel } from '../model';\n", { filePath: 'src/store/values.ts' });
    expect(value.messages.map((message) => message.ruleId)).toEqual(['@typescript-eslint/no-restricted-imports']);
    const [types] = await eslint.lintText("export type { TrainProgress } from '../model';\n", { filePath: 'src/store/types.ts' });
    expect(types.messages).toEqual([]);
  });

  it('let only test files read the fixtures under tests/', async () => {
    const fixture = "export { tinyNer } from '../../tests/fixtures/model/tinyNer';\n";
    expect(await layerErrors('src/model/tiny.test.ts', fixture)).toEqual([]);
    expect(await layerErrors('src/model/tiny.ts', fixture)).toEqual([
      'layers/imports-point-down: src/model may import src/core, not tests/fixtures/model/tinyNer: imports point down.',
    ]);
  });
});
