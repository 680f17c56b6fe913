package org.borderwatch.shapefile;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.borderwatch.io.AtomicFile;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A packed Hilbert R-tree of a .shp's record boxes (the layout FlatGeobuf and flatbush use): records sorted
 * by the Hilbert value of their box's centre, grouped {@value #NODE_SIZE} to a node, level by level up to
 * the root. It is built once, in one pass over the record headers, and written to a file keyed by the
 * .shp's size and modification time, so a later session maps it and reads only the records a box meets.
 * The file is memory-mapped: the index costs no heap, whatever the record count.
 * <p>
 * Boxes are stored as floats rounded outwards, so the index may offer a record whose box only nearly meets
 * the query; the reader still checks each record's own box, so a query returns exactly what a full scan does.
 * Null shapes are left out: they meet no box.
 */
final class SpatialIndex {

    static final String EXTENSION = "bwsi";
    static final int NODE_SIZE = 16;
    private static final int MAGIC = 0x42575349; // "BWSI"
    private static final int VERSION = 1;
    private static final int HEADER = 40;
    private static final int HILBERT_MAX = (1 << 16) - 1;

    private final Path file;
    private final int leaves;
    private final int[] levelEnds;
    private final FloatBuffer boxes;
    private final IntBuffer indices;

    private SpatialIndex(Path file, int leaves, FloatBuffer boxes, IntBuffer indices) {
        this.file = file;
        this.leaves = leaves;
        this.levelEnds = levelEnds(leaves);
        this.boxes = boxes;
        this.indices = indices;
    }

    /**
     * The index of {@code shp}, read from beside it or from {@code cacheDir}, built and written first when
     * neither holds one for this size and modification time of the .shp. It is written beside the .shp
     * when that folder is writable, else into {@code cacheDir} under a name made from the .shp's path.
     *
     * @param cacheDir where indexes of read-only folders go; null to use only the .shp's folder
     * @throws IOException when the .shp cannot be read or no index can be written (nor read) anywhere
     */
    static SpatialIndex openOrBuild(Path shp, Path cacheDir) throws IOException {
        long size = Files.size(shp);
        long modified = Files.getLastModifiedTime(shp).toMillis();
        Path beside = shp.resolveSibling(baseName(shp) + "." + EXTENSION);
        Path cached = cacheDir == null ? null : cacheDir.resolve(cacheName(shp));
        for (Path candidate : new Path[] {beside, cached}) {
            if (candidate == null || !Files.isRegularFile(candidate)) continue;
            SpatialIndex index = read(candidate, size, modified);
            if (index != null) return index;
        }
        Path target = Files.isWritable(shp.toAbsolutePath().getParent()) || cached == null ? beside : cached;
        Built built = build(shp);
        try {
            write(target, built, size, modified);
        } catch (IOException e) {
            if (cached == null || target.equals(cached)) throw e;
            target = cached;
            write(target, built, size, modified);
        }
        SpatialIndex index = read(target, size, modified);
        if (index == null) throw new ShapefileFormatException(target, "index written but cannot be read back");
        return index;
    }

    Path file() {
        return file;
    }

    /** The number of records with a shape. */
    int size() {
        return leaves;
    }

