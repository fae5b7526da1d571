"""Benchmark of the analysis engine against the QGIS native chain and the read floor (GUIDE §8).

Builds, seeded, in a temporary folder: 100,000 small polygons (0.1–2 ha, like coca fields) in EPSG:4326
inside the VRAEM area and 300 points; then times, in this same run:
  - the read floor (reading every feature with its geometry),
  - the QGIS native chain: reproject → buffer 3 km → native:calculatevectoroverlaps
    (and the same with dissolved buffers on 20,000 polygons, as in the GUIDE),
  - our buffer overlap, non-dissolved and dissolved,
  - our area + yield summary (a GeoPackage, read by GDAL; read through QGIS, as other layers are; and
    the same fields in a memory layer),
  - 1,000,000 fields (areas and overlap) in a child process, with its peak memory,
  - like with like: vraem:bufferoverlap writing GeoPackages against the native chain writing a
    GeoPackage, with the project ellipsoid set and planar in UTM 18S,
  - PostGIS (a throw-away local cluster, tools/pg_cluster.py): the fields in PostGIS against the same
    GeoPackage and the database's own floor query (medians of 5 runs), bytes through a counting relay,
    client peak memory.
The figures of one ratio are timed interleaved, best of 2 or 3 rounds (best_interleaved), so that the
drift of a shared machine falls on both sides. Prints a table with the ratios the issue asks for.
Usage: python tools/bench.py [--quick] [--keep DIR] [--postgis-size N] (`--quick` skips the dissolved
native chain and the million-field run, and measures PostGIS on 100,000 fields). Timings never go into tests.
Air picture (air_tracks_case): 1,000 synthetic tracks of 1,000 fixes each against the zone, against
the time QGIS takes to read the same fixes (target < 10x); `--air-only` runs just that.
"""

import argparse
import json
import math
import os
import random
import resource
import shutil
import statistics
import subprocess  # nosec B404 (tools are not packaged; the child measures its own peak memory)
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = 20240607
VRAEM_BOX = (-75.1, -13.4, -73.3, -11.2)  # lon/lat box around the VRAEM valleys
M_PER_DEG_LAT = 110_600.0
_KEEP = []


def _bootstrap():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import_root = Path(tempfile.mkdtemp(prefix="vraem-bench-import-"))
    (import_root / "vraem_analyst").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(import_root))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    _KEEP.append(app)  # the application must outlive every layer
    return app


def field_polygon(rng):
    """WKT of one irregular polygon of 0.1–2 ha at a random spot of the VRAEM box."""
    lon0, lat0, lon1, lat1 = VRAEM_BOX
    lon, lat = rng.uniform(lon0, lon1), rng.uniform(lat0, lat1)
    area_m2 = rng.uniform(0.1, 2.0) * 10_000.0
    vertices = rng.randint(5, 8)
    step = 2 * math.pi / vertices
    angles = [i * step + rng.uniform(0, 0.6 * step) for i in range(vertices)]  # convex-ish, no fold
    radii = [rng.uniform(0.7, 1.3) for _ in range(vertices)]
    # scale the star-shaped ring so its planar area is the wanted area
    unit_area = 0.5 * sum(radii[i] * radii[(i + 1) % vertices] * math.sin((angles[(i + 1) % vertices] - angles[i])
                                                                          % (2 * math.pi))
                          for i in range(vertices))
    scale = math.sqrt(area_m2 / unit_area)
    m_per_deg_lon = M_PER_DEG_LAT * math.cos(math.radians(lat))
    ring = [(lon + scale * r * math.cos(a) / m_per_deg_lon, lat + scale * r * math.sin(a) / M_PER_DEG_LAT)
            for a, r in zip(angles, radii)]
    ring.append(ring[0])
    return "POLYGON((" + ",".join(f"{x:.8f} {y:.8f}" for x, y in ring) + "))"


