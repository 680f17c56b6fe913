-- What a GeoJSON store file holds besides its features (name, crs, metadata members of the FeatureCollection),
-- so that a store copied from a file into the database and back loses nothing.
CREATE TABLE collection_members (
  name text PRIMARY KEY,
  position int NOT NULL,
  value json NOT NULL
);
REVOKE ALL ON collection_members FROM PUBLIC;
GRANT SELECT ON collection_members TO bw_viewer;
GRANT INSERT, UPDATE, DELETE ON collection_members TO bw_editor;
