import { createOrm, type MikroORM } from '@questboard/db';

/** An ORM whose SQL statements are counted, so a call's statement count can be read. */
export interface CountingOrm {
  orm: MikroORM;
  /** Runs `call` alone and returns how many statements it sent (begin and commit included). */
  countStatements(call: () => Promise<unknown>): Promise<number>;
}

export async function createCountingOrm(url: string, poolMax: number): Promise<CountingOrm> {
  let statements = 0;
  const orm = await createOrm({
    clientUrl: url,
    poolMax,
    onQuery: (message) => {
      if (message.startsWith('[query]')) {
        statements += 1;
      }
    },
  });
  return {
    orm,
    async countStatements(call) {
      const before = statements;
      await call();
      return statements - before;
    },
  };
}
