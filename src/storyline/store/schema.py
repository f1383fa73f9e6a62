"""The DuckDB schema and its migrations: each migration is a list of statements, applied in order once.

The version applied last is kept in ``meta.schema_version``; opening a store applies the missing ones
in one transaction, so a store is never left half-migrated.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: articles with their full record as JSON, ingest bookkeeping, errors, corpus records.
    [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        """CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY,
            unit VARCHAR NOT NULL,          -- the input file the article came from
            path VARCHAR NOT NULL,
            position VARCHAR,
            url VARCHAR,
            outlet VARCHAR,
            title VARCHAR,
            published_utc TIMESTAMP,        -- for ordering; the record keeps the original zone
            language VARCHAR,
            input_format VARCHAR,
            record JSON NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS stage_state (
            article_id VARCHAR NOT NULL,
            stage VARCHAR NOT NULL,
            version VARCHAR NOT NULL,
            done_at TIMESTAMP NOT NULL,
            PRIMARY KEY (article_id, stage)
        )""",
        """CREATE TABLE IF NOT EXISTS inputs (
            unit VARCHAR PRIMARY KEY,
            size BIGINT,
            mtime DOUBLE,
            articles INTEGER NOT NULL,
            errors INTEGER NOT NULL,
            done_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS errors (
            id VARCHAR PRIMARY KEY,
            unit VARCHAR,
            code VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            position VARCHAR,
            message VARCHAR NOT NULL,
            hint VARCHAR NOT NULL,
            stage VARCHAR NOT NULL,
            recorded_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS corpus_records (
            kind VARCHAR NOT NULL,          -- duplicate, source, event, storyline, claim, ...
            id VARCHAR NOT NULL,
            version VARCHAR NOT NULL,
            record JSON NOT NULL,
            PRIMARY KEY (kind, id)
        )""",
        """CREATE TABLE IF NOT EXISTS runs (
            id VARCHAR PRIMARY KEY,
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP,
            status VARCHAR NOT NULL,
            summary JSON
        )""",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
