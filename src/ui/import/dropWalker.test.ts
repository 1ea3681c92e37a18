import { describe, expect, it } from 'vitest';
import { filesFromEntries, type DropEntry } from './dropWalker';

const file = (name: string): DropEntry => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (ok) => ok(new File(['x'], name)),
});
/** A folder whose reader hands out its entries two at a time, as browsers do in batches. */
const folder = (name: string, children: DropEntry[]): DropEntry => ({
  isFile: false,
  isDirectory: true,
  name,
  createReader: () => {
    let at = 0;
    return {
      readEntries: (ok) => {
        ok(children.slice(at, at + 2));
        at += 2;
      },
    };
  },
});

describe('filesFromEntries', () => {
  it('takes the configuration files of dropped folders, nested ones too, in every batch', async () => {
    const tree = folder('configs', [
      file('web-01.xml'),
      file('disk.qcow2'),
      file('README.txt'),
      folder('xen', [file('hvm.cfg'), file('db.vmx'), file('notes.md')]),
    ]);
    const names = (await filesFromEntries([tree])).map((f) => f.name);
    expect(names).toEqual(['web-01.xml', 'hvm.cfg', 'db.vmx']);
  });

  it('keeps every file dropped on its own, so the preview can refuse it by name', async () => {
    const names = (await filesFromEntries([file('web-01.xml'), file('photo.png')])).map((f) => f.name);
    expect(names).toEqual(['web-01.xml', 'photo.png']);
  });

  it('stops descending after a few levels', async () => {
    let deep: DropEntry = file('deep.xml');
    for (let i = 0; i < 6; i++) deep = folder(`d${i}`, [deep]);
    expect(await filesFromEntries([deep])).toEqual([]);
  });
});
