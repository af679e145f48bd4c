// The data map laid out for React Flow: three columns (activities, parties, destinations), top to bottom in
// the core's order, and the links styled by what they say: a gap dashed red, a retired mechanism orange.
import type { Edge, Node } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { Position } from '@xyflow/react';
import type { DataMap, DataMapEdge, DataMapStatus } from '../../../../shared/domain';
import { DESTINATION_LABELS } from '../../lib/labels';

export type MapNodeData = {
  label: string;
  /** The record a click opens (activities and parties); destinations open nothing. */
  record: { kind: 'activity' | 'party'; id: string } | null;
};

// Room between the columns for the links' words (a mechanism's name is long; the list below gives it whole).
const COLUMN_X = { activity: 0, party: 460, destination: 920 } as const;
const NODE_WIDTH = 240;
/** About how many characters of the map's small type fit on a line of a node. */
const CHARS_PER_LINE = 32;
const LINE_HEIGHT = 15;
/** A node's padding and border, above and below its words, and the space between two nodes. */
const NODE_PADDING = 22;
const NODE_GAP = 14;
/** A link's words on the map are cut here; the list below the map gives them whole. */
const EDGE_LABEL_MAX = 40;

/** The lines a label takes in a node, wrapped at words as the browser wraps it (a long word on its own). */
function labelLines(label: string): number {
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const length = Math.min(word.length, CHARS_PER_LINE);
    if (used === 0) used = length;
    else if (used + 1 + length <= CHARS_PER_LINE) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    lines += Math.floor((word.length - 1) / CHARS_PER_LINE);
  }
  return lines;
}

/** Where each node of a column goes: one under the other, each as tall as its label needs. */
function columnTops(labels: readonly string[]): number[] {
  let y = 0;
  return labels.map((label) => {
    const top = y;
    y += labelLines(label) * LINE_HEIGHT + NODE_PADDING + NODE_GAP;
    return top;
  });
}

/** A link's words, cut to what the space between two columns holds. */
function edgeLabel(label: string): string {
  return label.length <= EDGE_LABEL_MAX ? label : `${label.slice(0, EDGE_LABEL_MAX - 1).trimEnd()}…`;
}

const STATUS_CLASS: Record<DataMapStatus, string> = {
  domestic: 'map-node-safe',
  eea: 'map-node-safe',
  adequate: 'map-node-safe',
  'adequate-for-certified': 'map-node-certified',
  'needs-safeguards': 'map-node-safeguards',
};

function node(
  id: string,
  column: keyof typeof COLUMN_X,
  top: number,
  data: MapNodeData,
  className: string,
): Node<MapNodeData> {
  return {
    id,
    position: { x: COLUMN_X[column], y: top },
    data,
    className: `map-node ${className}`,
    style: { width: NODE_WIDTH },
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
    // Only the first column starts links and only the last ends them.
    type: column === 'activity' ? 'input' : column === 'destination' ? 'output' : 'default',
    draggable: false,
    connectable: false,
  };
}

const EDGE_STYLE: Record<DataMapEdge['state'], CSSProperties> = {
  ok: { stroke: 'var(--mantine-color-gray-6)' },
  gap: { stroke: 'var(--mantine-color-red-6)', strokeDasharray: '6 4', strokeWidth: 2 },
  retired: { stroke: 'var(--mantine-color-orange-6)', strokeWidth: 2 },
};

/** Rows shown on opening: a register's map is read from the top, at a size that can be read, then scrolled. */
const FIRST_SCREEN_ROWS = 10;

export function layoutMap(map: DataMap): {
  nodes: Node<MapNodeData>[];
  edges: Edge[];
  firstScreen: { id: string }[];
} {
  const destinationLabel = (d: DataMap['destinations'][number]) =>
    d.status ? `${d.label} · ${DESTINATION_LABELS[d.status]}` : d.label;
  const activityTops = columnTops(map.activities.map((a) => a.label));
  const partyTops = columnTops(map.parties.map((p) => p.label));
  const destinationTops = columnTops(map.destinations.map(destinationLabel));
  const columns = [
    map.activities.map((a, i) =>
      node(
        a.id,
        'activity',
        activityTops[i]!,
        { label: a.label, record: { kind: 'activity', id: a.recordId } },
        `map-node-${a.role}`,
      ),
    ),
    map.parties.map((p, i) =>
      node(
        p.id,
        'party',
        partyTops[i]!,
        { label: p.label, record: { kind: 'party', id: p.recordId } },
        'map-node-party',
      ),
    ),
    map.destinations.map((d, i) =>
      node(
        d.id,
        'destination',
        destinationTops[i]!,
        { label: destinationLabel(d), record: null },
        d.status ? STATUS_CLASS[d.status] : 'map-node-organisation',
      ),
    ),
  ];
  const edges = map.edges.map((e): Edge => ({
    id: `${e.from}>${e.to}`,
    source: e.from,
    target: e.to,
    label: edgeLabel(e.label),
    style: EDGE_STYLE[e.state],
    labelStyle: { fontSize: 10 },
    labelBgPadding: [3, 1],
    focusable: false,
    data: { state: e.state },
  }));
  const firstScreen = columns.flatMap((column) =>
    column.slice(0, FIRST_SCREEN_ROWS).map((n) => ({ id: n.id })),
  );
  return { nodes: columns.flat(), edges, firstScreen };
}
