import { afterAll, beforeAll, expect, test } from 'vitest';

import { createOrm, type MikroORM } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';

let db: TestDatabase;
const opened: MikroORM[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(opened.map((orm) => orm.close(true)));
  await db.drop();
});

test('an ORM opened without onQuery does not change how a later ORM reports statements', async () => {
  opened.push(await createOrm({ clientUrl: db.url, poolMax: 1 }));
  const messages: string[] = [];
  const listening = await createOrm({
    clientUrl: db.url,
    poolMax: 1,
    onQuery: (message) => messages.push(message),
  });
  opened.push(listening);

  await listening.em.fork().getConnection().execute('select 1 as one');

  expect(messages.filter((message) => message.startsWith('[query] select 1 as one'))).toHaveLength(
    1,
  );
});
