import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_FORM, fractionSplitSizes, jobFromForm, modelNameFor, withStart, type TrainForm } from './trainForm';

const form = (patch: Partial<TrainForm> = {}): TrainForm => ({ ...DEFAULT_TRAIN_FORM, name: 'langs', ...patch });
const plainFile = { summary: { isGmb: false }, hasActiveModel: false };

describe('jobFromForm', () => {
  it('turns the default form into a from-scratch job with a seeded 80/10/10 split', () => {
    expect(jobFromForm(form(), plainFile)).toEqual({
      job: {
        name: 'langs',
        fromActiveModel: false,
        split: { kind: 'fraction', dev: 0.1, test: 0.1, seed: 1 },
        options: { epochs: 10, patience: 3, batchTokens: 2048, learningRate: 0.002, seed: 1 },
        architecture: {
          name: 'ner-tagger.v1',
          width: 96,
          embedPieces: 3,
          encoder: { name: 'cnn', depth: 4, window: 1, pieces: 3, dilations: [1, 1, 1, 1] },
          head: 'softmax',
          dropout: 0.1,
        },
      },
    });
  });

  it('builds a BiLSTM-CRF with the chosen dropout', () => {
    const result = jobFromForm(form({ encoder: 'bilstm', head: 'crf', dropout: '0.3' }), plainFile);
    expect('job' in result && result.job.architecture).toEqual({
      name: 'ner-tagger.v1',
      width: 96,
      embedPieces: 3,
      encoder: { name: 'bilstm', layers: 1 },
      head: 'crf',
      dropout: 0.3,
    });
  });

  it('fine-tunes without an architecture only when a model is active', () => {
    const withModel = jobFromForm(form({ fromActiveModel: true }), { ...plainFile, hasActiveModel: true });
    expect('job' in withModel && withModel.job.fromActiveModel).toBe(true);
    expect('job' in withModel && withModel.job.architecture).toBeUndefined();
    const without = jobFromForm(form({ fromActiveModel: true }), plainFile);
    expect('job' in without && without.job.fromActiveModel).toBe(false);
  });

  it('uses the GMB split only for the GMB corpus', () => {
    const gmb = jobFromForm(form({ gmbSplit: true, devPercent: 'x' }), { ...plainFile, summary: { isGmb: true } });
    expect('job' in gmb && gmb.job.split).toEqual({ kind: 'gmb' });
    const other = jobFromForm(form({ gmbSplit: true }), plainFile);
    expect('job' in other && other.job.split.kind).toBe('fraction');
  });

  it('names every field that stops the job', () => {
    expect(
      jobFromForm(form({ epochs: '2.5', batchTokens: '', learningRate: '3', devPercent: '60', name: ' ' }), plainFile),
    ).toEqual({
      errors: {
        epochs: 'enter a whole number',
        batchTokens: 'enter a number',
        learningRate: 'between 0.000001 and 1',
        devPercent: 'between 0 and 50',
        name: 'give the model a name',
      },
    });
    expect(jobFromForm(form({ devPercent: '50', testPercent: '45' }), plainFile)).toEqual({
      errors: { testPercent: 'dev and test together leave too little to train on' },
    });
  });
});

describe('modelNameFor', () => {
  it('names the model after the file', () => {
    expect(modelNameFor('languages.csv')).toBe('languages-model');
    expect(modelNameFor('.csv')).toBe('my-model');
  });
});

describe('fractionSplitSizes', () => {
  it('rounds train and dev, and gives test the rest', () => {
    expect(fractionSplitSizes(60, 10, 10)).toEqual({ train: 48, dev: 6, test: 6 });
    expect(fractionSplitSizes(19, 10, 10)).toEqual({ train: 15, dev: 2, test: 2 });
    expect(fractionSplitSizes(5, 0, 0)).toEqual({ train: 5, dev: 0, test: 0 });
  });
});

describe('withStart', () => {
  it('test_withStart_fine_tuning_takes_the_fine_tune_learning_rate_and_scratch_the_default', () => {
    const fineTune = withStart(DEFAULT_TRAIN_FORM, true);
    expect(fineTune.learningRate).toBe('0.0005');
    expect(fineTune.fromActiveModel).toBe(true);
    expect(withStart(fineTune, false).learningRate).toBe('0.002');
  });

  it('test_withStart_keeps_a_learning_rate_the_person_typed', () => {
    const typed = { ...withStart(DEFAULT_TRAIN_FORM, true), learningRate: '0.001' };
    expect(withStart(typed, false).learningRate).toBe('0.001');
    expect(withStart(typed, true).learningRate).toBe('0.001');
  });
});
