-- Events of undated documents (no publication date, no date in the text) have no day: date_from
-- and date_to become nullable (date_precision 'unknown'). Portable SQL for SQLite and PostgreSQL:
-- SQLite cannot drop a NOT NULL constraint, so the table is rebuilt and its rows copied.
CREATE TABLE events_v2 (
  doc_id         VARCHAR(512) NOT NULL,
  version        INTEGER      NOT NULL,
  ord            INTEGER      NOT NULL,
  event_id       VARCHAR(128) NOT NULL,
  doc_ids        TEXT         NOT NULL, -- JSON array
  kind           VARCHAR(16)  NOT NULL,
  sub_event_type VARCHAR(64)  NOT NULL,
  date_from      VARCHAR(10),           -- null: undated event
  date_to        VARCHAR(10),           -- null: undated event
  date_precision VARCHAR(8)   NOT NULL, -- 'unknown' for an undated event
  loc_name       TEXT,
  loc_admin1     TEXT,
  loc_admin2     TEXT,
  loc_lat        DOUBLE PRECISION,
  loc_lon        DOUBLE PRECISION,
  loc_geo_precision INTEGER,
  loc_gazetteer_id VARCHAR(256),
  controller_after  TEXT,
  controller_before TEXT,
  fatalities     TEXT         NOT NULL, -- JSON object, contract shape
  claim_status   VARCHAR(16)  NOT NULL,
  claim_attributed_to TEXT,
  confidence     DOUBLE PRECISION NOT NULL,
  superseded     INTEGER      NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_id, version, ord)
);
INSERT INTO events_v2 (doc_id, version, ord, event_id, doc_ids, kind, sub_event_type, date_from,
  date_to, date_precision, loc_name, loc_admin1, loc_admin2, loc_lat, loc_lon, loc_geo_precision,
  loc_gazetteer_id, controller_after, controller_before, fatalities, claim_status,
  claim_attributed_to, confidence, superseded)
SELECT doc_id, version, ord, event_id, doc_ids, kind, sub_event_type, date_from, date_to,
  date_precision, loc_name, loc_admin1, loc_admin2, loc_lat, loc_lon, loc_geo_precision,
  loc_gazetteer_id, controller_after, controller_before, fatalities, claim_status,
  claim_attributed_to, confidence, superseded
FROM events;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
CREATE INDEX events_current ON events (superseded, date_from, date_to);
CREATE INDEX events_place ON events (loc_gazetteer_id);

-- ACLED's actor-type code of each actor of an event (1..8), null when unknown.
ALTER TABLE event_actors ADD COLUMN inter INTEGER;
