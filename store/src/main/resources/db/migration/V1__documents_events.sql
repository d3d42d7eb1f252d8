-- sitrep store schema. Portable SQL: the same migrations run on SQLite and PostgreSQL, so no
-- auto-increment ids (composite keys instead), no JSON operators, and booleans as 0/1 integers.

-- One row per document id: its current version and near-duplicate link.
CREATE TABLE documents (
  id             VARCHAR(512) NOT NULL PRIMARY KEY,
  version        INTEGER      NOT NULL,
  content_hash   VARCHAR(64)  NOT NULL,
  duplicate_of   VARCHAR(512),
  similarity     DOUBLE PRECISION,
  minhash        TEXT         NOT NULL
);

-- Every version of every document, text included, so offsets of old evidence stay checkable.
CREATE TABLE document_versions (
  doc_id             VARCHAR(512) NOT NULL,
  version            INTEGER      NOT NULL,
  content_hash       VARCHAR(64)  NOT NULL,
  body               TEXT         NOT NULL,
  published_from     VARCHAR(10),
  published_to       VARCHAR(10),
  published_precision VARCHAR(8),
  source             TEXT,
  url                TEXT,
  lang               VARCHAR(16),
  PRIMARY KEY (doc_id, version)
);

-- Locality-sensitive hashing bands of each document's MinHash signature (near-duplicate lookup).
CREATE TABLE document_bands (
  doc_id    VARCHAR(512) NOT NULL,
  band      INTEGER      NOT NULL,
  band_hash BIGINT       NOT NULL,
  PRIMARY KEY (doc_id, band)
);
CREATE INDEX document_bands_lookup ON document_bands (band, band_hash);

-- Place and time mentions found in a document version, with their spans.
CREATE TABLE mentions (
  doc_id     VARCHAR(512) NOT NULL,
  version    INTEGER      NOT NULL,
  ord        INTEGER      NOT NULL,
  mention_kind VARCHAR(8) NOT NULL, -- place | time
  span_start INTEGER      NOT NULL,
  span_end   INTEGER      NOT NULL,
  surface    TEXT         NOT NULL,
  place_id   VARCHAR(256),          -- place: resolved gazetteer id, null when unresolved
  resolution TEXT,                  -- place: why / reason; time: kind
  date_from  VARCHAR(10),
  date_to    VARCHAR(10),
  date_precision VARCHAR(8),
  PRIMARY KEY (doc_id, version, ord)
);

-- Events of a document version, every contract field. superseded = 1 once a newer version exists.
CREATE TABLE events (
  doc_id         VARCHAR(512) NOT NULL,
  version        INTEGER      NOT NULL,
  ord            INTEGER      NOT NULL,
  event_id       VARCHAR(128) NOT NULL,
  doc_ids        TEXT         NOT NULL, -- JSON array
  kind           VARCHAR(16)  NOT NULL,
  sub_event_type VARCHAR(64)  NOT NULL,
  date_from      VARCHAR(10)  NOT NULL,
  date_to        VARCHAR(10)  NOT NULL,
  date_precision VARCHAR(8)   NOT NULL,
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
CREATE INDEX events_current ON events (superseded, date_from, date_to);
CREATE INDEX events_place ON events (loc_gazetteer_id);

CREATE TABLE event_actors (
  doc_id   VARCHAR(512) NOT NULL,
  version  INTEGER      NOT NULL,
  event_ord INTEGER     NOT NULL,
  ord      INTEGER      NOT NULL,
  name     TEXT         NOT NULL,
  role     VARCHAR(16)  NOT NULL,
  actor_id VARCHAR(256),
  PRIMARY KEY (doc_id, version, event_ord, ord)
);

CREATE TABLE evidence (
  doc_id    VARCHAR(512) NOT NULL,
  version   INTEGER      NOT NULL,
  event_ord INTEGER      NOT NULL,
  ord       INTEGER      NOT NULL,
  source_doc_id VARCHAR(512) NOT NULL,
  span_start INTEGER     NOT NULL,
  span_end   INTEGER     NOT NULL,
  quote      TEXT        NOT NULL,
  role       VARCHAR(32),
  PRIMARY KEY (doc_id, version, event_ord, ord)
);
