import { describe, expect, it } from 'vitest';

import { RecordingGateway } from '../src/index.js';

describe('RecordingGateway', () => {
  it('finds what an earlier ensure created instead of making a second one', async () => {
    const gateway = new RecordingGateway();

    const first = await gateway.ensureRole('Tomb One #42');
    const again = await gateway.ensureRole('Tomb One #42');
    const other = await gateway.ensureRole('Tomb Two #43');

    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    expect(first.id).toMatch(/^\d{17,21}$/);
  });

  it('records each call with its arguments, in order', async () => {
    const gateway = new RecordingGateway();

    await gateway.addMemberRole('100000000000000001', '200000000000000002');
    await gateway.deleteChannel('300000000000000003');

    expect(gateway.calls).toEqual([
      { method: 'addMemberRole', args: ['100000000000000001', '200000000000000002'] },
      { method: 'deleteChannel', args: ['300000000000000003'] },
    ]);
  });

  it('keeps only the newest calls, so a long-running demo server does not grow', async () => {
    const gateway = new RecordingGateway({ keep: 3 });

    for (let index = 0; index < 5; index += 1) {
      await gateway.deleteRole(`10000000000000000${index}`);
    }

    expect(gateway.calls.map((call) => call.args[0])).toEqual([
      '100000000000000002',
      '100000000000000003',
      '100000000000000004',
    ]);
  });
});
