import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const trainModel = vi.fn();
const evaluateModel = vi.fn();
const loadModelFromDirectory = vi.fn();
const saveModelToDirectory = vi.fn();
vi.mock('../model', async (importOriginal) => ({ ...(await importOriginal<object>()), trainModel, evaluateModel }));
vi.mock('../model/node', async (importOriginal) => ({ ...(await importOriginal<object>()), loadModelFromDirectory, saveModelToDirectory }));

describe('the default recipe module', () => {
  it('trains, loads and writes nothing when it is imported', async () => {
    const stages = await import('./defaultStages');
    const recipe = await import('./defaultRecipe');
    expect(typeof stages.gmbStage).toBe('function');
    expect(recipe.DEFAULT_RECIPE.seed).toBe(1);
    expect(trainModel).not.toHaveBeenCalled();
    expect(evaluateModel).not.toHaveBeenCalled();
    expect(loadModelFromDirectory).not.toHaveBeenCalled();
    expect(saveModelToDirectory).not.toHaveBeenCalled();
  });

  it('lists the stages the model card describes, in order', async () => {
    const { RECIPE_STAGES } = await import('./defaultStages');
    expect(RECIPE_STAGES.map((s) => s.stage)).toEqual([1, 2, 3, 4]);
    const card = readFileSync(new URL('../../MODEL_CARD.md', import.meta.url), 'utf8');
    for (const stage of [1, 2, 3]) expect(card).toContain(`**Stage ${stage}**`);
    expect(card).toContain('`npm run train:default -- --v2`, stage 4');
  });
});
