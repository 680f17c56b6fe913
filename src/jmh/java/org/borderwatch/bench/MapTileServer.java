package org.borderwatch.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.tiles.TileId;
import org.borderwatch.tiles.WebMercator;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;

/**
 * A tile server on the loopback address for looking at web tiles without the internet: {@code /z/x/y.png} is the
 * maps folder's map drawn in Web Mercator, with the tile's edge and its z/x/y written on it so the tiles show
 * under the window's own layers. Not a benchmark; a tool to run the window against
 * ({@code bin/borderwatch --tiles http://127.0.0.1:PORT/{z}/{x}/{y}.png}).
 *
 * <pre>java -cp "target/classes:target/lib/*" org.borderwatch.bench.MapTileServer [PORT] [MAPS_DIR]</pre>
 */
public final class MapTileServer {

    private MapTileServer() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8765;
        MapModel model = RegionMap.load(Path.of(args.length > 1 ? args[1] : "maps"))
                .withDisplayCrs(CRS.decode("EPSG:3857", true));
        MapPainter painter = new MapPainter();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", ex -> answer(ex, model, painter));
        server.start();
        System.out.println("serving http://127.0.0.1:" + port + "/{z}/{x}/{y}.png");
    }

    private static void answer(HttpExchange ex, MapModel model, MapPainter painter) throws IOException {
        String[] p = ex.getRequestURI().getPath().replace(".png", "").split("/");
        TileId id;
        try {
            id = new TileId(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
        } catch (RuntimeException e) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        byte[] png;
        synchronized (painter) {
            png = render(id, model, painter);
        }
        ex.getResponseHeaders().set("Content-Type", "image/png");
        ex.getResponseHeaders().set("Cache-Control", "max-age=600");
        ex.sendResponseHeaders(200, png.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(png);
        }
    }

    private static byte[] render(TileId id, MapModel model, MapPainter painter) throws IOException {
        Envelope b = WebMercator.bounds(id);
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        painter.paint(
                g,
                Frame.of(model, new Viewport(new ReferencedEnvelope(b, model.displayCrs()), 256, 256, 1))
                        .withOptions(FrameOptions.FEATURES_ONLY));
        g.setColor(new Color(200, 0, 120));
        g.setStroke(new BasicStroke(1));
        g.drawRect(0, 0, 255, 255);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString("tile " + id, 6, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
