-- Counts per grid cell and day, so that a view of the whole region over any dates is answered from a few
-- hundred thousand small rows at most instead of a million events (issue 17: 1,000,000 events, <= 100 ms).
-- Cells are 0.2 degrees square (cx = floor(lon / 0.2), cy = floor(lat / 0.2)); an event counts in the cell of
-- its position. For a day D a row holds the events that start on D ("starts") and those that started before D
-- and still run on D ("carried", a deployment's span), so the events overlapping [from, to] in a cell are the
-- starts of every day of the range plus the carried of its first day, with nothing counted twice.
-- Kept up to date by statement-level triggers over the changed rows (one upsert per statement, so a COPY of a
-- million rows costs one pass); written only by them (SECURITY DEFINER), read by viewers.
CREATE TABLE event_cells (
  day date NOT NULL,
  cx int NOT NULL,
  cy int NOT NULL,
  starts int NOT NULL,
  starts_incident int NOT NULL,
  starts_deployment int NOT NULL,
  starts_diplomatic int NOT NULL,
  starts_lon double precision NOT NULL,
  starts_lat double precision NOT NULL,
  carried int NOT NULL,
  carried_incident int NOT NULL,
  carried_deployment int NOT NULL,
  carried_diplomatic int NOT NULL,
  carried_lon double precision NOT NULL,
  carried_lat double precision NOT NULL,
  PRIMARY KEY (day, cx, cy)
);
COMMENT ON TABLE event_cells IS 'events per 0.2 degree cell and day, kept by triggers on events; see V3__view_cells.sql';

-- The starts again per cell and month, so that a range of years reads its whole months here (a few thousand rows)
-- and only the days of its first and last months from event_cells.
CREATE TABLE event_cell_months (
  month date NOT NULL,
  cx int NOT NULL,
  cy int NOT NULL,
  starts int NOT NULL,
  starts_incident int NOT NULL,
  starts_deployment int NOT NULL,
  starts_diplomatic int NOT NULL,
  starts_lon double precision NOT NULL,
  starts_lat double precision NOT NULL,
  PRIMARY KEY (month, cx, cy)
);

-- Each changed row adds to (or, gone, takes from) its start day's cell and, as carried, each later day of its
-- span: the same grouping three times below (removed rows, added rows, and the rows already there).
CREATE FUNCTION event_cells_count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = borderwatch, public AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO event_cells AS c
    SELECT d.day, d.cx, d.cy,
           -count(*) FILTER (WHERE d.start), -count(*) FILTER (WHERE d.start AND d.kind = 'incident'),
           -count(*) FILTER (WHERE d.start AND d.kind = 'deployment'),
           -count(*) FILTER (WHERE d.start AND d.kind = 'diplomatic'),
           -coalesce(sum(d.lon) FILTER (WHERE d.start), 0), -coalesce(sum(d.lat) FILTER (WHERE d.start), 0),
           -count(*) FILTER (WHERE NOT d.start), -count(*) FILTER (WHERE NOT d.start AND d.kind = 'incident'),
           -count(*) FILTER (WHERE NOT d.start AND d.kind = 'deployment'),
           -count(*) FILTER (WHERE NOT d.start AND d.kind = 'diplomatic'),
           -coalesce(sum(d.lon) FILTER (WHERE NOT d.start), 0), -coalesce(sum(d.lat) FILTER (WHERE NOT d.start), 0)
      FROM (SELECT s.day::date AS day, s.day = r.day_from AS start, r.kind,
                   floor(ST_X(r.position) / 0.2)::int AS cx, floor(ST_Y(r.position) / 0.2)::int AS cy,
                   ST_X(r.position) AS lon, ST_Y(r.position) AS lat
              FROM removed r, generate_series(r.day_from, r.day_to, interval '1 day') AS s(day)
             WHERE r.position IS NOT NULL AND r.day_from IS NOT NULL AND r.day_to >= r.day_from) d
     GROUP BY d.day, d.cx, d.cy
     ORDER BY d.day, d.cx, d.cy
    ON CONFLICT (day, cx, cy) DO UPDATE SET
      starts = c.starts + EXCLUDED.starts, starts_incident = c.starts_incident + EXCLUDED.starts_incident,
      starts_deployment = c.starts_deployment + EXCLUDED.starts_deployment,
      starts_diplomatic = c.starts_diplomatic + EXCLUDED.starts_diplomatic,
      starts_lon = c.starts_lon + EXCLUDED.starts_lon, starts_lat = c.starts_lat + EXCLUDED.starts_lat,
      carried = c.carried + EXCLUDED.carried, carried_incident = c.carried_incident + EXCLUDED.carried_incident,
      carried_deployment = c.carried_deployment + EXCLUDED.carried_deployment,
      carried_diplomatic = c.carried_diplomatic + EXCLUDED.carried_diplomatic,
      carried_lon = c.carried_lon + EXCLUDED.carried_lon, carried_lat = c.carried_lat + EXCLUDED.carried_lat;
    INSERT INTO event_cell_months AS m
    SELECT date_trunc('month', r.day_from)::date, floor(ST_X(r.position) / 0.2)::int, floor(ST_Y(r.position) / 0.2)::int,
           -count(*), -count(*) FILTER (WHERE r.kind = 'incident'),
           -count(*) FILTER (WHERE r.kind = 'deployment'), -count(*) FILTER (WHERE r.kind = 'diplomatic'),
           -sum(ST_X(r.position)), -sum(ST_Y(r.position))
      FROM removed r
     WHERE r.position IS NOT NULL AND r.day_from IS NOT NULL AND r.day_to >= r.day_from
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3
    ON CONFLICT (month, cx, cy) DO UPDATE SET
      starts = m.starts + EXCLUDED.starts, starts_incident = m.starts_incident + EXCLUDED.starts_incident,
      starts_deployment = m.starts_deployment + EXCLUDED.starts_deployment,
      starts_diplomatic = m.starts_diplomatic + EXCLUDED.starts_diplomatic,
      starts_lon = m.starts_lon + EXCLUDED.starts_lon, starts_lat = m.starts_lat + EXCLUDED.starts_lat;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO event_cells AS c
    SELECT d.day, d.cx, d.cy,
           count(*) FILTER (WHERE d.start), count(*) FILTER (WHERE d.start AND d.kind = 'incident'),
           count(*) FILTER (WHERE d.start AND d.kind = 'deployment'),
           count(*) FILTER (WHERE d.start AND d.kind = 'diplomatic'),
           coalesce(sum(d.lon) FILTER (WHERE d.start), 0), coalesce(sum(d.lat) FILTER (WHERE d.start), 0),
           count(*) FILTER (WHERE NOT d.start), count(*) FILTER (WHERE NOT d.start AND d.kind = 'incident'),
           count(*) FILTER (WHERE NOT d.start AND d.kind = 'deployment'),
           count(*) FILTER (WHERE NOT d.start AND d.kind = 'diplomatic'),
           coalesce(sum(d.lon) FILTER (WHERE NOT d.start), 0), coalesce(sum(d.lat) FILTER (WHERE NOT d.start), 0)
      FROM (SELECT s.day::date AS day, s.day = r.day_from AS start, r.kind,
                   floor(ST_X(r.position) / 0.2)::int AS cx, floor(ST_Y(r.position) / 0.2)::int AS cy,
                   ST_X(r.position) AS lon, ST_Y(r.position) AS lat
              FROM added r, generate_series(r.day_from, r.day_to, interval '1 day') AS s(day)
             WHERE r.position IS NOT NULL AND r.day_from IS NOT NULL AND r.day_to >= r.day_from) d
     GROUP BY d.day, d.cx, d.cy
     ORDER BY d.day, d.cx, d.cy
    ON CONFLICT (day, cx, cy) DO UPDATE SET
      starts = c.starts + EXCLUDED.starts, starts_incident = c.starts_incident + EXCLUDED.starts_incident,
      starts_deployment = c.starts_deployment + EXCLUDED.starts_deployment,
      starts_diplomatic = c.starts_diplomatic + EXCLUDED.starts_diplomatic,
      starts_lon = c.starts_lon + EXCLUDED.starts_lon, starts_lat = c.starts_lat + EXCLUDED.starts_lat,
      carried = c.carried + EXCLUDED.carried, carried_incident = c.carried_incident + EXCLUDED.carried_incident,
      carried_deployment = c.carried_deployment + EXCLUDED.carried_deployment,
      carried_diplomatic = c.carried_diplomatic + EXCLUDED.carried_diplomatic,
      carried_lon = c.carried_lon + EXCLUDED.carried_lon, carried_lat = c.carried_lat + EXCLUDED.carried_lat;
    INSERT INTO event_cell_months AS m
    SELECT date_trunc('month', r.day_from)::date, floor(ST_X(r.position) / 0.2)::int, floor(ST_Y(r.position) / 0.2)::int,
           count(*), count(*) FILTER (WHERE r.kind = 'incident'),
           count(*) FILTER (WHERE r.kind = 'deployment'), count(*) FILTER (WHERE r.kind = 'diplomatic'),
           sum(ST_X(r.position)), sum(ST_Y(r.position))
      FROM added r
     WHERE r.position IS NOT NULL AND r.day_from IS NOT NULL AND r.day_to >= r.day_from
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3
    ON CONFLICT (month, cx, cy) DO UPDATE SET
      starts = m.starts + EXCLUDED.starts, starts_incident = m.starts_incident + EXCLUDED.starts_incident,
      starts_deployment = m.starts_deployment + EXCLUDED.starts_deployment,
      starts_diplomatic = m.starts_diplomatic + EXCLUDED.starts_diplomatic,
      starts_lon = m.starts_lon + EXCLUDED.starts_lon, starts_lat = m.starts_lat + EXCLUDED.starts_lat;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER event_cells_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_cells_count();
CREATE TRIGGER event_cells_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_cells_count();
CREATE TRIGGER event_cells_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION event_cells_count();

-- the events already there; TRUNCATE bypasses the triggers, so it empties the counts too
INSERT INTO event_cells
SELECT d.day, d.cx, d.cy,
       count(*) FILTER (WHERE d.start), count(*) FILTER (WHERE d.start AND d.kind = 'incident'),
       count(*) FILTER (WHERE d.start AND d.kind = 'deployment'),
       count(*) FILTER (WHERE d.start AND d.kind = 'diplomatic'),
       coalesce(sum(d.lon) FILTER (WHERE d.start), 0), coalesce(sum(d.lat) FILTER (WHERE d.start), 0),
       count(*) FILTER (WHERE NOT d.start), count(*) FILTER (WHERE NOT d.start AND d.kind = 'incident'),
       count(*) FILTER (WHERE NOT d.start AND d.kind = 'deployment'),
       count(*) FILTER (WHERE NOT d.start AND d.kind = 'diplomatic'),
       coalesce(sum(d.lon) FILTER (WHERE NOT d.start), 0), coalesce(sum(d.lat) FILTER (WHERE NOT d.start), 0)
  FROM (SELECT s.day::date AS day, s.day = r.day_from AS start, r.kind,
               floor(ST_X(r.position) / 0.2)::int AS cx, floor(ST_Y(r.position) / 0.2)::int AS cy,
               ST_X(r.position) AS lon, ST_Y(r.position) AS lat
          FROM events r, generate_series(r.day_from, r.day_to, interval '1 day') AS s(day)
         WHERE r.position IS NOT NULL AND r.day_from IS NOT NULL AND r.day_to >= r.day_from) d
 GROUP BY d.day, d.cx, d.cy;

INSERT INTO event_cell_months
SELECT date_trunc('month', r.day_from)::date, floor(ST_X(r.position) / 0.2)::int, floor(ST_Y(r.position) / 0.2)::int,
       count(*), count(*) FILTER (WHERE r.kind = 'incident'), count(*) FILTER (WHERE r.kind = 'deployment'),
       count(*) FILTER (WHERE r.kind = 'diplomatic'), sum(ST_X(r.position)), sum(ST_Y(r.position))
  FROM events r
 WHERE r.position IS NOT NULL AND r.day_from IS NOT NULL AND r.day_to >= r.day_from
 GROUP BY 1, 2, 3;

CREATE FUNCTION event_cells_truncate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = borderwatch, public AS $$
BEGIN
  TRUNCATE event_cells, event_cell_months;
  RETURN NULL;
END $$;
CREATE TRIGGER event_cells_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION event_cells_truncate();

-- A view at 1:100k is answered from the events themselves: the position index with the days and kind beside
-- it lets the database count and place the events of a view without reading their features.
-- One tree over position and span: a view's area and dates are searched together, no bitmap of each to combine.
-- (greatest: a row whose end is before its date still saves, and is found by its date.)
CREATE INDEX events_position ON events USING gist (position, daterange(day_from, greatest(day_to, day_from), '[]'));
-- and a short date range over a wide view from the events' spans (a B-tree on the days cannot stab a range)
CREATE INDEX events_span ON events USING gist (daterange(day_from, greatest(day_to, day_from), '[]'));

-- The rows the counts leave out (no position or no readable days), so counting every row reads the monthly
-- counts and this index, not a million rows.
CREATE INDEX events_unplaced ON events (id) WHERE position IS NULL OR day_from IS NULL OR day_to < day_from;

REVOKE ALL ON event_cells, event_cell_months FROM PUBLIC;
GRANT SELECT ON event_cells, event_cell_months TO bw_viewer;
REVOKE ALL ON FUNCTION event_cells_count(), event_cells_truncate() FROM PUBLIC;
