import { Migration } from '@mikro-orm/migrations';

export class Migration20261204180449 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "game_board_idx" on "game" ("status", "type", "restriction") include ("name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "game_board_idx";`);
  }

}
