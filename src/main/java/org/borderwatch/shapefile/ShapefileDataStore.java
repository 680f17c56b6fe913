package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.FeatureWriter;
import org.geotools.api.data.FileDataStore;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.data.Transaction;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.Name;
import org.geotools.api.filter.Filter;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.store.ContentDataStore;
import org.geotools.data.store.ContentEntry;
import org.geotools.data.store.ContentFeatureSource;
import org.geotools.feature.AttributeTypeBuilder;
import org.geotools.feature.NameImpl;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A read-only GeoTools data store over one shapefile (.shp with its .shx, .dbf, .prj and .cpg).
 * It reads shapes, attributes and CRS as GDAL does, streams features without holding them, and
 * honours a Query's bounding box (records outside it are not decoded), filter, property list and
 * limit. Records that cannot be read are skipped; {@link #problems()} says which and why, and
 * {@link #warnings()} lists what was read in a way the user should know about (a missing .dbf, a
 * code page read differently from GDAL, a .shx that disagrees with the .shp).
 * <p>
 * Polygon rings are closed, and rings of fewer than 3 points padded by repeating their first point,
 * because JTS needs that; GDAL keeps a ring as the file gives it. Such a ring carries as user data an
 * {@link Integer}: how many of its points, from the first, the file gives.
 * <p>
 * Attribute descriptors carry the DBF column in their user data ({@code "dbf.type"},
 * {@code "dbf.width"}, {@code "dbf.decimals"}, {@code "ogr.type"}); the geometry descriptor carries
 * the type name ogrinfo prints ({@code "ogr.geometryType"}). Thread-safe for concurrent readers.
 */
public final class ShapefileDataStore extends ContentDataStore implements FileDataStore {
    /** Name of the geometry attribute, the one GeoTools' own shapefile store uses. */
    public static final String GEOMETRY = "the_geom";

    private static final int BUFFER_BYTES = 1 << 20;

    private final Path shp;
    private final Path shx;
    private final Path dbf;
    private final Path cpg;
    private final Charset charsetOverride;
    private final String typeName;
    private final ShpHeader header;
    private final DbfHeader dbfHeader;
    private final DbfCharset.Decoding decoding;
    private final CoordinateReferenceSystem crs;
    private final GeometryFactory geometryFactory =
            new GeometryFactory(new PrecisionModel(), 0, PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
    private final List<ShapefileFormatException> openProblems = new ArrayList<>();
    private final List<ShapefileFormatException> openWarnings = new ArrayList<>();
    private volatile SpatialIndex spatialIndex;
    private volatile ShapefileFeatureReader.Outcome lastRead = new ShapefileFeatureReader.Outcome(List.of(), List.of());

    /** Opens a shapefile whose text is decoded by its .cpg or DBF language byte. */
    public ShapefileDataStore(Path shp) throws IOException {
        this(shp, null);
    }

    /**
     * Opens a shapefile, checking the .shp and .dbf headers and reading the CRS.
     *
     * @param shp the .shp file
     * @param charset decodes the .dbf text instead of its .cpg or language byte; null to use those
     * @throws ShapefileFormatException when the .shp is missing, the .shp or .dbf header is unreadable,
     *     or the file holds MultiPatch shapes
     */
    public ShapefileDataStore(Path shp, Charset charset) throws IOException {
        this.shp = shp;
        if (!Files.isRegularFile(shp)) throw new ShapefileFormatException(shp, "file not found");
        String file = shp.getFileName().toString();
        int dot = file.lastIndexOf('.');
        this.typeName = dot > 0 ? file.substring(0, dot) : file;
        Path index = sibling("shx");
        this.dbf = sibling("dbf");
        this.cpg = sibling("cpg");
        this.charsetOverride = charset;
        try (FileWindow w = new FileWindow(shp, ShpHeader.LENGTH)) {
            this.header = ShpHeader.read(w);
        }
        this.shx = usableIndex(index);
        if (header.shapeType() == ShapeType.MULTIPATCH) {
            throw new ShapefileFormatException(
                    shp, "holds MultiPatch shapes (3D surfaces), which BorderWatch does not read");
        }
        if (dbf == null) {
            // GDAL reads the shapes alone; so do we, saying what is missing
            openWarnings.add(new ShapefileFormatException(
                    shp.resolveSibling(typeName + ".dbf"), "file not found; the shapes are read without attributes"));
            this.dbfHeader = null;
            this.decoding = DbfCharset.Decoding.of(StandardCharsets.ISO_8859_1);
        } else {
            try (DbfReader reader = DbfReader.open(dbf, cpg, charset, 4096)) {
                this.dbfHeader = reader.header();
                this.decoding = reader.decoding();
            }
            if (decoding.warning() != null) openWarnings.add(new ShapefileFormatException(cpg, decoding.warning()));
        }
        if (dbfHeader != null && dbfHeader.recordCount() < dbfHeader.declaredRecordCount()) {
            openProblems.add(new ShapefileFormatException(
                    dbf,
                    "header says " + dbfHeader.declaredRecordCount() + " records but the file holds only "
                            + dbfHeader.recordCount()));
        }
        Path prj = sibling("prj");
        CoordinateReferenceSystem readCrs = null;
        if (prj != null) {
            try {
                readCrs = PrjReader.read(prj);
            } catch (ShapefileFormatException e) {
                openProblems.add(e);
            }
        }
        this.crs = readCrs;
    }

    /** The .shx when its header reads; otherwise null, so records are read in sequence, and a problem noted. */
    private Path usableIndex(Path index) throws IOException {
        if (index == null) return null;
        try {
            ShxIndex.open(index);
            return index;
        } catch (ShapefileFormatException e) {
            openProblems.add(
                    new ShapefileFormatException(index, e.problem() + "; records are read in sequence instead"));
            return null;
        }
    }

    private Path sibling(String extension) {
        for (String ext : new String[] {extension, extension.toUpperCase(Locale.ROOT)}) {
            Path p = shp.resolveSibling(typeName + "." + ext);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** How many records the file holds, deleted ones included, from the .dbf header (the .shx without a .dbf). */
    public long recordCount() throws IOException {
        if (dbfHeader != null) return dbfHeader.recordCount();
        return shx == null ? 0 : ShxIndex.open(shx).count();
    }

    /** Whether {@link #index} has given this store an index its bbox queries go through. */
    public boolean indexed() {
        return spatialIndex != null;
    }

    /**
     * Makes queries with a bounding box read only the records whose box meets it, through a packed R-tree of the
     * record boxes. The tree is built on the first call for this size and modification time of the .shp (one
     * pass over the records) and kept in a file beside it ({@code NAME.bwsi}), or in {@code cacheDir} when the
     * .shp's folder is read-only; later calls, in this session or the next, only map that file. A query returns
     * the same features with the index as without it. Does nothing without a usable .shx, since records are
     * found through it.
     *
     * @param cacheDir where indexes of read-only folders go; null to write only beside the .shp
     * @return the file the index is kept in, or null when there is no .shx
     * @throws IOException when the .shp cannot be read or the index written anywhere
     */
    public Path index(Path cacheDir) throws IOException {
        if (shx == null) return null;
        SpatialIndex index = spatialIndex;
        if (index == null) {
            index = SpatialIndex.openOrBuild(shp, cacheDir);
            spatialIndex = index;
        }
        return index.file();
    }

    /**
     * What could not be read: header problems found on opening, then the records skipped by the
     * most recently closed reader, each naming file, record and field.
     */
    public List<ShapefileFormatException> problems() {
        List<ShapefileFormatException> all = new ArrayList<>(openProblems);
        all.addAll(lastRead.problems());
        return List.copyOf(all);
    }

    /**
     * What was read but differently from how the file asks or from GDAL, each naming file (and
     * record): found on opening, then by the most recently closed reader. Nothing was skipped for these.
     */
    public List<ShapefileFormatException> warnings() {
        List<ShapefileFormatException> all = new ArrayList<>(openWarnings);
        all.addAll(lastRead.warnings());
        return List.copyOf(all);
    }

    /**
     * The charset the .dbf text is decoded with. With neither .cpg nor language byte it is
     * ISO-8859-1 for text that is not valid UTF-8; valid UTF-8 is read as UTF-8, as GDAL shows it.
     */
    public Charset charset() {
        return decoding.charset();
    }

    @Override
    protected List<Name> createTypeNames() {
        return List.of(new NameImpl(typeName));
    }

    @Override
    protected ContentFeatureSource createFeatureSource(ContentEntry entry) {
        return new ShapefileFeatureSource(entry);
    }

    ShpHeader shpHeader() {
        return header;
    }

    SimpleFeatureType buildFeatureType(Name name) {
        SimpleFeatureTypeBuilder type = new SimpleFeatureTypeBuilder();
        type.setName(name);
        type.setCRS(crs);
        AttributeTypeBuilder geometry = new AttributeTypeBuilder();
        geometry.setBinding(header.shapeType().binding());
        geometry.setCRS(crs);
        geometry.setNillable(true);
        geometry.userData("ogr.geometryType", header.shapeType().ogrName(header.measured()));
        type.add(geometry.buildDescriptor(GEOMETRY));
        for (DbfField f : fields()) {
            AttributeTypeBuilder attribute = new AttributeTypeBuilder();
            attribute.setBinding(f.binding());
            attribute.setNillable(true);
            attribute.userData("dbf.type", String.valueOf(f.type()));
            attribute.userData("dbf.width", f.width());
            attribute.userData("dbf.decimals", f.decimals());
            attribute.userData("ogr.type", f.ogrTypeName());
            type.add(attribute.buildDescriptor(f.name()));
        }
        type.setDefaultGeometry(GEOMETRY);
        return type.buildFeatureType();
    }

    FeatureReader<SimpleFeatureType, SimpleFeature> openReader(SimpleFeatureType schema, Query query)
            throws IOException {
        ReadPlan plan = ReadPlan.of(schema, fields(), query);
        ShxIndex index = shx == null ? null : ShxIndex.open(shx);
        ShpReader shapes = new ShpReader(shp, index, geometryFactory, BUFFER_BYTES);
        SpatialIndex tree = spatialIndex;
        if (tree != null && index != null && plan.box() != null) shapes.only(tree.query(plan.box()));
        try {
            DbfReader attributes = dbf == null ? null : DbfReader.open(dbf, cpg, charsetOverride, BUFFER_BYTES);
            return new ShapefileFeatureReader(shapes, attributes, plan, typeName, outcome -> lastRead = outcome);
        } catch (IOException | RuntimeException e) {
            shapes.close();
            throw e;
        }
    }

    private List<DbfField> fields() {
        return dbfHeader == null ? List.of() : dbfHeader.fields();
    }

    @Override
    public SimpleFeatureType getSchema() throws IOException {
        return getSchema(typeName);
    }

    /** Always refused: the store is read-only. */
    @Override
    public void updateSchema(SimpleFeatureType featureType) throws IOException {
        throw new UnsupportedOperationException(shp.getFileName() + " is read-only");
    }

    @Override
    public SimpleFeatureSource getFeatureSource() throws IOException {
        return getFeatureSource(typeName);
    }

    @Override
    public FeatureReader<SimpleFeatureType, SimpleFeature> getFeatureReader() throws IOException {
        return getFeatureReader(new Query(typeName), Transaction.AUTO_COMMIT);
    }

    /** Always fails with an IOException: the store is read-only. */
    @Override
    public FeatureWriter<SimpleFeatureType, SimpleFeature> getFeatureWriter(Filter filter, Transaction transaction)
            throws IOException {
        return getFeatureWriter(typeName, filter, transaction);
    }

    /** Always fails with an IOException: the store is read-only. */
    @Override
    public FeatureWriter<SimpleFeatureType, SimpleFeature> getFeatureWriter(Transaction transaction)
            throws IOException {
        return getFeatureWriter(typeName, transaction);
    }

    /** Always fails with an IOException: the store is read-only. */
    @Override
    public FeatureWriter<SimpleFeatureType, SimpleFeature> getFeatureWriterAppend(Transaction transaction)
            throws IOException {
        return getFeatureWriterAppend(typeName, transaction);
    }
}
