/** Thrown by the `…Or404` lookups when no row matches. Carries what was looked for. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';

  constructor(
    readonly entity: string,
    readonly id: string | number,
  ) {
    super(`${entity} ${String(id)} not found`);
  }
}
