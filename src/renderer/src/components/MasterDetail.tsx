// The master–detail layout of UI.md: the table on the left, the editor on the right, and between them a
// separator the user drags (or moves with the arrow keys, once focused) to share the width. Each screen
// remembers its own split. A window too narrow for both shows the table alone, and an open record over it
// with a way back: that switch is a CSS container query, so both panes stay mounted and an editor's unsaved
// edits survive the window being resized.
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import './master-detail.css';

type MasterDetailProps = {
  /** Names the screen; each screen's split is remembered under it. */
  id: string;
  master: ReactNode;
  detail: ReactNode;
  /** Whether a record is open in the detail pane: a narrow window then shows it over the table. */
  open: boolean;
  /** Closes the open record, asking first about unsaved edits (the narrow window's back button). */
  onClose: () => void;
  /** The back button's words, e.g. "All activities". */
  backLabel: string;
};

// Panes are never narrower than their content was designed for; below both together, the window is narrow.
const MASTER_MIN = '22rem';
const DETAIL_MIN = '24rem';
const PANE_STYLE = { overflow: 'hidden' } as const;

export function MasterDetail({ id, master, detail, open, onClose, backLabel }: MasterDetailProps) {
  // Saved only when the user moves the separator, so a window being resized does not overwrite the choice.
  const layout = useDefaultLayout({
    id: `ropa-split-${id}`,
    storage: localStorage,
    onlySaveAfterUserInteractions: true,
  });
  return (
    <div className="split" data-open={open || undefined} data-testid={`${id}-split`}>
      <Group
        orientation="horizontal"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <Panel
          id={`${id}-table`}
          className="split-pane"
          style={PANE_STYLE}
          minSize={MASTER_MIN}
          defaultSize="40%"
        >
          {master}
        </Panel>
        <Separator className="split-handle" aria-label="Share the width between the table and the editor" />
        <Panel id={`${id}-editor`} className="split-pane" style={PANE_STYLE} minSize={DETAIL_MIN}>
          <div className="split-back">
            <Button size="xs" variant="subtle" onClick={onClose}>
              ← {backLabel}
            </Button>
          </div>
          {detail}
        </Panel>
      </Group>
    </div>
  );
}
