#!/usr/bin/python3
"""QGIS 3.22 (PyQGIS, headless) drawing a Geofabrik-layout extract, for ExtractBench's comparison.

Draws the six layers SyntheticExtract writes with the simple symbols ExtractBench gives BorderWatch
(landuse fill, water fill with outline, waterways, railways, roads, places), bottom first, at 1920x1080
in EPSG:32634 at 96 dpi, antialiased, over the whole extract and over a 1:100k view at Zvecan.

usage (Debian's python3 with python3-qgis; no display needed):
  QT_QPA_PLATFORM=offscreen python3 scripts/qgis_extract_bench.py target/extracts/dense [--runs 20]
      [--warmup 2] [--job seq|par] [--png out-prefix]

Prints, on stdout, one tab-separated line per timed frame:
  RAW <extract> <view> <run#> <seconds> <peak_rss_kB>
and on stderr the time from opening the layers to the first complete frame (QGIS builds no index of its own
for a shapefile without a .qix; ogr reads it whole).
"""
import argparse
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsCoordinateTransform, QgsFillSymbol, QgsLineSymbol,
                       QgsMapRendererParallelJob, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsMarkerSymbol, QgsPointXY, QgsProject, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

REGION = (19.8, 42.2, 22.2, 43.8)
ZVECAN = (20.84, 42.91)
W, H = 1920, 1080

# bottom first, as ExtractBench.model orders and styles them
LAYERS = [
    ("gis_osm_landuse_a_free_1", lambda: QgsFillSymbol.createSimple(
        {"color": "205,230,190", "outline_style": "no"})),
    ("gis_osm_water_a_free_1", lambda: QgsFillSymbol.createSimple(
        {"color": "170,205,240", "outline_color": "90,140,200", "outline_width": "0.26"})),
    ("gis_osm_waterways_free_1", lambda: QgsLineSymbol.createSimple(
        {"color": "90,140,200", "width": "0.26"})),
    ("gis_osm_railways_free_1", lambda: QgsLineSymbol.createSimple(
        {"color": "60,60,60", "width": "0.4"})),
    ("gis_osm_roads_free_1", lambda: QgsLineSymbol.createSimple(
        {"color": "150,150,150", "width": "0.26"})),
    ("gis_osm_places_free_1", lambda: QgsMarkerSymbol.createSimple(
        {"name": "circle", "size": "1.6", "color": "200,30,30", "outline_color": "white",
         "outline_width": "0.2"})),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extract")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--job", default="seq", choices=["seq", "par"])
    ap.add_argument("--png")
    a = ap.parse_args()
    name = os.path.basename(os.path.normpath(a.extract))

    qgs = QgsApplication([], False)
    qgs.initQgis()
    dst = QgsCoordinateReferenceSystem("EPSG:32634")
    xf = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), dst, QgsProject.instance())
    whole = xf.transformBoundingBox(QgsRectangle(*REGION))
    centre = xf.transform(QgsPointXY(*ZVECAN))
    upp = 100000 * 0.0254 / 96
    local = QgsRectangle(centre.x() - upp * W / 2, centre.y() - upp * H / 2,
                         centre.x() + upp * W / 2, centre.y() + upp * H / 2)
    Job = QgsMapRendererSequentialJob if a.job == "seq" else QgsMapRendererParallelJob

    def settings(layers, extent):
        ms = QgsMapSettings()
        ms.setLayers(layers)
        ms.setDestinationCrs(dst)
        ms.setTransformContext(QgsProject.instance().transformContext())
        ms.setExtent(extent)
        ms.setOutputSize(QSize(W, H))
        ms.setOutputDpi(96)
        ms.setBackgroundColor(QColor(212, 227, 236))
        ms.setFlag(QgsMapSettings.Antialiasing, True)
        return ms

    def frame(ms, png=None):
        t = time.perf_counter()
        job = Job(ms)
        job.start()
        job.waitForFinished()
        if png:
            job.renderedImage().save(png, "PNG")
        for e in job.errors():
            print("WARN\t%s\t%s" % (name, e.message), file=sys.stderr)
        return time.perf_counter() - t

    t0 = time.perf_counter()
    layers = []
    for file, symbol in LAYERS:
        lyr = QgsVectorLayer(os.path.join(a.extract, file + ".shp"), file, "ogr")
        if not lyr.isValid():
            sys.exit("invalid layer: " + file)
        lyr.setRenderer(QgsSingleSymbolRenderer(symbol()))
        QgsProject.instance().addMapLayer(lyr, False)
        layers.append(lyr)
    # QgsMapSettings draws the first layer on top
    layers.reverse()
    frame(settings(layers, whole))
    print("INFO\t%s\topen to first complete frame %.3f s" % (name, time.perf_counter() - t0), file=sys.stderr)

    for view, extent in (("whole", whole), ("1:100k", local)):
        ms = settings(layers, extent)
        for _ in range(a.warmup):
            frame(ms)
        for i in range(a.runs):
            el = frame(ms)
            print("RAW\t%s\t%s\t%d\t%.6f\t%d" % (name, view, i + 1, el,
                                              resource.getrusage(resource.RUSAGE_SELF).ru_maxrss), flush=True)
        if a.png:
            frame(ms, "%s-%s.png" % (a.png, view.replace(":", "-")))
    QgsProject.instance().removeAllMapLayers()
    qgs.exitQgis()


if __name__ == "__main__":
    main()
