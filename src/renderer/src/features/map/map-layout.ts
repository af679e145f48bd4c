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
const ROW_HEIGHT = 58;
const NODE_WIDTH = 240;

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
  row: number,
  data: MapNodeData,
  className: string,
): Node<MapNodeData> {
  return {
    id,
    position: { x: COLUMN_X[column], y: row * ROW_HEIGHT },
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
  const nodes = [
    ...map.activities.map((a, i) =>
      node(
        a.id,
        'activity',
        i,
        { label: a.label, record: { kind: 'activity', id: a.recordId } },
        `map-node-${a.role}`,
      ),
    ),
    ...map.parties.map((p, i) =>
      node(p.id, 'party', i, { label: p.label, record: { kind: 'party', id: p.recordId } }, 'map-node-party'),
    ),
    ...map.destinations.map((d, i) =>
      node(
        d.id,
        'destination',
        i,
        { label: d.status ? `${d.label} · ${DESTINATION_LABELS[d.status]}` : d.label, record: null },
        d.status ? STATUS_CLASS[d.status] : 'map-node-organisation',
      ),
    ),
  ];
  const edges = map.edges.map((e): Edge => ({
    id: `${e.from}>${e.to}`,
    source: e.from,
    target: e.to,
    label: e.label,
    style: EDGE_STYLE[e.state],
    labelStyle: { fontSize: 10 },
    labelBgPadding: [3, 1],
    focusable: false,
    data: { state: e.state },
  }));
  const firstScreen = nodes
    .filter((n) => n.position.y < FIRST_SCREEN_ROWS * ROW_HEIGHT)
    .map((n) => ({ id: n.id }));
  return { nodes, edges, firstScreen };
}
