-- The shared event store: one row per event, every version kept, changes announced to listeners.
-- Runs as bw_admin (PostgisEventStore sets the role), which then owns every object here.

-- The group roles, for servers not made by scripts/postgis-local (which creates them itself).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bw_viewer') THEN CREATE ROLE bw_viewer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bw_editor') THEN CREATE ROLE bw_editor NOLOGIN IN ROLE bw_viewer; END IF;
END $$;

-- The event is kept as the GeoJSON Feature the file store would write, verbatim (json, not jsonb, keeps
-- unknown properties byte for byte); the columns after it are derived from it by a trigger, so they cannot
-- disagree with it whoever writes the row, and exist for the indexes and for other tools (QGIS, psql).
CREATE TABLE events (
  id text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  feature json NOT NULL,
  kind text,
  category text,
  title text,
  confidence text,
  day_from date,
  day_to date,
  position geometry(Point, 4326),
  footprint geometry(Geometry, 4326),
  uncertainty_km double precision,
  version bigint NOT NULL DEFAULT 1,
  changed_by text NOT NULL DEFAULT session_user,
  changed_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN events.feature IS 'the event as a GeoJSON Feature; the columns after it are derived from it';
COMMENT ON COLUMN events.position IS 'the point, or the centre of a line''s or area''s bounding box';
COMMENT ON COLUMN events.uncertainty_km IS 'radius of an approximate position, from properties.precision.radius_km';

CREATE INDEX events_footprint ON events USING gist (footprint);
CREATE INDEX events_days ON events (day_from, day_to);

CREATE TABLE event_history (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL,
  version bigint NOT NULL,
  op text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  feature json NOT NULL,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL
);
CREATE INDEX event_history_id ON event_history (id, seq);

-- A row whose feature is not a readable event still saves (the app reports it when loading and leaves it
-- alone), so each derivation that can fail is caught and leaves its column empty.
CREATE FUNCTION events_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p json := NEW.feature -> 'properties';
  g geometry;
BEGIN
  NEW.kind := p ->> 'kind';
  NEW.category := p ->> 'category';
  NEW.title := p ->> 'title';
  NEW.confidence := p ->> 'confidence';
  BEGIN
    -- the day of a date-time is the day in its own offset, as the app reads it
    NEW.day_from := left(p ->> 'date', 10)::date;
    NEW.day_to := coalesce(left(p ->> 'end', 10)::date, NEW.day_from);
    NEW.uncertainty_km := (p -> 'precision' ->> 'radius_km')::double precision;
  EXCEPTION WHEN others THEN
    NEW.day_from := NULL;
    NEW.day_to := NULL;
  END;
  BEGIN
    g := ST_SetSRID(ST_GeomFromGeoJSON((NEW.feature -> 'geometry')::text), 4326);
  EXCEPTION WHEN others THEN
    g := NULL;
  END;
  NEW.footprint := g;
  NEW.position := CASE WHEN g IS NULL THEN NULL
                       WHEN GeometryType(g) = 'POINT' THEN g
                       ELSE ST_Centroid(ST_Envelope(g)) END;
  IF TG_OP = 'UPDATE' THEN
    NEW.version := OLD.version + 1;
  ELSE
    NEW.version := 1;
  END IF;
  NEW.changed_by := session_user;
  NEW.changed_at := clock_timestamp();
  RETURN NEW;
END $$;

CREATE TRIGGER events_derive BEFORE INSERT OR UPDATE ON events
  FOR EACH ROW EXECUTE FUNCTION events_derive();

-- Keeps every version with who and when, and tells listeners. SECURITY DEFINER: editors may write events
-- but never the history itself.
CREATE FUNCTION events_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = borderwatch, public AS $$
DECLARE
  r events%ROWTYPE;
  v bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN
    r := OLD;
    v := OLD.version + 1;
  ELSE
    r := NEW;
    v := NEW.version;
  END IF;
  INSERT INTO event_history (id, version, op, feature, changed_by, changed_at)
    VALUES (r.id, v, lower(TG_OP), r.feature, session_user, clock_timestamp());
  PERFORM pg_notify('borderwatch_events',
    json_build_object('op', lower(TG_OP), 'id', r.id, 'version', v, 'by', session_user)::text);
  RETURN NULL;
END $$;

CREATE TRIGGER events_audit AFTER INSERT OR UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_audit();

-- Who may do what is the database's to enforce: viewers read, editors write events, admins own the schema.
REVOKE ALL ON events, event_history FROM PUBLIC;
GRANT SELECT ON events, event_history, flyway_schema_history TO bw_viewer;
GRANT INSERT, UPDATE, DELETE ON events TO bw_editor;
REVOKE ALL ON FUNCTION events_audit() FROM PUBLIC;
