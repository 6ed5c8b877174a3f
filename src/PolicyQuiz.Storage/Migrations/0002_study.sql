-- 0002_study: study progress per profile (the study engine's tables).
--
-- profile_settings(profile_id, key, value)  a profile's study settings: 'new_per_day' (integer,
--        default 20), 'desired_retention' (e.g. 0.9), 'fsrs_weights' (21 numbers, comma-separated,
--        invariant culture), 'leech_lapses' (default 8). Absent keys take the defaults.
-- cards  one row per (profile, pack_id, question_id) ever answered outside cram mode or suspended:
--        the FSRS card (field for field as FsrsCard; state 0 New, 1 Learning, 2 Review,
--        3 Relearning), suspended_at (set by the student or by the leech rule; suspended questions
--        are never shown) and leech (1 once the question reached 8 lapses). A question without a
--        row is new. Card state can always be rebuilt from the reviews (StudyService.Rebuild).
-- study_sessions  one row per session started (options it ran with).
-- reviews  the review log, append-only (undo deletes the review it takes back; a regrade replaces
--        the last review). One row per answer: when, the grade that stands and the grade suggested,
--        the checker's verdict and credit, the answer as given, time spent (ms), cram (1: practised
--        ahead of schedule, the card untouched), made_leech, and the whole card before (prev_*) and
--        after. The review row and the card row are written in one transaction.
-- Times are TEXT as in 0001 (UTC, "yyyy-MM-ddTHH:mm:ss.fffZ").

CREATE TABLE profile_settings (
    profile_id INTEGER NOT NULL REFERENCES profiles (id),
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (profile_id, key)
) STRICT;

CREATE TABLE cards (
    profile_id     INTEGER NOT NULL REFERENCES profiles (id),
    pack_id        TEXT NOT NULL,
    question_id    TEXT NOT NULL,
    state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
    due            TEXT NOT NULL,
    stability      REAL NOT NULL,
    difficulty     REAL NOT NULL,
    elapsed_days   INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    learning_steps INTEGER NOT NULL,
    reps           INTEGER NOT NULL,
    lapses         INTEGER NOT NULL,
    last_review    TEXT,
    suspended_at   TEXT,
    leech          INTEGER NOT NULL DEFAULT 0 CHECK (leech IN (0, 1)),
    PRIMARY KEY (profile_id, pack_id, question_id),
    FOREIGN KEY (pack_id, question_id) REFERENCES questions (pack_id, id)
) STRICT;

CREATE INDEX cards_by_due ON cards (profile_id, due);

CREATE TABLE study_sessions (
    id         INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles (id),
    started_at TEXT NOT NULL,
    cram       INTEGER NOT NULL CHECK (cram IN (0, 1)),
    pack_id    TEXT,
    tag        TEXT,
    kind       TEXT
) STRICT;

CREATE TABLE reviews (
    id                  INTEGER PRIMARY KEY,
    profile_id          INTEGER NOT NULL REFERENCES profiles (id),
    pack_id             TEXT NOT NULL,
    question_id         TEXT NOT NULL,
    session_id          INTEGER REFERENCES study_sessions (id),
    reviewed_at         TEXT NOT NULL,
    kind                TEXT NOT NULL,
    rating              INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    suggested_rating    INTEGER NOT NULL CHECK (suggested_rating BETWEEN 1 AND 4),
    verdict             TEXT NOT NULL CHECK (verdict IN ('wrong', 'partial', 'near-miss', 'correct')),
    credit              REAL NOT NULL,
    answer              TEXT NOT NULL,
    duration_ms         INTEGER NOT NULL,
    cram                INTEGER NOT NULL CHECK (cram IN (0, 1)),
    made_leech          INTEGER NOT NULL CHECK (made_leech IN (0, 1)),
    prev_state          INTEGER NOT NULL,
    prev_due            TEXT NOT NULL,
    prev_stability      REAL NOT NULL,
    prev_difficulty     REAL NOT NULL,
    prev_elapsed_days   INTEGER NOT NULL,
    prev_scheduled_days INTEGER NOT NULL,
    prev_learning_steps INTEGER NOT NULL,
    prev_reps           INTEGER NOT NULL,
    prev_lapses         INTEGER NOT NULL,
    prev_last_review    TEXT,
    state               INTEGER NOT NULL,
    due                 TEXT NOT NULL,
    stability           REAL NOT NULL,
    difficulty          REAL NOT NULL,
    elapsed_days        INTEGER NOT NULL,
    scheduled_days      INTEGER NOT NULL,
    learning_steps      INTEGER NOT NULL,
    reps                INTEGER NOT NULL,
    lapses              INTEGER NOT NULL,
    last_review         TEXT,
    FOREIGN KEY (pack_id, question_id) REFERENCES questions (pack_id, id)
) STRICT;

CREATE INDEX reviews_by_time ON reviews (profile_id, reviewed_at);
CREATE INDEX reviews_by_question ON reviews (profile_id, pack_id, question_id, reviewed_at);
CREATE INDEX reviews_by_session ON reviews (session_id);
