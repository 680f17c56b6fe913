package org.borderwatch.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes frames as an animated GIF that loops forever, through ImageIO's GIF writer (NETSCAPE2.0
 * application extension for the loop, a graphic control extension for each frame's delay).
 * Frames wider than {@link #MAX_WIDTH_PX} are scaled down: a GIF of 4K frames would be hundreds of
 * megabytes, and the numbered PNGs keep the full size.
 */
final class GifOutput {
    static final int MAX_WIDTH_PX = 1280;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifOutput() {}

    /** The frame as the GIF will hold it: scaled to at most {@link #MAX_WIDTH_PX} wide. */
    static BufferedImage fit(BufferedImage frame) {
        if (frame.getWidth() <= MAX_WIDTH_PX) return frame;
        int w = MAX_WIDTH_PX;
        int h = (int) Math.round(frame.getHeight() * (double) w / frame.getWidth());
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(frame, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return small;
    }

    static void write(List<BufferedImage> frames, int delayMs, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            ImageWriteParam param = writer.getDefaultWriteParam();
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage f = frames.get(i);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(f), param);
                meta.mergeTree(FORMAT, tree(delayMs, i == 0));
                writer.writeToSequence(new IIOImage(f, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode tree(int delayMs, boolean first) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayMs / 10));
        gce.setAttribute("transparentColorIndex", "0");
        root.appendChild(gce);
        if (first) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        return root;
    }
}
