#!/usr/bin/python3
"""QGIS 3.22 reference figures for the marker benchmarks (ClusterBench, PickBench).

usage (Debian's python3 with python3-qgis; data from shared/bench/make-data.sh):
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 markers_qgis_reference.py /tmp/borderwatch-bench-data

For 100,000 and 1,000,000 points of points_1m.shp (the first N by id, uniform over
18.5-23.5 E, 41.5-44.5 N like ClusterBench's events) it prints tab-separated lines:
  RAW <measurement> <n> <run#> <seconds>
- index_build: QgsSpatialIndex over the layer's features (ids and bounding boxes).
- pick_nearest_us: mean time of 4096 QgsSpatialIndex.nearestNeighbor(point, 1, 10 px) calls at
  random pixels of a 1920x1080 view of the whole region (same tolerance as PickBench).
- pick_rect_us: mean time of 4096 QgsSpatialIndex.intersects(10 px box) calls.
- render_cluster: one 1920x1080 frame of the layer alone with QgsPointClusterRenderer (30 px
  tolerance, as Clusters.DEFAULT_RADIUS_PX) in EPSG:32634 over the region, sequential job.
"""
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,  # noqa: E402
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsPointClusterRenderer, QgsPointXY,
                       QgsProject, QgsRectangle, QgsSpatialIndex, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402

BBOX = (18.5, 41.5, 23.5, 44.5)
W, H, TOL_PX, CLICKS = 1920, 1080, 10, 4096


def main():
    data = sys.argv[1]
    qgs = QgsApplication([], False)
    qgs.initQgis()
    for n in (100_000, 1_000_000):
        lyr = QgsVectorLayer(data + "/points_1m.shp", "points", "ogr")
        if n < 1_000_000:
            lyr.setSubsetString('"id" <= %d' % n)
        if lyr.featureCount() != n:
            sys.exit("expected %d features, layer has %d" % (n, lyr.featureCount()))
        for run in range(1, 4):
            t = time.perf_counter()
            index = QgsSpatialIndex(lyr.getFeatures())
            print("RAW\tindex_build\t%d\t%d\t%.6f" % (n, run, time.perf_counter() - t), flush=True)
        deg_per_px = (BBOX[2] - BBOX[0]) / W
        tol = TOL_PX * deg_per_px
        r = random.Random(5)
        clicks = [QgsPointXY(BBOX[0] + r.random() * (BBOX[2] - BBOX[0]), BBOX[1] + r.random() * (BBOX[3] - BBOX[1]))
                  for _ in range(CLICKS)]
        for run in range(1, 4):
            t = time.perf_counter()
            for p in clicks:
                index.nearestNeighbor(p, 1, tol)
            print("RAW\tpick_nearest_us\t%d\t%d\t%.3f" % (n, run, (time.perf_counter() - t) / CLICKS * 1e6), flush=True)
            t = time.perf_counter()
            for p in clicks:
                index.intersects(QgsRectangle(p.x() - tol, p.y() - tol, p.x() + tol, p.y() + tol))
            print("RAW\tpick_rect_us\t%d\t%d\t%.3f" % (n, run, (time.perf_counter() - t) / CLICKS * 1e6), flush=True)
        renderer = QgsPointClusterRenderer()
        renderer.setTolerance(30)
        renderer.setToleranceUnit(QgsUnitTypes.RenderPixels)
        lyr.setRenderer(renderer)
        QgsProject.instance().addMapLayer(lyr, False)
        dst = QgsCoordinateReferenceSystem("EPSG:32634")
        xf = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), dst, QgsProject.instance())
        ms = QgsMapSettings()
        ms.setLayers([lyr])
        ms.setDestinationCrs(dst)
        ms.setTransformContext(QgsProject.instance().transformContext())
        ms.setExtent(xf.transformBoundingBox(QgsRectangle(*BBOX)))
        ms.setOutputSize(QSize(W, H))
        ms.setOutputDpi(96)
        for run in range(0, 4):
            t = time.perf_counter()
            job = QgsMapRendererSequentialJob(ms)
            job.start()
            job.waitForFinished()
            if run > 0:  # run 0 warms caches and is not reported
                print("RAW\trender_cluster\t%d\t%d\t%.6f" % (n, run, time.perf_counter() - t), flush=True)
        if len(job.errors()):
            print("WARN\t%s" % job.errors()[0].message, file=sys.stderr)
        QgsProject.instance().removeAllMapLayers()
    qgs.exitQgis()


if __name__ == "__main__":
    main()
