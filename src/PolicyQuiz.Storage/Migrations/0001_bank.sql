-- 0001_bank: the question bank.
--
-- How migrations work: every file Migrations/NNNN_name.sql is embedded in PolicyQuiz.Storage and
-- applied once, in number order, inside one transaction that also sets PRAGMA user_version = NNNN.
-- A database whose user_version is higher than the newest migration the program knows is refused.
-- Every table is STRICT. Connections run with foreign_keys ON, journal_mode WAL, busy_timeout 5000,
-- synchronous NORMAL (see Bank.Open). Times are TEXT in UTC, ISO-8601 with milliseconds and a
-- trailing Z ("2025-03-24T10:15:00.000Z"), so they sort and compare as text.
--
-- settings(key, value)           small key/value facts about the bank itself, e.g. 'bundled_hash'
--                                (hash of the bundled pack set last seeded into this bank).
-- profiles(id, name, created_at) one row per student; created on first use (default name: the OS
--                                user name, or --profile NAME). Progress tables key on profiles.id.
-- packs                          one row per pack id ever imported. version is the author's integer;
--                                content_hash is a SHA-256 (hex) of the pack's canonical content, so
--                                the same version with the same content re-imports as a no-op.
--                                retired_at is set by `packs remove`: the pack is hidden, its rows and
--                                any progress stay. tags_json is a JSON array of strings; extra_json is
--                                the pack's `extra:` as compact JSON (NULL when absent).
-- sources(pack_id, id, ...)      the articles of the CURRENT version of a pack, in file order
--                                (position). Replaced wholesale on each import (no progress hangs on
--                                them); questions.source_id is therefore not a foreign key.
-- questions(pack_id, id, ...)    every question a pack ever had, keyed by (pack_id, id): the identity
--                                progress belongs to. position is the order in the current version
--                                (best first). answer_json, accept_json, distractors_json, tags_json
--                                are JSON arrays of strings; pairs_json is a JSON array of
--                                [left, right] arrays (match questions; answer_json is [] for them).
--                                content_hash is a SHA-256 (hex) of the question's content.
--
-- Contract with the study engine (progress tables from 0002 on reference questions(pack_id, id)):
--   * Question rows are never deleted while progress may hang on them. A question dropped from a
--     newer version gets retired_at set (and keeps its row); a question that comes back later gets
--     retired_at cleared. Study only questions with questions.retired_at IS NULL whose pack has
--     packs.retired_at IS NULL.
--   * questions.changed_at is set to the import time whenever a re-import (newer version, or --force)
--     changes a question's prompt or answer (answer_json or pairs_json). A card whose last review is
--     earlier than changed_at has seen another question: the study engine should treat it as due
--     soon (e.g. due now, or reset to relearning) while keeping its history. changed_at is NULL for
--     questions never changed since their first import. Other edits (explanation, distractors,
--     tags, evidence, ...) do not touch changed_at.

CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE profiles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE packs (
    id           TEXT NOT NULL PRIMARY KEY,
    title        TEXT NOT NULL,
    version      INTEGER NOT NULL,
    language     TEXT NOT NULL,
    description  TEXT,
    tags_json    TEXT NOT NULL DEFAULT '[]',
    extra_json   TEXT,
    content_hash TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    retired_at   TEXT
) STRICT;

CREATE TABLE sources (
    pack_id    TEXT NOT NULL REFERENCES packs (id),
    id         TEXT NOT NULL,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    publisher  TEXT,
    published  TEXT,
    url        TEXT,
    extra_json TEXT,
    PRIMARY KEY (pack_id, id)
) STRICT;

CREATE TABLE questions (
    pack_id          TEXT NOT NULL REFERENCES packs (id),
    id               TEXT NOT NULL,
    position         INTEGER NOT NULL,
    type             TEXT NOT NULL CHECK (type IN ('choice', 'multi', 'truefalse', 'short', 'cloze', 'order', 'match')),
    kind             TEXT NOT NULL CHECK (kind IN ('who', 'where', 'when', 'what', 'why', 'how')),
    prompt           TEXT NOT NULL,
    answer_json      TEXT NOT NULL DEFAULT '[]',
    pairs_json       TEXT NOT NULL DEFAULT '[]',
    accept_json      TEXT NOT NULL DEFAULT '[]',
    distractors_json TEXT NOT NULL DEFAULT '[]',
    explanation      TEXT,
    source_id        TEXT,
    evidence         TEXT,
    tags_json        TEXT NOT NULL DEFAULT '[]',
    extra_json       TEXT,
    content_hash     TEXT NOT NULL,
    added_at         TEXT NOT NULL,
    changed_at       TEXT,
    retired_at       TEXT,
    PRIMARY KEY (pack_id, id)
) STRICT;

CREATE INDEX questions_by_position ON questions (pack_id, position);
