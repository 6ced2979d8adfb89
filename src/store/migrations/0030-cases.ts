/**
 * Case files: the most sensitive data objector holds. Every personal field is
 * an encrypted field (enc1:..., src/security/crypto/fields.ts) bound to
 * <table>/<column>/<id>; the checks below refuse plaintext in them. What stays
 * in the clear is what filters, deadlines and anonymous statistics need and
 * names nobody: the case's state, current status, region code, dates,
 * addressee types, ids of public sources and claims.
 *
 * Free notes on a case are rows of `notes` with subject_kind 'case'.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cases (
      id text primary key,
      -- A short random reference a family can quote ("K7QX-3MPA"); says nothing about volume.
      ref text not null unique,
      kind text not null check (kind in ('person', 'group')),
      -- triage: reported by a family or imported, not yet taken on; open; closed.
      state text not null check (state in ('triage', 'open', 'closed')),
      origin text not null check (origin in ('caseworker', 'intake', 'pfif')),
      -- Encrypted: a label ("Ivanov I.", "78 objectors of a brigade").
      title text not null check (title like 'enc1:%'),
      -- Encrypted: the man's name as the family or caseworker writes it (null for a group).
      person_name text check (person_name is null or person_name like 'enc1:%'),
      -- Blind index of the name's normal form: "is there already a case for this name?".
      name_index text,
      -- Encrypted: birth date as given (may be partial: "1994", "1994-03").
      birth_date text check (birth_date is null or birth_date like 'enc1:%'),
      -- Encrypted: the unit as written ("64 ОМСБр", "в/ч 51460").
      unit text check (unit is null or unit like 'enc1:%'),
      -- How many people a group case covers.
      group_size integer check (group_size is null or group_size > 0),
      -- ISO 3166-2 code of the home region (e.g. RU-BU): coarse, kept in the clear for anonymous statistics.
      region text check (region is null or region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
      -- The latest status of case_status, kept here for lists and statistics.
      status text not null default 'unknown',
      status_on date,
      -- The id of the record this case was imported from (PFIF person_record_id), for idempotent re-import.
      external_id text unique,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index cases_state on cases (state, created_at);
    create index cases_name_index on cases (name_index);

    -- The status history: each change dated, who recorded it, on what evidence.
    create table case_status (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      status text not null check (status in ('refused', 'appealed', 'detained', 'transferred', 'missing',
        'prosecuted', 'released', 'left_country', 'deceased', 'unknown')),
      -- When it happened (not when it was recorded).
      on_date date not null,
      evidence_kind text not null check (evidence_kind in ('claim', 'source', 'call', 'document', 'family',
        'intake', 'import', 'other')),
      -- The claim or source id for evidence_kind claim/source (public records, not personal).
      evidence_ref text,
      -- Encrypted: what was said or seen.
      note text check (note is null or note like 'enc1:%'),
      recorded_by text not null,
      recorded_at timestamptz not null
    );
    create index case_status_case on case_status (case_id, on_date);

    -- Where the man was, from when, and how we know.
    create table case_whereabouts (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      -- Encrypted: the place or facility as written.
      place text not null check (place like 'enc1:%'),
      -- Encrypted: the knowledge-base record it resolved to (place or facility id), if any.
      place_ref text check (place_ref is null or place_ref like 'enc1:%'),
      since date,
      -- Encrypted: how it is known ("a fellow soldier called his mother").
      how_known text check (how_known is null or how_known like 'enc1:%'),
      recorded_by text not null,
      recorded_at timestamptz not null
    );
    create index case_whereabouts_case on case_whereabouts (case_id);

    create table case_assignees (
      case_id text not null references cases (id) on delete cascade,
      user_id text not null references users (id) on delete cascade,
      assigned_by text not null,
      assigned_at timestamptz not null,
      primary key (case_id, user_id)
    );
    create index case_assignees_user on case_assignees (user_id);

    -- The contact log: calls, messages and forms, each with a summary.
    create table case_contacts (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      at timestamptz not null,
      channel text not null check (channel in ('call', 'message', 'email', 'meeting', 'form', 'other')),
      direction text not null check (direction in ('in', 'out')),
      -- Encrypted: who was on the other end.
      counterpart text check (counterpart is null or counterpart like 'enc1:%'),
      -- Encrypted.
      summary text not null check (summary like 'enc1:%'),
      recorded_by text not null,
      recorded_at timestamptz not null
    );
    create index case_contacts_case on case_contacts (case_id, at);

    -- Relatives and others close to the man.
    create table case_family (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      -- Encrypted: name, relation ("mother"), contact (phone, e-mail, handle).
      name text check (name is null or name like 'enc1:%'),
      relation text check (relation is null or relation like 'enc1:%'),
      contact text check (contact is null or contact like 'enc1:%'),
      -- Blind index of the contact (src/security/notes/contact.ts normal form).
      contact_index text,
      created_by text not null,
      created_at timestamptz not null
    );
    create index case_family_case on case_family (case_id);
    create index case_family_contact on case_family (contact_index);

    -- Appeals and other documents sent on the man's behalf, with their legal due dates.
    create table case_appeals (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      addressee_type text not null check (addressee_type in ('unit_command', 'military_prosecutor', 'ombudsman',
        'investigative_committee', 'court', 'other')),
      -- Encrypted: the addressee as written, and what was asked.
      addressee text check (addressee is null or addressee like 'enc1:%'),
      subject text check (subject is null or subject like 'enc1:%'),
      filed_on date not null,
      -- The legal due date for an answer (from the addressee type's rule when filed).
      due_on date not null,
      -- Encrypted: the answer received.
      response text check (response is null or response like 'enc1:%'),
      responded_on date,
      recorded_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index case_appeals_due on case_appeals (due_on) where responded_on is null;
    create index case_appeals_case on case_appeals (case_id);

    create table case_tasks (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      -- Encrypted: the task may name people.
      title text not null check (title like 'enc1:%'),
      assignee text references users (id) on delete set null,
      due_on date,
      done_at timestamptz,
      created_by text not null,
      created_at timestamptz not null
    );
    create index case_tasks_assignee on case_tasks (assignee, due_on) where done_at is null;
    create index case_tasks_case on case_tasks (case_id);

    -- Public reports that may concern the case: suggestions, then a caseworker's decision.
    -- One row per (case, source): a rejected suggestion is not made again.
    create table case_links (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      source_id text not null references sources (id) on delete cascade,
      -- The claims that made the match (ids of public claims).
      claim_ids jsonb not null default '[]',
      -- What matched, by kind only: person, unit, place, facility.
      basis jsonb not null default '[]',
      score real not null,
      -- Encrypted: the reason in words ("unit 64 ОМСБр; surname Ivanov"), which repeats case data.
      reason text check (reason is null or reason like 'enc1:%'),
      state text not null check (state in ('suggested', 'accepted', 'rejected')),
      decided_by text,
      decided_at timestamptz,
      created_at timestamptz not null,
      unique (case_id, source_id)
    );
    create index case_links_state on case_links (case_id, state);

    -- Challenge questions: answers only as argon2id hashes of their normal form.
    create table case_challenges (
      id text primary key,
      case_id text not null references cases (id) on delete cascade,
      question text not null check (question like 'enc1:%'),
      answer_hash text not null check (answer_hash like '$argon2id$%'),
      created_by text not null,
      created_at timestamptz not null
    );
    create index case_challenges_case on case_challenges (case_id);
  `.execute(db);
}
