import pg from 'pg';

/** The PostgreSQL server the bench builds its clubs on (loopback by default). */
export const SERVER_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A URL to another database on the bench server. */
export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` on a connection to the maintenance database. */
export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(SERVER_URL, work);
}

export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
