/**
 * News text (written for NER Studio, not taken from any publication) rehearsed beside the corrections
 * when training on annotations: the shipped model tags it confidently, so it keeps a fine-tune from
 * forgetting. It was the "Try an example" article before issue 24; with the technical example in its
 * place, the e2e fine-tune labelled the new `product` name TOPIC instead.
 */
export const REHEARSAL_ARTICLE = `European Leaders Meet in Brussels as Energy Prices Climb

European Union leaders gathered in Brussels on Thursday to discuss rising energy prices, which have pushed inflation across the continent to its highest level in a decade.

German Chancellor Olaf Scholz said Germany would support a joint plan to buy natural gas, while French President Emmanuel Macron called for new limits on electricity prices. Officials from Italy and Spain backed the French proposal.

The meeting came two days after Russia cut gas deliveries through the Nord Stream pipeline. The European Commission said member states had filled their storage sites to 80 percent ahead of the winter.

In Washington, the International Monetary Fund warned that the crisis could slow growth in Europe next year. IMF spokesman Gerry Rice told reporters on Wednesday that governments should protect poor households without raising overall demand.

Meanwhile, thousands of people marched through Paris on Sunday to protest the cost of living. Police said the demonstration was peaceful.

In London, British Prime Minister Liz Truss announced a cap on household energy bills for two years. The Bank of England said it would raise interest rates again in November.

Energy companies such as Shell and BP reported record profits in the second quarter, prompting calls from the Labour Party for a windfall tax. Shell chief executive Ben van Beurden said the company would invest more in renewable energy.

Analysts at Goldman Sachs expect prices to stay high until at least 2024. Scientists in Norway are testing new ways to store wind power, and the government in Oslo said it would double its offshore wind capacity by 2030.

The summit in Brussels ends on Friday.`;
