import { describe, expect, it } from 'vitest';
import { COLUMN_PANELS, ROW_PANELS, parseLayout, workspaceLayoutStorage } from './layoutStorage';

const KEY = 'react-resizable-panels:skillslab.workspace.columns';
const columns = { 'ws-files': 20, 'ws-main': 52.5, 'ws-chat': 27.5 };

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('workspace layout storage', () => {
  it('gives back the sizes saved before a reload', () => {
    const backing = memoryStorage();
    workspaceLayoutStorage(backing).setItem(KEY, JSON.stringify(columns));
    // A new page: a new storage object over the same backing store.
    const restored = workspaceLayoutStorage(backing).getItem(KEY);
    expect(JSON.parse(restored ?? 'null')).toEqual(columns);
  });

  it('accepts the row layout too', () => {
    const layout = { 'ws-editor': 68, 'ws-bottom': 32 };
    expect(parseLayout(JSON.stringify(layout), [COLUMN_PANELS, ROW_PANELS])).toEqual(layout);
  });

  it.each([
    ['damaged JSON', '{"ws-files": 20,'],
    ['not an object', '[20, 50, 30]'],
    ['a layout of other panels', JSON.stringify({ files: 20, main: 50, chat: 30 })],
    ['a panel missing', JSON.stringify({ 'ws-files': 40, 'ws-main': 60 })],
    ['sizes that do not add up', JSON.stringify({ 'ws-files': 20, 'ws-main': 20, 'ws-chat': 20 })],
    ['a negative size', JSON.stringify({ 'ws-files': -10, 'ws-main': 80, 'ws-chat': 30 })],
    ['a size that is not a number', JSON.stringify({ 'ws-files': '20', 'ws-main': 50, 'ws-chat': 30 })],
  ])('reads %s as nothing, so the panels take their default sizes', (_name, raw) => {
    expect(workspaceLayoutStorage(memoryStorage({ [KEY]: raw })).getItem(KEY)).toBeNull();
  });

  it('keeps sizes for the page when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const storage = workspaceLayoutStorage(refusing);
    expect(() => storage.setItem(KEY, JSON.stringify(columns))).not.toThrow();
    expect(JSON.parse(storage.getItem(KEY) ?? 'null')).toEqual(columns);
    expect(JSON.parse(workspaceLayoutStorage(null).getItem(KEY) ?? 'null')).toBeNull();
  });
});
