import { describe, expect, it } from 'vitest';
import { takenNames, uniqueName } from './uniqueName';

const taken = (...names: string[]) => takenNames(names);

describe('uniqueName', () => {
  it('keeps a name nobody has', () => {
    expect(uniqueName('guest-03', taken('guest-01'))).toBe('guest-03');
  });

  it('counts a trailing number up to the next free one, keeping its padding', () => {
    expect(uniqueName('guest-03', taken('guest-03'))).toBe('guest-04');
    expect(uniqueName('guest-03', taken('guest-03', 'guest-04', 'GUEST-05'))).toBe('guest-06');
    expect(uniqueName('web_9', taken('web_9'))).toBe('web_10');
    expect(uniqueName('vm1', taken('vm1'))).toBe('vm2');
    expect(uniqueName('node 099', taken('node 099'))).toBe('node 100');
  });

  it('adds "(copy)" where the number is part of the name', () => {
    expect(uniqueName('NVIDIA L4', taken('NVIDIA L4'))).toBe('NVIDIA L4 (copy)');
    expect(uniqueName('Windows Server 2022', taken('Windows Server 2022'))).toBe('Windows Server 2022 (copy)');
    expect(uniqueName('Intel VT-d', taken('Intel VT-d', 'Intel VT-d (copy)'))).toBe('Intel VT-d (copy 2)');
    expect(uniqueName('Intel VT-d (copy)', taken('Intel VT-d', 'Intel VT-d (copy)'))).toBe('Intel VT-d (copy 2)');
  });

  it('stays within the 200-character name limit', () => {
    const long = 'x'.repeat(200);
    const name = uniqueName(long, taken(long));
    expect(name).toHaveLength(200);
    expect(name.endsWith(' (copy)')).toBe(true);
  });
});
