import { Migration } from '@mikro-orm/migrations';

export class Migration20261204171252 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "channel" ("id" varchar(21) not null, "type" varchar(16) not null, "size" int not null default 0, constraint "channel_pkey" primary key ("id"), constraint channel_id_snowflake check (id ~ '^[0-9]{17,21}\$'), constraint channel_type_check check (type in ('oneshot', 'campaign')), constraint channel_size_check check (size >= 0));`,
    );
    this.addSql(`create index "channel_type_size_idx" on "channel" ("type", "size");`);

    this.addSql(
      `create table "outbox_action" ("id" serial primary key, "game_id" int null, "kind" varchar(64) not null, "payload" jsonb not null, "status" varchar(16) not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" text null, "result" jsonb null, "created_at" timestamptz not null default now(), "done_at" timestamptz null, constraint outbox_action_status_check check (status in ('pending', 'done', 'failed')), constraint outbox_action_attempts_check check (attempts >= 0));`,
    );
    this.addSql(
      `create index "outbox_action_status_next_idx" on "outbox_action" ("status", "next_attempt_at");`,
    );
    this.addSql(`create index "outbox_action_game_idx" on "outbox_action" ("game_id", "id");`);

    this.addSql(
      `create table "special_event" ("id" serial primary key, "name" varchar(100) not null, "emoji" varchar(64) null, "color" int not null default 0, "active" boolean not null default false, constraint special_event_color_check check (color between 0 and 16777215));`,
    );
    this.addSql(
      `alter table "special_event" add constraint "special_event_name_unique" unique ("name");`,
    );

    this.addSql(
      `create table "system" ("id" serial primary key, "name" varchar(100) not null, "icon" varchar(500) null);`,
    );
    this.addSql(`alter table "system" add constraint "system_name_unique" unique ("name");`);

    this.addSql(
      `create table "trophy" ("id" serial primary key, "name" varchar(64) not null, "unique" boolean not null default false, "icon" varchar(500) null);`,
    );
    this.addSql(`alter table "trophy" add constraint "trophy_name_unique" unique ("name");`);

    this.addSql(
      `create table "user" ("id" varchar(21) not null, "name" varchar(100) not null, "username" varchar(100) null, "not_player_as_of" timestamptz null, "is_gm" boolean not null default false, "is_admin" boolean not null default false, "created_at" timestamptz not null default now(), constraint "user_pkey" primary key ("id"), constraint user_id_snowflake check (id ~ '^[0-9]{17,21}\$'));`,
    );
    this.addSql(`create index "user_not_player_as_of_idx" on "user" ("not_player_as_of");`);

    this.addSql(
      `create table "user_trophy" ("user_id" varchar(21) not null, "trophy_id" int not null, "quantity" int not null default 1, constraint "user_trophy_pkey" primary key ("user_id", "trophy_id"), constraint user_trophy_quantity_check check (quantity >= 1));`,
    );
    this.addSql(
      `create index "user_trophy_trophy_quantity_idx" on "user_trophy" ("trophy_id", "quantity");`,
    );

    this.addSql(
      `create table "vtt" ("id" serial primary key, "name" varchar(100) not null, "icon" varchar(500) null);`,
    );
    this.addSql(`alter table "vtt" add constraint "vtt_name_unique" unique ("name");`);

    this.addSql(
      `create table "game" ("id" serial primary key, "slug" varchar(90) not null, "name" varchar(200) not null, "type" varchar(16) not null, "length" varchar(100) null, "gm_id" varchar(21) not null, "system_id" int not null, "vtt_id" int null, "description" text not null default '', "restriction" varchar(8) not null default 'all', "restriction_tags" text[] not null default '{}', "party_size" int not null default 4, "party_selection" boolean not null default false, "xp" varchar(16) not null default 'all', "date" timestamptz not null, "session_length" numeric(3,1) not null default 3, "frequency" varchar(16) null, "characters" varchar(16) not null default 'with_gm', "classification" jsonb not null, "ambience" text[] not null default '{}', "complement" text null, "img" varchar(500) null, "channel" varchar(21) null, "msg_id" varchar(21) null, "role" varchar(21) null, "category_id" varchar(21) null, "status" varchar(16) not null default 'draft', "special_event_id" int null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint game_type_check check (type in ('oneshot', 'campaign')), constraint game_status_check check (status in ('draft', 'open', 'closed', 'archived')), constraint game_restriction_check check (restriction in ('all', '16+', '18+')), constraint game_xp_check check (xp in ('all', 'beginners', 'seasoned')), constraint game_frequency_check check (frequency is null or frequency in ('weekly', 'bi-weekly', 'monthly', 'other')), constraint game_characters_check check (characters in ('with_gm', 'self', 'pregen', 'choice')), constraint game_ambience_check check (ambience <@ array['chill', 'serious', 'comic', 'epic']::text[]), constraint game_party_size_check check (party_size >= 1), constraint game_session_length_check check (session_length > 0), constraint game_slug_check check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*\$'), constraint game_classification_check check ((classification->>'action')::int between 0 and 2 and (classification->>'investigation')::int between 0 and 2 and (classification->>'interaction')::int between 0 and 2 and (classification->>'horror')::int between 0 and 2), constraint game_channel_snowflake check (channel is null or channel ~ '^[0-9]{17,21}\$'), constraint game_msg_id_snowflake check (msg_id is null or msg_id ~ '^[0-9]{17,21}\$'), constraint game_role_snowflake check (role is null or role ~ '^[0-9]{17,21}\$'));`,
    );
    this.addSql(`alter table "game" add constraint "game_slug_unique" unique ("slug");`);
    this.addSql(`create index "game_gm_idx" on "game" ("gm_id");`);
    this.addSql(`create index "game_system_idx" on "game" ("system_id");`);
    this.addSql(`create index "game_vtt_idx" on "game" ("vtt_id");`);
    this.addSql(`create index "game_category_idx" on "game" ("category_id");`);
    this.addSql(`create index "game_special_event_idx" on "game" ("special_event_id");`);
    this.addSql(`create index "game_status_date_idx" on "game" ("status", "date");`);
    this.addSql(`create index "game_date_idx" on "game" ("date");`);

    this.addSql(
      `create table "registration" ("game_id" int not null, "user_id" varchar(21) not null, "registered_at" timestamptz not null default now(), constraint "registration_pkey" primary key ("game_id", "user_id"));`,
    );
    this.addSql(`create index "registration_user_idx" on "registration" ("user_id");`);

    this.addSql(
      `create table "game_session" ("id" serial primary key, "game_id" int not null, "start" timestamptz not null, "end" timestamptz not null, constraint game_session_end_after_start check ("end" > "start"));`,
    );
    this.addSql(
      `create index "game_session_game_start_idx" on "game_session" ("game_id", "start");`,
    );
    this.addSql(`create index "game_session_start_end_idx" on "game_session" ("start", "end");`);

    this.addSql(
      `create table "game_event" ("id" serial primary key, "timestamp" timestamptz not null default now(), "action" varchar(16) not null, "game_id" int not null, "description" text null, "user_id" varchar(21) null, constraint game_event_action_check check (action in ('create', 'edit', 'delete', 'create-session', 'edit-session', 'delete-session', 'register', 'unregister', 'alert')));`,
    );
    this.addSql(`create index "game_event_user_idx" on "game_event" ("user_id");`);
    this.addSql(`create index "game_event_timestamp_idx" on "game_event" ("timestamp");`);
    this.addSql(`create index "game_event_game_idx" on "game_event" ("game_id");`);

    this.addSql(
      `alter table "user_trophy" add constraint "user_trophy_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "user_trophy" add constraint "user_trophy_trophy_id_foreign" foreign key ("trophy_id") references "trophy" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "game" add constraint "game_gm_id_foreign" foreign key ("gm_id") references "user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "game" add constraint "game_system_id_foreign" foreign key ("system_id") references "system" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "game" add constraint "game_vtt_id_foreign" foreign key ("vtt_id") references "vtt" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "game" add constraint "game_category_id_foreign" foreign key ("category_id") references "channel" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "game" add constraint "game_special_event_id_foreign" foreign key ("special_event_id") references "special_event" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "registration" add constraint "registration_game_id_foreign" foreign key ("game_id") references "game" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "game_session" add constraint "game_session_game_id_foreign" foreign key ("game_id") references "game" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "game_event" add constraint "game_event_game_id_foreign" foreign key ("game_id") references "game" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "game_event" add constraint "game_event_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete set null;`,
    );
  }
}