    /**
     * The 0-based numbers of the records whose stored box meets {@code box}, ascending (file order).
     * A superset of the exact answer by at most float rounding.
     */
    int[] query(Envelope box) {
        if (leaves == 0) return new int[0];
        float minX = down(box.getMinX()), minY = down(box.getMinY());
        float maxX = up(box.getMaxX()), maxY = up(box.getMaxY());
        int[] out = new int[64];
        int n = 0;
        int[] stack = new int[64];
        int top = 0;
        int nodeIndex = levelEnds[levelEnds.length - 1] - 1;
        int level = levelEnds.length - 1;
        int[] levels = new int[64];
        while (true) {
            int end = Math.min(nodeIndex + NODE_SIZE, levelEnds[level]);
            for (int pos = nodeIndex; pos < end; pos++) {
                int b = 4 * pos;
                if (maxX < boxes.get(b)
                        || maxY < boxes.get(b + 1)
                        || minX > boxes.get(b + 2)
                        || minY > boxes.get(b + 3)) continue;
                int child = indices.get(pos);
                if (level == 0) {
                    if (n == out.length) out = Arrays.copyOf(out, n * 2);
                    out[n++] = child;
                } else {
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                        levels = Arrays.copyOf(levels, top * 2);
                    }
                    stack[top] = child;
                    levels[top++] = level - 1;
                }
            }
            if (top == 0) break;
            top--;
            nodeIndex = stack[top];
            level = levels[top];
        }
        int[] hits = Arrays.copyOf(out, n);
        Arrays.sort(hits);
        return hits;
    }

    /** Where each level ends in the node arrays: leaves first, the root last. */
    private static int[] levelEnds(int leaves) {
        int n = Math.max(leaves, 1);
        int numNodes = n;
        int[] ends = new int[32];
        int levels = 0;
        ends[levels++] = numNodes;
        do {
            n = (n + NODE_SIZE - 1) / NODE_SIZE;
            numNodes += n;
            ends[levels++] = numNodes;
        } while (n != 1);
        return Arrays.copyOf(ends, levels);
    }

    record Built(int leaves, float[] boxes, int[] indices) {}

    /** Reads every record's box in one pass and packs the tree in memory. */
    static Built build(Path shp) throws IOException {
        int capacity = 1024;
        double[] raw = new double[4 * capacity];
        int[] records = new int[capacity];
        int n = 0;
        GeometryFactory factory = new GeometryFactory();
        Path shx = shp.resolveSibling(baseName(shp) + ".shx");
        ShxIndex index = Files.isRegularFile(shx) ? ShxIndex.open(shx) : null;
        try (ShpReader reader = new ShpReader(shp, index, factory, 1 << 20)) {
            while (true) {
                double[] box;
                try {
                    if (!reader.next()) break;
                    box = reader.recordBox();
                } catch (ShapefileFormatException e) {
                    // the reader reports this record when a query reaches it; the index just leaves it out
                    continue;
                }
                if (box == null) continue;
                if (n == records.length) {
                    records = Arrays.copyOf(records, n * 2);
                    raw = Arrays.copyOf(raw, 8 * n);
                }
                System.arraycopy(box, 0, raw, 4 * n, 4);
                records[n++] = reader.recordNumber() - 1;
            }
        }
        return pack(raw, records, n);
    }

    /** Sorts the boxes by the Hilbert value of their centres and builds the levels above them. */
    static Built pack(double[] raw, int[] records, int n) {
        int[] ends = levelEnds(n);
        int numNodes = ends[ends.length - 1];
        float[] boxes = new float[4 * numNodes];
        int[] indices = new int[numNodes];
        if (n == 0) {
            Arrays.fill(boxes, 0, 4, Float.NaN);
            return new Built(0, boxes, indices);
        }
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, raw[4 * i]);
            minY = Math.min(minY, raw[4 * i + 1]);
            maxX = Math.max(maxX, raw[4 * i + 2]);
            maxY = Math.max(maxY, raw[4 * i + 3]);
        }
        double w = maxX - minX, h = maxY - minY;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            double cx = (raw[4 * i] + raw[4 * i + 2]) / 2, cy = (raw[4 * i + 1] + raw[4 * i + 3]) / 2;
            int hx = w == 0 ? 0 : (int) Math.floor(HILBERT_MAX * (cx - minX) / w);
            int hy = h == 0 ? 0 : (int) Math.floor(HILBERT_MAX * (cy - minY) / h);
            // the curve's 32 bits, halved so the key stays positive and sorts as it should
            keys[i] = ((long) (hilbert(hx, hy) >>> 1) << 32) | i;
        }
        Arrays.sort(keys);
        for (int k = 0; k < n; k++) {
            int i = (int) keys[k];
            boxes[4 * k] = down(raw[4 * i]);
            boxes[4 * k + 1] = down(raw[4 * i + 1]);
            boxes[4 * k + 2] = up(raw[4 * i + 2]);
            boxes[4 * k + 3] = up(raw[4 * i + 3]);
            indices[k] = records[i];
        }
        int pos = 0;
        for (int level = 0; level < ends.length - 1; level++) {
            int end = ends[level];
            int parent = end;
            while (pos < end) {
                float x0 = Float.POSITIVE_INFINITY, y0 = Float.POSITIVE_INFINITY;
                float x1 = Float.NEGATIVE_INFINITY, y1 = Float.NEGATIVE_INFINITY;
                int first = pos;
                for (int j = 0; j < NODE_SIZE && pos < end; j++, pos++) {
                    x0 = Math.min(x0, boxes[4 * pos]);
                    y0 = Math.min(y0, boxes[4 * pos + 1]);
                    x1 = Math.max(x1, boxes[4 * pos + 2]);
                    y1 = Math.max(y1, boxes[4 * pos + 3]);
                }
                boxes[4 * parent] = x0;
                boxes[4 * parent + 1] = y0;
                boxes[4 * parent + 2] = x1;
                boxes[4 * parent + 3] = y1;
                indices[parent++] = first;
            }
        }
        return new Built(n, boxes, indices);
    }

    private static void write(Path target, Built built, long size, long modified) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFile.write(target, out -> {
            DataOutputStream data = new DataOutputStream(out);
            ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            head.putInt(MAGIC).putInt(VERSION).putLong(size).putLong(modified);
            head.putInt(built.leaves)
                    .putInt(NODE_SIZE)
                    .putInt(built.indices.length)
                    .putInt(0);
            data.write(head.array());
            ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : built.boxes) {
                if (!chunk.hasRemaining()) flush(chunk, data);
                chunk.putFloat(f);
            }
            for (int i : built.indices) {
                if (!chunk.hasRemaining()) flush(chunk, data);
                chunk.putInt(i);
            }
            flush(chunk, data);
            data.flush();
        });
    }

    private static void flush(ByteBuffer chunk, DataOutputStream out) throws IOException {
        out.write(chunk.array(), 0, chunk.position());
        chunk.clear();
    }

    /** The index in {@code file}, or null when it is for another version of the .shp or not an index at all. */
    private static SpatialIndex read(Path file, long size, long modified) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < HEADER) return null;
            ByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            map.order(ByteOrder.LITTLE_ENDIAN);
            if (map.getInt(0) != MAGIC
                    || map.getInt(4) != VERSION
                    || map.getLong(8) != size
                    || map.getLong(16) != modified
                    || map.getInt(28) != NODE_SIZE) return null;
            int leaves = map.getInt(24);
            int numNodes = map.getInt(32);
            if (leaves < 0 || numNodes != levelEnds(leaves)[levelEnds(leaves).length - 1]) return null;
            if (channel.size() != HEADER + 20L * numNodes) return null;
            FloatBuffer boxes = map.slice(HEADER, 16 * numNodes)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .asFloatBuffer();
            IntBuffer indices = map.slice(HEADER + 16 * numNodes, 4 * numNodes)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .asIntBuffer();
            return new SpatialIndex(file, leaves, boxes, indices);
        }
    }

    static String baseName(Path shp) {
        String name = shp.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A name unique to the .shp's absolute path, readable enough to tell which file it indexes. */
    private static String cacheName(Path shp) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(shp.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return baseName(shp) + "-" + HexFormat.of().formatHex(digest, 0, 8) + "." + EXTENSION;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static float down(double v) {
        float f = (float) v;
        return f > v ? Math.nextDown(f) : f;
    }

    private static float up(double v) {
        float f = (float) v;
        return f < v ? Math.nextUp(f) : f;
    }

    /** The Hilbert curve position of (x, y) on a 2^16 grid (Fast Hilbert curve by rawrunprotected, public domain). */
    static int hilbert(int x, int y) {
        int a = x ^ y;
        int b = 0xFFFF ^ a;
        int c = 0xFFFF ^ (x | y);
        int d = x & (y ^ 0xFFFF);
        int A = a | (b >>> 1);
        int B = (a >>> 1) ^ a;
        int C = ((c >>> 1) ^ (b & (d >>> 1))) ^ c;
        int D = ((a & (c >>> 1)) ^ (d >>> 1)) ^ d;
        a = A;
        b = B;
        c = C;
        d = D;
        A = (a & (a >>> 2)) ^ (b & (b >>> 2));
        B = (a & (b >>> 2)) ^ (b & ((a ^ b) >>> 2));
        C ^= (a & (c >>> 2)) ^ (b & (d >>> 2));
        D ^= (b & (c >>> 2)) ^ ((a ^ b) & (d >>> 2));
        a = A;
        b = B;
        c = C;
        d = D;
        A = (a & (a >>> 4)) ^ (b & (b >>> 4));
        B = (a & (b >>> 4)) ^ (b & ((a ^ b) >>> 4));
        C ^= (a & (c >>> 4)) ^ (b & (d >>> 4));
        D ^= (b & (c >>> 4)) ^ ((a ^ b) & (d >>> 4));
        a = A;
        b = B;
        c = C;
        d = D;
        C ^= (a & (c >>> 8)) ^ (b & (d >>> 8));
        D ^= (b & (c >>> 8)) ^ ((a ^ b) & (d >>> 8));
        a = C ^ (C >>> 1);
        b = D ^ (D >>> 1);
        int i0 = x ^ y;
        int i1 = b | (0xFFFF ^ (i0 | a));
        i0 = (i0 | (i0 << 8)) & 0x00FF00FF;
        i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
        i0 = (i0 | (i0 << 2)) & 0x33333333;
        i0 = (i0 | (i0 << 1)) & 0x55555555;
        i1 = (i1 | (i1 << 8)) & 0x00FF00FF;
        i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
        i1 = (i1 | (i1 << 2)) & 0x33333333;
        i1 = (i1 | (i1 << 1)) & 0x55555555;
        return (i1 << 1) | i0;
    }
}
