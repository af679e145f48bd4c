// History: every write to the register in words, and the copies of the record that were sent with what has
// changed since each.
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { ChangeList } from './ChangeList';
import { SentCopies } from './SentCopies';

export function HistoryScreen() {
  const [tab, setTab] = useState<string | null>('changes');
  return (
    <Tabs
      value={tab}
      onChange={setTab}
      className="history-screen"
      data-testid="history-screen"
      keepMounted={false}
    >
      <Tabs.List>
        <Tabs.Tab value="changes">Changes</Tabs.Tab>
        <Tabs.Tab value="sent">Sent copies</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="changes" className="history-panel">
        <ChangeList />
      </Tabs.Panel>
      <Tabs.Panel value="sent" className="history-panel">
        <SentCopies />
      </Tabs.Panel>
    </Tabs>
  );
}
