import { reportHtml } from '../../core/share';
import type { Analysis } from '../../store/analysisStore';
import { downloadFile } from '../download';
import { labelColor, labelName } from '../labels';
import type { GraphFilters } from '../graph/filteredGraph';

/** Saves the analysis as one self-contained HTML file (see core/share/reportHtml). */
export async function downloadReport(analysis: Analysis, filters: GraphFilters, modelName: string): Promise<void> {
  // cytoscape loads with the graph view, or here when a report is saved first: not with the page.
  const graphPng = analysis.entities.length > 0 ? await (await import('./graphImage')).renderGraphPng(analysis, filters) : null;
  const html = reportHtml({
    analysis,
    hiddenLabels: [...filters.hiddenLabels],
    modelName,
    createdAt: new Date().toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    graphPng,
    look: { labelName, labelColor },
  });
  downloadFile('ner-studio-report.html', html, 'text/html');
}
