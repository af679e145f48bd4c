// The data map: where the register's personal data goes, drawn from the record (core/views/data-map.ts).
// The whole register, or one activity, or one party; a click on an activity or a party opens it; the same
// map is written out in words below the drawing, for reading aloud and for copying into a report, its
// activities and parties links that open them.
import { Anchor, Badge, Button, Group, ScrollArea, Select, Table, Text } from '@mantine/core';
import { Controls, ReactFlow, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { mapNodeLabels, type DataMap, type DataMapQuery } from '../../../../shared/domain';
import { counted } from '../../../../shared/counted';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import { ErrorAlert } from '../exchange/ErrorAlert';
import { layoutMap, type MapNodeData } from './map-layout';
import './map.css';

/** The map asked for, read again after every write to the register. */
function useDataMap(focus: DataMapQuery): { map: DataMap | null; error: string | null } {
  const summary = useRegister((s) => s.summary);
  const [state, setState] = useState<{ map: DataMap | null; error: string | null }>({
    map: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    call('map:get', focus).then(
      (map) => live && setState({ map, error: null }),
      (error: unknown) =>
        live && setState({ map: null, error: error instanceof ApiError ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [focus, summary]);
  return state;
}

/** What the drawing leaves out, when it cannot draw every activity the question concerns. */
function scopeNote(map: DataMap, focus: DataMapQuery): string | null {
  if (map.activities.length === map.activityCount) return null;
  if (focus.partyId)
    return `Drawing the first ${map.activities.length} of the ${counted(map.activityCount, 'activity')} that name this party.`;
  return `This register holds ${counted(map.activityCount, 'activity')}, too many to draw at once: the map shows its parties and where they are. Pick an activity or a party to draw its flows.`;
}

type MapRecord = { kind: 'activity' | 'party'; id: string };

/** A node of the map in words: an activity or a party is a link that opens it (the keyboard's way in). */
function NodeName({ label, record }: { label: string; record: MapRecord | undefined }) {
  if (!record) return <>{label}</>;
  return (
    <Anchor
      component="button"
      size="xs"
      ta="left"
      onClick={() => useRegister.getState().openRecord(record.kind, record.id)}
    >
      {label}
    </Anchor>
  );
}

function MapInWords({ map }: { map: DataMap }) {
  const names = mapNodeLabels(map);
  const records = new Map<string, MapRecord>([
    ...map.activities.map((a) => [a.id, { kind: 'activity', id: a.recordId }] as const),
    ...map.parties.map((p) => [p.id, { kind: 'party', id: p.recordId }] as const),
  ]);
  return (
    <ScrollArea
      className="map-words"
      type="auto"
      // Focusable, so the list scrolls from the keyboard too.
      viewportProps={{ tabIndex: 0, 'aria-label': 'The data map in words' }}
    >
      <Table fz="xs" verticalSpacing={2} stickyHeader aria-label="The data map in words">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>From</Table.Th>
            <Table.Th>To</Table.Th>
            <Table.Th>How</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {map.edges.map((e) => (
            <Table.Tr key={`${e.from}>${e.to}`} data-testid="map-link" data-state={e.state}>
              <Table.Td>
                <NodeName label={names.get(e.from) ?? ''} record={records.get(e.from)} />
              </Table.Td>
              <Table.Td>
                <NodeName label={names.get(e.to) ?? ''} record={records.get(e.to)} />
              </Table.Td>
              <Table.Td>
                {e.label}{' '}
                {e.state === 'gap' && (
                  <Badge size="xs" color="red" variant="light">
                    gap
                  </Badge>
                )}
                {e.state === 'retired' && (
                  <Badge size="xs" color="orange" variant="light">
                    retired mechanism
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

function openNode(_: unknown, node: Node<MapNodeData>): void {
  const record = node.data.record;
  if (record) useRegister.getState().openRecord(record.kind, record.id);
}

export function DataMapScreen() {
  const activities = useRegister((s) => s.activities);
  const parties = useRegister((s) => s.parties);
  const [focus, setFocus] = useState<DataMapQuery>({});
  const { map, error } = useDataMap(focus);
  const layout = useMemo(() => (map ? layoutMap(map) : null), [map]);
  const activityOptions = useMemo(
    () => activities.map((a) => ({ value: a.id, label: `${a.reference} ${a.name}` })),
    [activities],
  );
  const partyOptions = useMemo(() => parties.map((p) => ({ value: p.id, label: p.name })), [parties]);
  const note = map && scopeNote(map, focus);
  const gaps = map?.edges.filter((e) => e.state === 'gap').length ?? 0;

  return (
    <div className="map-screen" data-testid="map-screen">
      <Group gap="xs" p="xs" className="toolbar" align="flex-end">
        <Select
          size="xs"
          label="Activity"
          placeholder="Every activity"
          searchable
          clearable
          limit={50}
          data={activityOptions}
          value={focus.activityId ?? null}
          onChange={(id) => setFocus(id ? { activityId: id } : {})}
          style={{ flex: 1 }}
        />
        <Select
          size="xs"
          label="Party"
          placeholder="Every party"
          searchable
          clearable
          limit={50}
          data={partyOptions}
          value={focus.partyId ?? null}
          onChange={(id) => setFocus(id ? { partyId: id } : {})}
          style={{ flex: 1 }}
        />
        <Button
          size="xs"
          variant="default"
          onClick={() => setFocus({})}
          disabled={!focus.activityId && !focus.partyId}
        >
          Whole register
        </Button>
      </Group>
      <Group gap="md" px="xs" py={4} className="map-legend">
        <Text size="xs" c="dimmed">
          Activities → the parties they share data with → where those parties are, or where data is
          transferred, under which mechanism.
        </Text>
        <span className="map-key map-key-gap">safeguards needed, none recorded</span>
        <span className="map-key map-key-retired">retired mechanism</span>
        {map && (
          <Text size="xs" c={gaps > 0 ? 'red' : 'teal'} data-testid="map-gaps">
            {gaps === 0 ? 'No gap on this map' : counted(gaps, 'gap')}
          </Text>
        )}
      </Group>
      {error && <ErrorAlert message={error} />}
      {note && (
        <Text size="xs" px="xs" c="dimmed" data-testid="map-note">
          {note}
        </Text>
      )}
      <div className="map-canvas" data-testid="data-map">
        {layout && (
          <ReactFlow
            // A new map is fitted to the window afresh.
            key={JSON.stringify(focus)}
            nodes={layout.nodes}
            edges={layout.edges}
            onNodeClick={openNode}
            fitView
            fitViewOptions={{ nodes: layout.firstScreen, maxZoom: 1 }}
            // The wheel scrolls the map like a page; Ctrl/Cmd with the wheel (or the buttons) zooms.
            panOnScroll
            minZoom={0.1}
            nodesDraggable={false}
            nodesConnectable={false}
            colorMode="system"
            proOptions={{ hideAttribution: true }}
          >
            <Controls showInteractive={false} />
          </ReactFlow>
        )}
      </div>
      {map && <MapInWords map={map} />}
    </div>
  );
}
