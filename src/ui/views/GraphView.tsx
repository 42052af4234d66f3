import { EmptyState } from '../components/EmptyState';

export function GraphView() {
  return (
    <EmptyState title="Entity graph">
      <p>
        Once a text is analysed, its entities appear here as a graph: each entity beside its category
        (Person, Organization, Location, …), linked to the entities it shares sentences with, labelled
        by the verb that links them.
      </p>
    </EmptyState>
  );
}