def write_layers(folder, fields_count, points_count=300, seed=SEED):
    """fields.gpkg (polygons, status/plan_year) and points.gpkg, EPSG:4326; returns their paths."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QMetaType

    rng = random.Random(seed)  # nosec B311 (benchmark data, not security)
    crs = QgsCoordinateReferenceSystem("EPSG:4326")

    def writer(path, kind, fields):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = Path(path).stem
        return QgsVectorFileWriter.create(str(path), fields, kind, crs, QgsCoordinateTransformContext(), options)

    field_defs = QgsFields()
    field_defs.append(QgsField("status", QMetaType.Type.QString))
    field_defs.append(QgsField("plan_year", QMetaType.Type.Int))
    fields_path = Path(folder) / f"fields_{fields_count}.gpkg"
    out = writer(fields_path, QgsWkbTypes.Type.Polygon, field_defs)
    batch = []
    for i in range(fields_count):
        feature = QgsFeature(field_defs)
        feature.setGeometry(QgsGeometry.fromWkt(field_polygon(rng)))
        feature.setAttributes([rng.choice(["planned", "done"]), 2020 + i % 5])
        batch.append(feature)
        if len(batch) == 10_000:
            out.addFeatures(batch)
            batch = []
    out.addFeatures(batch)
    del out

    points_path = Path(folder) / "points.gpkg"
    out = writer(points_path, QgsWkbTypes.Type.Point, QgsFields())
    lon0, lat0, lon1, lat1 = VRAEM_BOX
    prng = random.Random(seed + 1)  # nosec B311
    for _ in range(points_count):
        feature = QgsFeature(QgsFields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({prng.uniform(lon0, lon1)} {prng.uniform(lat0, lat1)})"))
        out.addFeature(feature)
    del out
    return fields_path, points_path


def layer(path):
    from qgis.core import QgsVectorLayer

    result = QgsVectorLayer(str(path), Path(path).stem, "ogr")
    if not result.isValid():
        raise RuntimeError(f"cannot open {path}")
    return result


def timed(function, repeat=1):
    """Best wall time of `repeat` runs and the last result."""
    best, result = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def best_interleaved(functions, rounds):
    """{name: (best wall time, last result)}: the functions one after another, `rounds` times over, so
    that a slower moment of a shared machine (runs of the same code here vary by a third) falls on
    every figure of a ratio alike rather than on one of them."""
    figures = {}
    for _ in range(rounds):
        for name, function in functions.items():
            start = time.perf_counter()
            result = function()
            elapsed = time.perf_counter() - start
            best = figures.get(name, (elapsed, None))[0]
            figures[name] = (min(best, elapsed), result)
    return figures


def median_runs(functions, runs=3):
    """{name: [seconds per run]}: the functions one after another, `runs` times over (so that a slower
    moment of a shared machine falls on all of them alike)."""
    seconds = {name: [] for name in functions}
    for _ in range(runs):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            seconds[name].append(time.perf_counter() - start)
    return seconds


def read_floor(fields):
    count = 0
    for feature in fields.getFeatures():
        feature.geometry()
        count += 1
    return count


def native_chain(points, fields, distance=3000.0, dissolve=False, output="TEMPORARY_OUTPUT", planar=False):
    """The QGIS native chain; ha inside the buffers. planar: what a user without a project ellipsoid
    meets: the fields are reprojected to UTM 18S too and measured there (planar m²)."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setEllipsoid("NONE" if planar else "EPSG:7030")  # ellipsoidal areas, like ours, unless planar
    utm = QgsCoordinateReferenceSystem("EPSG:32718")
    projected = processing.run("native:reprojectlayer", {"INPUT": points, "TARGET_CRS": utm,
                                                         "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    buffers = processing.run("native:buffer", {"INPUT": projected, "DISTANCE": distance, "SEGMENTS": 16,
                                               "DISSOLVE": dissolve, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    if planar:
        fields = processing.run("native:reprojectlayer", {"INPUT": fields, "TARGET_CRS": utm,
                                                          "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)["OUTPUT"]
    result = processing.run("native:calculatevectoroverlaps", {"INPUT": fields, "LAYERS": [buffers],
                                                               "OUTPUT": output}, context=context)["OUTPUT"]
    if isinstance(result, str):
        result = layer(result)
    area_field = [name for name in result.fields().names() if name.endswith("_area")][0]
    return sum(f[area_field] or 0.0 for f in result.getFeatures()) / 10_000.0


def our_overlap(points, fields, dissolve):
    from vraem_analyst.plugin.core.overlap import buffer_overlap

    return buffer_overlap(points, 3000.0, fields, dissolve=dissolve, keep_geometries=True)


def our_area_yield(fields, through_qgis=False):
    """Totals and potential yield; a plain file layer is read by GDAL unless through_qgis."""
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot
    from vraem_analyst.plugin.core.totals import measure_total
    from vraem_analyst.plugin.core.yields import parameter_sets, potential_yield

    summary = measure_total(LayerSnapshot(fields) if through_qgis else fields)
    return summary, potential_yield(summary.total_ha, parameter_sets()["vraem"])


def subset(path, count):
    result = layer(path)
    result.setSubsetString(f"fid <= {count}")
    return result


def _processing():
    """Processing with QGIS's providers and ours (the provider is kept alive with the application)."""
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from vraem_analyst.plugin.processing.provider import VraemProvider

    Processing.initialize()
    provider = VraemProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _KEEP.append(provider)


def run_algorithm(algorithm, parameters, project=None):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(project or QgsProject.instance())
    return processing.run(algorithm, parameters, context=context)


def algorithm_vs_native(points_path, fields_path, folder):
    """Like with like: our Processing algorithm writing its outputs (GeoPackage) against the native
    chain writing its output (GeoPackage), with the project ellipsoid set and planar in UTM 18S; the
    best of 3 interleaved runs of each (a process's first run of anything is slower while caches fill)."""
    points, fields = layer(points_path), layer(fields_path)
    functions = {}
    for planar in (False, True):
        functions["planar UTM 18S" if planar else "project ellipsoid WGS84"] = (
            lambda planar=planar: native_chain(points, fields, planar=planar,
                                               output=str(folder / f"native_{int(planar)}.gpkg")))
    for dissolve in (False, True):
        functions[f"ours {dissolve}"] = lambda dissolve=dissolve: run_algorithm("vraem:bufferoverlap", {
            "SOURCE": points, "DISTANCE": 3, "UNIT": 1, "TARGET": fields, "DISSOLVE": dissolve,
            "OUTPUT": str(folder / f"ours_{int(dissolve)}.gpkg"), "TARGETS": str(folder / f"ours_t{int(dissolve)}.gpkg")})
    measured = best_interleaved(functions, rounds=3)
    figures = {name: seconds for name, (seconds, _) in measured.items()}
    rows = [(f"native chain to GeoPackage, {name}", measured[name][0], f"{measured[name][1]:,.1f} ha")
            for name in ("project ellipsoid WGS84", "planar UTM 18S")]
    for dissolve in (False, True):
        seconds, result = measured[f"ours {dissolve}"]
        rows.append((f"vraem:bufferoverlap to GeoPackage{', dissolved' if dissolve else ''}", seconds,
                     f"{result['OVERLAP_HA']:,.1f} ha, {result['TARGETS_TOUCHED']} fields; overlaps + per-field table"))
    faster = min(figures["project ellipsoid WGS84"], figures["planar UTM 18S"])
    ratios = [(f"vraem:bufferoverlap / faster native chain (both writing GeoPackages){label}",
               figures[f"ours {dissolve}"] / faster, "<= 0.40")
              for dissolve, label in ((False, ""), (True, ", dissolved"))]
    return rows, ratios


def postgis_cases(fields_path, points_path):
    """Run in a child process: the same fields in PostGIS and in a GeoPackage; prints JSON.

    Area + yield totals (vraem:areayield, summary written to a GeoPackage) and the dissolved overlap
    (vraem:bufferoverlap), against the database's floor `SELECT sum(ST_Area(geom::geography))`, and the
    bytes a server on another machine would send (a counting relay on 127.0.0.1) against a full read."""
    _bootstrap()
    _processing()
    from qgis.core import QgsProject

    QgsProject.instance().setEllipsoid("EPSG:7030")
    sys.path.insert(0, str(REPO / "tools"))
    from byte_proxy import ByteCountingProxy
    from pg_cluster import Cluster

    out = Path(tempfile.mkdtemp(prefix="vraem-bench-pg-"))
    cluster = Cluster().start()
    proxy = ByteCountingProxy(cluster.port)
    try:
        figures = _measure_postgis(cluster, proxy, fields_path, points_path, out)
    finally:
        proxy.stop()
        cluster.stop()
        shutil.rmtree(out, ignore_errors=True)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps(figures))


def _measure_postgis(cluster, proxy, fields_path, points_path, out):
    """The PostGIS figures; its layers and connection are gone when it returns."""
    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    figures = {}
    start = time.perf_counter()
    cluster.load_file(fields_path, "fields")
    figures["load_s"] = time.perf_counter() - start
    direct, relayed = (QgsVectorLayer(cluster.layer_uri("fields", port=port), "fields", "postgres")
                       for port in (cluster.port, proxy.port))
    gpkg, points = layer(fields_path), layer(points_path)
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(direct.source(), {})
    figures["db_floor_ha"] = connection.execSql("SELECT sum(ST_Area(geom::geography)) FROM fields").rows()[0][0] / 1e4

    def area_yield(source, name):
        return run_algorithm("vraem:areayield", {"INPUT": source, "OUTPUT": None,
                                                 "SUMMARY": str(out / f"summary_{name}.gpkg")})

    # median of 5 runs, each run timing the floor, the floor with the validity check every figure of
    # ours needs (invalid polygons are repaired) and vraem:areayield in turn
    runs = median_runs({
        "db_floor_s": lambda: connection.execSql("SELECT sum(ST_Area(geom::geography)) FROM fields").rows(),
        "db_checked_floor_s": lambda: connection.execSql(
            "SELECT sum(ST_Area(CASE WHEN ST_IsValid(geom) THEN geom ELSE ST_MakeValid(geom) END::geography)) "
            "FROM fields").rows(),
        "pg_area_s": lambda: area_yield(direct, "pg")}, runs=5)
    figures.update({name: statistics.median(values) for name, values in runs.items()})
    figures["pg_area_runs"] = [ours / floor for ours, floor in zip(runs["pg_area_s"], runs["db_floor_s"])]

    def overlap(target, name):
        return run_algorithm("vraem:bufferoverlap", {"SOURCE": points, "DISTANCE": 3, "UNIT": 1, "TARGET": target,
                                                     "DISSOLVE": True, "OUTPUT": str(out / f"overlap_{name}.gpkg")})

    figures["pg_area_ha"] = area_yield(direct, "pg")["TOTAL_HA"]
    figures["gpkg_area_s"], result = timed(lambda: area_yield(gpkg, "gpkg"), repeat=2)
    figures["gpkg_area_ha"] = result["TOTAL_HA"]
    figures["pg_overlap_s"], result = timed(lambda: overlap(direct, "pg"))
    figures["pg_overlap_ha"] = result["OVERLAP_HA"]
    figures["gpkg_overlap_s"], result = timed(lambda: overlap(gpkg, "gpkg"))
    figures["gpkg_overlap_ha"] = result["OVERLAP_HA"]
    proxy.reset()
    figures["pg_read_s"], _ = timed(lambda: read_floor(relayed))
    figures["full_read_bytes"] = proxy.total
    proxy.reset()
    area_yield(relayed, "relayed")
    figures["pushed_area_bytes"] = proxy.total
    proxy.reset()
    overlap(relayed, "relayed")
    figures["pushed_overlap_bytes"] = proxy.total
    return figures


def postgis_report(figures, size):
    """Table rows and ratios of the PostGIS child's figures."""
    rows = [
        (f"PostGIS floor: SELECT sum(ST_Area(geom::geography)), {size:,} (median of 5)", figures["db_floor_s"],
         f"{figures['db_floor_ha']:,.1f} ha"),
        ("PostGIS floor with ST_IsValid / ST_MakeValid (median of 5)", figures["db_checked_floor_s"],
         "the repairs ours make"),
        ("vraem:areayield on PostGIS, pushed down (median of 5)", figures["pg_area_s"], f"{figures['pg_area_ha']:,.1f} ha"),
        ("vraem:areayield on the same GeoPackage", figures["gpkg_area_s"], f"{figures['gpkg_area_ha']:,.1f} ha"),
        ("reading every PostGIS feature through QGIS", figures["pg_read_s"],
         f"{figures['full_read_bytes'] / 1e6:,.1f} MB through the relay"),
        ("vraem:bufferoverlap dissolved on PostGIS", figures["pg_overlap_s"], f"{figures['pg_overlap_ha']:,.1f} ha"),
        ("vraem:bufferoverlap dissolved on the GeoPackage", figures["gpkg_overlap_s"],
         f"{figures['gpkg_overlap_ha']:,.1f} ha"),
    ]
    ratios = [
        ("areayield on PostGIS / database floor query (medians of 5 runs)", figures["pg_area_s"] / figures["db_floor_s"],
         "<= 1.30"),
        ("  the same ratio in each run", ", ".join(f"{ratio:.2f}" for ratio in figures["pg_area_runs"]), ""),
        ("areayield on PostGIS / floor with the validity check", figures["pg_area_s"] / figures["db_checked_floor_s"],
         ""),
        ("areayield on PostGIS / on the GeoPackage", figures["pg_area_s"] / figures["gpkg_area_s"], ""),
        (f"bytes of pushed-down areayield ({figures['pushed_area_bytes']:,}) / full read",
         figures["pushed_area_bytes"] / figures["full_read_bytes"], "< 0.02"),
        ("bytes of pushed-down dissolved overlap / full read",
         figures["pushed_overlap_bytes"] / figures["full_read_bytes"], "(its output geometries travel)"),
        ("overlap on PostGIS / on the GeoPackage", figures["pg_overlap_s"] / figures["gpkg_overlap_s"], ""),
        ("PostGIS client peak memory, MB", figures["peak_rss_mb"], "< 2048"),
    ]
    return rows, ratios


def child_million(fields_path, points_path):
    """Run in a child process: areas and overlap on the million fields; print JSON with times."""
    _bootstrap()
    fields, points = layer(fields_path), layer(points_path)
    # best of 2 each: a process's first run is slower while its caches fill
    measured = best_interleaved({"floor": lambda: read_floor(fields), "area": lambda: our_area_yield(fields),
                                 "qgis": lambda: our_area_yield(fields, through_qgis=True)}, rounds=2)
    (floor_s, count), (area_s, (summary, _)), (area_qgis_s, _) = (measured[name] for name in ("floor", "area", "qgis"))
    overlap_s, result = timed(lambda: our_overlap(points, fields, dissolve=True))
    print(json.dumps({"count": count, "floor_s": floor_s, "area_s": area_s, "area_qgis_s": area_qgis_s,
                      "overlap_s": overlap_s,
                      "total_ha": summary.total_ha, "overlap_ha": result.total_overlap_ha,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}))


def read_fixes_floor(path):
    """What QGIS alone takes: every fix with its geometry, time and track attributes."""
    fixes = layer(path)
    count = 0
    for feature in fixes.getFeatures():
        feature.geometry().asPoint()
        feature.attribute(1)
        feature.attribute(2)
        count += 1
    return count


def air_tracks_case(folder, tracks=1000, fixes_per_track=1000):
    """The flight-track engine on tracks × fixes synthetic fixes (tests/air_tracks.py), as
    vraem:flighttracks runs it (read, sort, geodesic segments, zone, stops, neighbours)."""
    sys.path.insert(0, str(REPO / "tests"))
    from air_tracks import bench_fixes, write_fixes

    from vraem_analyst.plugin.core.air.picture import analyse_fixes

    path = Path(folder) / f"fixes_{tracks}x{fixes_per_track}.gpkg"
    start = time.perf_counter()
    if not path.exists():
        write_fixes(path, bench_fixes(tracks, fixes_per_track), "datetime")
    print(f"data: {tracks:,} tracks x {fixes_per_track:,} fixes in {path} ({time.perf_counter() - start:.1f} s)")
    floor_s, count = timed(lambda: read_fixes_floor(path), repeat=2)

    ours_s, picture = timed(lambda: analyse_fixes(layer(f"{path}|layername=fixes"), "time", "track"))
    results = picture.results
    in_zone = sum(1 for r in results if r.entered_zone)
    print(f"air picture: read floor {floor_s:.2f} s for {count:,} fixes; flight tracks {ours_s:.2f} s "
          f"({len(results):,} tracks, {in_zone:,} in the zone, "
          f"{sum(r.minutes_in_zone for r in results):,.0f} min inside); ratio {ours_s / floor_s:.2f} (target < 10)")
    return floor_s, ours_s


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="skip the slow dissolved native chain and 1M run")
    parser.add_argument("--keep", help="folder to keep the generated data in (reused when present)")
    parser.add_argument("--air-only", action="store_true", help="run only the air-picture case")
    parser.add_argument("--postgis-size", type=int, help="fields in the PostGIS cases (default 1,000,000; "
                        "100,000 with --quick)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--postgis-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_million(*args.child)
        return 0
    if args.postgis_child:
        postgis_cases(*args.postgis_child)
        return 0
    if args.air_only:
        _bootstrap()
        folder = Path(args.keep or tempfile.mkdtemp(prefix="vraem-bench-air-"))
        folder.mkdir(parents=True, exist_ok=True)
        air_tracks_case(folder)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        return 0

    _bootstrap()
    _processing()
    from qgis.core import QgsProject

    QgsProject.instance().setEllipsoid("EPSG:7030")  # else the native chain measures square degrees
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vraem-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    fields_path = folder / "fields_100000.gpkg"
    points_path = folder / "points.gpkg"
    if not fields_path.exists():
        fields_path, points_path = write_layers(folder, 100_000)
    print(f"data: 100,000 fields + 300 points in {folder} ({time.perf_counter() - start:.1f} s)")
    fields, points = layer(fields_path), layer(points_path)

    rows = []
    from qgis.core import QgsFeatureRequest

    memory = fields.materialize(QgsFeatureRequest())
    measured = best_interleaved({
        "floor": lambda: read_floor(fields), "area": lambda: our_area_yield(fields),
        "qgis": lambda: our_area_yield(fields, through_qgis=True), "memory floor": lambda: read_floor(memory),
        "memory": lambda: our_area_yield(memory)}, rounds=5)  # each a fraction of a second: best of 5
    floor_s, count = measured["floor"]
    rows.append(("read floor (100,000 features with geometry)", floor_s, f"{count} features"))
    native_s, native_ha = timed(lambda: native_chain(points, fields))
    rows.append(("QGIS native chain, not dissolved", native_s, f"{native_ha:,.1f} ha (buffers overlapping counted once)"))
    ours_s, ours = timed(lambda: our_overlap(points, fields, dissolve=False), repeat=2)
    rows.append(("vraem buffer_overlap, not dissolved", ours_s,
                 f"{ours.total_overlap_ha:,.1f} ha, {ours.targets_touched} fields touched"))
    dissolved_s, dissolved = timed(lambda: our_overlap(points, fields, dissolve=True), repeat=2)
    rows.append(("vraem buffer_overlap, dissolved", dissolved_s, f"{dissolved.total_overlap_ha:,.1f} ha"))
    area_s, (summary, estimate) = measured["area"]
    rows.append(("vraem area + yield summary", area_s,
                 f"{summary.total_ha:,.1f} ha, leaf {estimate.leaf_t[1]:,.0f} t (central); file read by GDAL"))
    area_qgis_s, (summary_qgis, _) = measured["qgis"]
    rows.append(("vraem area + yield summary, read through QGIS", area_qgis_s,
                 f"{summary_qgis.total_ha:,.1f} ha; the path of memory, database, filtered or edited layers"))
    memory_floor_s, _ = measured["memory floor"]
    rows.append(("read floor, the same fields in a memory layer", memory_floor_s, "QGIS's fastest provider to read"))
    area_memory_s, (summary_memory, _) = measured["memory"]
    rows.append(("vraem area + yield summary, memory layer", area_memory_s,
                 f"{summary_memory.total_ha:,.1f} ha; the same fields in a memory (scratch) layer"))
    if not args.quick:
        native_dissolved_s, native_dissolved_ha = timed(
            lambda: native_chain(points, subset(fields_path, 20_000), dissolve=True))
        rows.append(("QGIS native chain, dissolved, 20,000 fields", native_dissolved_s,
                     f"{native_dissolved_ha:,.1f} ha"))
        ours_20k_s, ours_20k = timed(lambda: our_overlap(points, subset(fields_path, 20_000), dissolve=True))
        rows.append(("vraem buffer_overlap, dissolved, 20,000 fields", ours_20k_s,
                     f"{ours_20k.total_overlap_ha:,.1f} ha"))

    like_rows, like_ratios = algorithm_vs_native(points_path, fields_path, folder)
    rows += like_rows

    print()
    print(f"{'measure':<50} {'time s':>9}  note")
    for name, seconds, note in rows:
        print(f"{name:<50} {seconds:>9.3f}  {note}")
    print()
    print(f"overlap / native chain (not dissolved): {ours_s / native_s:.2f}  (target <= 0.40)")
    print(f"overlap dissolved / native chain:       {dissolved_s / native_s:.2f}  (target <= 0.40)")
    print(f"area + yield / read floor:              {area_s / floor_s:.2f}  (target <= 1.00, a plain file)")
    print(f"  the same, read through QGIS:          {area_qgis_s / floor_s:.2f}  (target <= 1.50, any other provider)")
    print(f"  the same, a memory layer:             {area_memory_s / floor_s:.2f}  (target <= 1.50, any other provider)")
    print(f"    against the memory layer's own read floor: {area_memory_s / memory_floor_s:.2f}")
    print(f"overlap difference ours vs native:      {100 * (ours.total_overlap_ha / native_ha - 1):+.2f} % "
          "(native: 16-segment UTM 18S circles; ours: geodesic)")
    print_ratios(like_ratios)

    if not args.quick:
        million_path = folder / "fields_1000000.gpkg"
        start = time.perf_counter()
        if not million_path.exists():
            million_path, _ = write_layers(folder, 1_000_000)
        print(f"\ndata: 1,000,000 fields ({time.perf_counter() - start:.1f} s)")
        child = subprocess.run([sys.executable, __file__, "--child", str(million_path), str(points_path)],  # nosec
                               capture_output=True, text=True, check=True)
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"1,000,000 fields: read floor {figures['floor_s']:.2f} s, area + yield {figures['area_s']:.2f} s "
              f"({figures['area_s'] / figures['floor_s']:.2f} x floor; read through QGIS {figures['area_qgis_s']:.2f} s, "
              f"{figures['area_qgis_s'] / figures['floor_s']:.2f} x), dissolved overlap {figures['overlap_s']:.2f} s, "
              f"peak RSS {figures['peak_rss_mb']:,.0f} MB (target < 2048 MB)")
    postgis_size = args.postgis_size or (100_000 if args.quick else 1_000_000)
    postgis_path = folder / f"fields_{postgis_size}.gpkg"
    if not postgis_path.exists():
        postgis_path, _ = write_layers(folder, postgis_size)
    child = subprocess.run([sys.executable, __file__, "--postgis-child", str(postgis_path), str(points_path)],  # nosec
                           capture_output=True, text=True, check=True)
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    pg_rows, pg_ratios = postgis_report(figures, postgis_size)
    print(f"\nPostGIS, {postgis_size:,} fields (loaded in {figures['load_s']:.1f} s), one run:")
    for name, seconds, note in pg_rows:
        print(f"{name:<50} {seconds:>9.3f}  {note}")
    print_ratios(pg_ratios)
    print()
    air_tracks_case(folder)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def print_ratios(ratios):
    for name, value, target in ratios:
        shown = value if isinstance(value, str) else f"{value:10.4g}"
        print(f"{name + ':':<70} {shown:>10}  {('target ' + target) if target.startswith(('<', '>')) else target}")


if __name__ == "__main__":
    sys.exit(main())
