import type { FormEvent } from 'react';
import type { DatasetSummary } from '../../engine/api';
import { GMB_SPLIT_RANGES } from '../../core/datasets';
import { useModelsStore } from '../../store/modelsStore';
import { fractionSplitSizes, type EncoderChoice, type HeadChoice, type TrainForm } from '../../store/trainForm';
import { isBusy } from '../../store/trainRun';
import { useTrainStore } from '../../store/trainStore';
import { count } from './format';
import { FormField } from './FormField';

/** Step 4: what to train and how; every setting has a default that works and says what it does. */
export function TrainConfigForm({ summary }: { summary: DatasetSummary }) {
  const form = useTrainStore((state) => state.form);
  const errors = useTrainStore((state) => state.formErrors);
  const busy = useTrainStore((state) => isBusy(state.run.status));
  const updateForm = useTrainStore((state) => state.updateForm);
  const startTraining = useTrainStore((state) => state.startTraining);
  const active = useModelsStore((state) => state.active);
  const fineTune = form.fromActiveModel && active !== null;
  const newLabels = active ? Object.keys(summary.stats.labels).filter((label) => !active.labels.includes(label)) : [];

  function field(key: keyof TrainForm & keyof typeof errors) {
    return { value: String(form[key]), error: errors[key], disabled: busy, onChange: (value: string) => updateForm({ [key]: value }) };
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void startTraining();
  }

  return (
    <form className="train-step" aria-labelledby="configure-heading" onSubmit={onSubmit} data-testid="train-config">
      <h3 id="configure-heading">4. Configure</h3>
      <fieldset className="choice" disabled={busy}>
        <legend>Start from</legend>
        <label className="choice__option">
          <input type="radio" name="start" checked={fineTune} disabled={!active} onChange={() => updateForm({ fromActiveModel: true })} />
          <span>
            The active model{active && <> <strong>{active.name}</strong></>} (fine-tune)
            <span className="field__hint">
              {active
                ? `Keeps what it knows (${active.labels.join(', ')}) and its architecture${newLabels.length > 0 ? `; its output layer grows for the new labels ${newLabels.join(', ')}` : ''}. Labels this data lacks are taught from the model's own predictions, and a lower learning rate (0.0005) keeps the rest.`
                : 'No model is active: load one in Models to fine-tune it.'}
            </span>
          </span>
        </label>
        <label className="choice__option">
          <input type="radio" name="start" checked={!fineTune} onChange={() => updateForm({ fromActiveModel: false })} />
          <span>
            Scratch (a new model)
            <span className="field__hint">Learns only this dataset&apos;s labels, with the architecture below.</span>
          </span>
        </label>
      </fieldset>

      <fieldset className="choice" disabled={busy || fineTune}>
        <legend>Architecture {fineTune && <span className="muted">(fine-tuning keeps the active model&apos;s)</span>}</legend>
        <div className="field">
          <label htmlFor="encoder" className="field__label">Encoder</label>
          <select id="encoder" className="field__input" value={form.encoder} onChange={(event) => updateForm({ encoder: event.target.value as EncoderChoice })}>
            <option value="cnn">CNN (window convolutions)</option>
            <option value="bilstm">BiLSTM</option>
          </select>
          <span className="field__hint">The CNN is the default and the fastest to train; a BiLSTM reads the whole sentence but trains slower.</span>
        </div>
        <div className="field">
          <label htmlFor="head" className="field__label">Output</label>
          <select id="head" className="field__input" value={form.head} onChange={(event) => updateForm({ head: event.target.value as HeadChoice })}>
            <option value="softmax">Softmax</option>
            <option value="crf">CRF</option>
          </select>
          <span className="field__hint">Softmax tags each token on its own; a CRF scores whole tag sequences (often a little better on boundaries, slower).</span>
        </div>
        <FormField label="Dropout" hint="Share of activations zeroed while training, against over-fitting (0–0.9)." {...field('dropout')} disabled={busy || fineTune} />
      </fieldset>

      <fieldset className="choice" disabled={busy}>
        <legend>Training</legend>
        <FormField label="Epochs" hint="Passes over the training split at most; early stopping may end sooner." inputMode="numeric" testId="epochs" {...field('epochs')} />
        <FormField label="Patience" hint="Epochs without a better dev F1 before training stops early (the best epoch is kept)." inputMode="numeric" {...field('patience')} />
        <FormField label="Batch size (tokens)" hint="Padded tokens per step: smaller batches make more, noisier steps and use less memory." inputMode="numeric" testId="batch-tokens" {...field('batchTokens')} />
        <FormField label="Learning rate" hint="Adam's step size after a short warm-up: 0.002 for a new model, 0.0005 when fine-tuning (set for you)." {...field('learningRate')} />
      </fieldset>

      <fieldset className="choice" disabled={busy}>
        <legend>Train / dev / test split</legend>
        {summary.isGmb && (
          <label className="choice__option">
            <input type="checkbox" checked={form.gmbSplit} onChange={(event) => updateForm({ gmbSplit: event.target.checked })} />
            <span>
              The GMB corpus&apos;s standard split
              <span className="field__hint">
                By sentence number: train {GMB_SPLIT_RANGES.train.join('–')}, dev {GMB_SPLIT_RANGES.dev.join('–')}, test {GMB_SPLIT_RANGES.test.join('–')}; figures stay comparable with other GMB results.
              </span>
            </span>
          </label>
        )}
        {!(summary.isGmb && form.gmbSplit) && (
          <>
            <FormField label="Dev %" hint="Held out to choose the best epoch and stop early." {...field('devPercent')} />
            <FormField label="Test %" hint="Held out for the final report only; never used while training." {...field('testPercent')} />
            <FormField label="Seed" hint="The same seed gives the same split and the same training run." inputMode="numeric" {...field('seed')} />
            <SplitPreview summary={summary} form={form} />
          </>
        )}
      </fieldset>

      <div className="train-start">
        <FormField label="Model name" hint="What the model is called in Models once saved." inputMode="text" testId="model-name" {...field('name')} />
        <button type="submit" className="button" disabled={busy}>
          {fineTune ? 'Fine-tune' : 'Train'}
        </button>
      </div>
    </form>
  );
}

function SplitPreview({ summary, form }: { summary: DatasetSummary; form: TrainForm }) {
  const dev = Number(form.devPercent);
  const test = Number(form.testPercent);
  if (!Number.isFinite(dev) || !Number.isFinite(test) || dev + test > 100 || dev < 0 || test < 0) return null;
  const sizes = fractionSplitSizes(summary.validSentences, dev, test);
  return (
    <p className="muted" data-testid="split-preview">
      Train {count(sizes.train)} · dev {count(sizes.dev)} · test {count(sizes.test)} sentences
      {sizes.test === 0 && ' — with no test sentences there will be no held-out report'}.
    </p>
  );
}
