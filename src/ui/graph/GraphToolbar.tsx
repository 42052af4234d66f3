import type { ChangeEvent } from 'react';
import { GRAPH_NODE_CHOICES as MAX_NODE_CHOICES } from '../../core/analysis';
import { labelColor, labelName } from '../labels';

interface Props {
  labels: readonly { label: string; count: number }[];
  hiddenLabels: ReadonlySet<string>;
  onToggleLabel: (label: string) => void;
  minWeight: number;
  /** The heaviest co-occurrence in the graph: the slider's top. */
  maxWeight: number;
  onMinWeight: (minWeight: number) => void;
  maxNodes: number;
  onMaxNodes: (maxNodes: number) => void;
  onFit: () => void;
  onExportPng: () => void;
  onExportJson: () => void;
  /** No nodes: nothing to fit or export. */
  empty: boolean;
}

/** Filters (labels, minimum shared sentences, maximum entities) and the fit and export actions. */
export function GraphToolbar(props: Props) {
  const { labels, hiddenLabels, onToggleLabel, minWeight, maxWeight, onMinWeight, maxNodes, onMaxNodes } = props;

  function onMaxNodesChange(event: ChangeEvent<HTMLSelectElement>) {
    onMaxNodes(event.target.value === 'all' ? Number.POSITIVE_INFINITY : Number(event.target.value));
  }

  return (
    <div className="graph-toolbar">
      <fieldset className="graph-toolbar__labels">
        <legend>Labels</legend>
        {labels.map(({ label, count }) => (
          <label key={label} className="graph-toolbar__label">
            <input type="checkbox" checked={!hiddenLabels.has(label)} onChange={() => onToggleLabel(label)} />
            <span className="graph-swatch" style={{ background: labelColor(label) }} aria-hidden="true" />
            {labelName(label)} <span className="graph-toolbar__count">{count}</span>
          </label>
        ))}
      </fieldset>
      <div className="graph-toolbar__field">
        <label htmlFor="graph-min-weight">Links shared by at least</label>
        <input
          id="graph-min-weight"
          type="range"
          min={1}
          max={Math.max(maxWeight, minWeight)}
          step={1}
          value={minWeight}
          onChange={(event) => onMinWeight(Number(event.target.value))}
          aria-valuetext={`${minWeight} ${minWeight === 1 ? 'sentence' : 'sentences'}`}
        />
        <output htmlFor="graph-min-weight">
          {minWeight} {minWeight === 1 ? 'sentence' : 'sentences'}
        </output>
      </div>
      <div className="graph-toolbar__field">
        <label htmlFor="graph-max-nodes">Show at most</label>
        <select id="graph-max-nodes" value={Number.isFinite(maxNodes) ? String(maxNodes) : 'all'} onChange={onMaxNodesChange}>
          {withCurrent(maxNodes).map((n) => (
            <option key={n} value={n}>
              {n} entities
            </option>
          ))}
          <option value="all">all entities</option>
        </select>
      </div>
      <div className="graph-toolbar__actions">
        <button type="button" onClick={props.onFit} disabled={props.empty}>
          Fit
        </button>
        <button type="button" onClick={props.onExportPng} disabled={props.empty}>
          Export PNG
        </button>
        <button type="button" onClick={props.onExportJson} disabled={props.empty}>
          Export JSON
        </button>
      </div>
    </div>
  );
}

/** The choices, plus the current cap when it is not one of them. */
function withCurrent(maxNodes: number): number[] {
  const choices: number[] = [...MAX_NODE_CHOICES];
  if (Number.isFinite(maxNodes) && !choices.includes(maxNodes)) choices.push(maxNodes);
  return choices.sort((a, b) => a - b);
}
