import type { FilterQuery, Primary } from '@mikro-orm/core';
import { EntityRepository } from '@mikro-orm/postgresql';

import { containsPattern } from './likePattern.js';
import { NotFoundError } from './NotFoundError.js';

export interface PageRequest {
  /** 1-based. */
  page?: number;
  perPage?: number;
  /** Matched case-insensitively against the repository's search columns. */
  search?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
  pages: number;
}

/**
 * The operations every repository offers. Writes flush, so ids and constraint errors surface
 * at once, but never commit: the calling service owns the transaction.
 */
export abstract class BaseRepository<T extends object> extends EntityRepository<T> {
  /** Columns `paginate({ search })` looks in. */
  protected readonly searchColumns: readonly string[] = [];

  async getById(id: Primary<T>): Promise<T | null> {
    return this.findOne(id as FilterQuery<T>);
  }

  async getByIdOr404(id: Primary<T>): Promise<T> {
    const entity = await this.getById(id);
    if (!entity) {
      throw new NotFoundError(this.getEntityName(), String(id));
    }
    return entity;
  }

  async getAll(): Promise<T[]> {
    return this.findAll();
  }

  async add(entity: T): Promise<T> {
    this.em.persist(entity);
    await this.em.flush();
    return entity;
  }

  async delete(entity: T): Promise<void> {
    this.em.remove(entity);
    await this.em.flush();
  }

  async paginate({ page = 1, perPage = 20, search }: PageRequest = {}): Promise<Page<T>> {
    // A page below 1 would become a negative OFFSET, which PostgreSQL rejects.
    page = Math.max(1, Math.trunc(page));
    perPage = Math.max(1, Math.trunc(perPage));
    const where = this.searchFilter(search);
    const [items, total] = await this.findAndCount(where, {
      limit: perPage,
      offset: (page - 1) * perPage,
      orderBy: { id: 'asc' } as never,
    });

    return { items, total, page, perPage, pages: Math.ceil(total / perPage) };
  }

  private searchFilter(search: string | undefined): FilterQuery<T> {
    const text = search?.trim();
    if (!text || this.searchColumns.length === 0) {
      return {};
    }
    const pattern = containsPattern(text);
    return {
      $or: this.searchColumns.map((column) => ({ [column]: { $ilike: pattern } })),
    } as FilterQuery<T>;
  }
}
