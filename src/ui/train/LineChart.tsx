import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  values: readonly number[];
}

interface Props {
  /** Names the chart for screen readers and the test suite. */
  title: string;
  xLabel: string;
  x: readonly number[];
  series: ChartSeries[];
  /** Fixed y range (e.g. [0, 1] for scores); automatic when absent. */
  yRange?: [number, number];
  /** The latest figures in words, shown under the chart (what a screen reader reads). */
  summary: string;
  testId: string;
}

const HEIGHT = 220;

/**
 * A uPlot line chart kept alive across updates: new points go through setData, so a live
 * training curve redraws cheaply instead of rebuilding the canvas.
 */
export function LineChart({ title, xLabel, x, series, yRange, summary, testId }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const seriesKey = series.map((s) => `${s.label}:${s.color}`).join('|');

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const options: uPlot.Options = {
      width: Math.max(240, element.clientWidth),
      height: HEIGHT,
      scales: { x: { time: false }, y: yRange ? { range: yRange } : {} },
      axes: [{ label: xLabel }, {}],
      series: [{ label: xLabel }, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: true, size: 5 } }))],
      legend: { show: true },
    };
    const chart = new uPlot(options, [[], ...series.map(() => [])], element);
    plot.current = chart;
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(240, element.clientWidth), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
    // The chart is rebuilt only when its series change; data updates go through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seriesKey, xLabel, yRange?.[0], yRange?.[1]]);

  useEffect(() => {
    plot.current?.setData([x as number[], ...series.map((s) => s.values as number[])]);
  }, [x, series]);

  return (
    <figure className="chart" data-testid={testId} data-points={x.length} aria-label={title}>
      <figcaption className="bars__caption">{title}</figcaption>
      <div ref={holder} className="chart__canvas" role="img" aria-label={`${title}: ${summary}`} />
      <p className="chart__summary">{summary}</p>
    </figure>
  );
}
