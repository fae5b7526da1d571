"""A recorded walkthrough in the real QGIS window (xvfb), as a new user does it (issue 11).

Session 1, a fresh profile: install the release ZIP with QGIS's own Plugin Manager code
(pyplugin_installer's installFromZipFile), *Add VRAEM layers* in an empty project, build the zone
from ../shared/data districts, create a plan and digitise a sector with the add-feature tool (mouse
clicks on the canvas), load a CSV and a KML plan, areas on a plan and on selected districts,
overlaps onto polygons, points and lines, a claim check, PDF/PNG and an atlas, save. Session 2, QGIS
started again: reopen the project, compare every figure, then run every `vraem:` algorithm from its
Processing dialog (its Run button) with the VRAEM layers loaded.

Each figure is checked against an independent computation here (geopandas/shapely/pyproj on the same
files), never against a number typed into the test. Screenshots: out/test-artifacts/walkthrough_*.png.
"""

import csv
import json
import shutil
import subprocess  # nosec B404 (tests are not packaged): pdfinfo
from pathlib import Path

import geopandas
import pytest
import shapely
from desktop import make_profile, png_is_blank, start_desktop
from pyproj import CRS, Geod, Transformer
from shapely import wkt as shapely_wkt
from shapely.ops import transform, unary_union

pytestmark = pytest.mark.slow

GEOD = Geod(ellps="WGS84")
CENTRE = (-73.85, -12.50)  # the Apurímac valley near Pichari: every walkthrough feature is near here


def square(lon, lat, size):
    return f"POLYGON(({lon} {lat},{lon + size} {lat},{lon + size} {lat - size},{lon} {lat - size},{lon} {lat}))"


CSV_PLAN = [square(-73.88 + 0.03 * i, -12.46 - 0.02 * i, 0.012 + 0.002 * i) for i in range(4)]
KML_PLAN = [square(-73.80 + 0.02 * i, -12.56, 0.01) for i in range(3)]
ROADS = ["LINESTRING(-73.95 -12.44,-73.70 -12.56)", "LINESTRING(-73.86 -12.40,-73.84 -12.62)"]
DIGITISED = [(-73.905, -12.505), (-73.890, -12.505), (-73.890, -12.520), (-73.905, -12.520)]
BUFFER_KM = {"polygon": 5.0, "point": 3.0, "line": 2.0}
CLAIM_TONNES = 12.5


# ------------------------------------------------------------------------------------------ oracles

def geodesic_ha(geometry):
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 10_000.0


def geodesic_km(geometry):
    return GEOD.geometry_length(geometry) / 1000.0


def local(centre=CENTRE):
    """Forward and back transforms of an azimuthal-equidistant projection centred near the features."""
    aeqd = CRS.from_proj4(f"+proj=aeqd +lat_0={centre[1]} +lon_0={centre[0]} +ellps=WGS84 +units=m")
    forward = Transformer.from_crs("EPSG:4326", aeqd, always_xy=True).transform
    back = Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True).transform
    return forward, back


def buffers_union(sources_wkt, km):
    """Union of the ground buffers of the sources, in lon/lat (fine segments: 256 per circle)."""
    forward, back = local()
    buffers = [transform(forward, shapely_wkt.loads(text)).buffer(km * 1000.0, quad_segs=64) for text in sources_wkt]
    return transform(back, unary_union(buffers))


def vraem_codes(gpkg):
    import sqlite3

    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as connection:
        return {row[0] for row in connection.execute("SELECT ubigeo FROM district_capitals WHERE in_vraem = 1")}


@pytest.fixture(scope="module")
def districts(shared_data):
    frame = geopandas.read_file(shared_data / "peru_distrital_simple.geojson")
    frame["geometry"] = frame.geometry.make_valid()
    return frame


@pytest.fixture(scope="module")
def oracle_zone(districts):
    codes = vraem_codes(Path(__file__).resolve().parents[1] / "resources" / "data" / "vraem.gpkg")
    return unary_union(list(districts[districts["IDDIST"].isin(codes)].geometry))


# ------------------------------------------------------------------------------------------ QGIS side

COMMON = r'''
import json, os, sys, time
from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsEditFormConfig,
                       QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.gui import QgsProcessingAlgorithmDialogBase
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialog, QDockWidget, QMessageBox, QProgressDialog, QWidget

WORK = os.environ["VRAEM_WALK_WORK"]
SHOTS = os.environ["VRAEM_WALK_SHOTS"]
MESSAGE_BOXES = []


def pump(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QgsApplication.processEvents()
        time.sleep(0.02)


def find(dock, name):
    """A dock widget by its object name."""
    return dock.findChild(QWidget, name)


def set_combo_data(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def wait(predicate, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not predicate():
        QgsApplication.processEvents()
        time.sleep(0.02)
    return bool(predicate())


def answer_message_boxes():
    """A modal question or dialog would stop the walkthrough: note it and close it (the test then fails
    on the note, instead of hanging)."""
    widget = QApplication.activeModalWidget()
    if isinstance(widget, (QProgressDialog, QgsProcessingAlgorithmDialogBase)) or \
            isinstance(widget.parent() if widget is not None else None, QgsProcessingAlgorithmDialogBase):
        return  # the export's progress dialog, the algorithm dialogs opened here and their progress windows
    if isinstance(widget, QMessageBox):
        MESSAGE_BOXES.append(widget.text())
        widget.reject()
    elif isinstance(widget, QDialog):
        MESSAGE_BOXES.append(f"{type(widget).__name__}: {widget.windowTitle()}")
        widget.reject()


WATCHER = QTimer()
WATCHER.timeout.connect(answer_message_boxes)
WATCHER.start(200)


def shot(iface, name, widget=None):
    QgsApplication.processEvents()
    (widget or iface.mainWindow()).grab().save(os.path.join(SHOTS, name), "PNG")


def the_dock(iface):
    return iface.mainWindow().findChild(QDockWidget, "VraemAnalystDock")


def idle(dock, slot, timeout=180):
    return wait(lambda: not dock.areas.debounce.isActive() and slot not in dock.runner.current, timeout)


def extent_wgs84(layer_or_canvas):
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if hasattr(layer_or_canvas, "mapSettings"):
        crs, extent = layer_or_canvas.mapSettings().destinationCrs(), layer_or_canvas.extent()
    else:
        crs, extent = layer_or_canvas.crs(), layer_or_canvas.extent()
    box = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transformBoundingBox(extent)
    return [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()]


def area_figures(dock):
    summary, _pset = dock.areas.last_result
    header, body = dock.areas.model.as_table()
    return {"total_ha": summary.total_ha, "inside_ha": summary.inside_zone_ha, "features": summary.feature_count,
            "status": dock.areas.status.text(), "total_row": [str(v) for v in body[-1]]}


def run_areas(dock, layer, selected_only=False):
    find(dock, "VraemSelectedOnlyCheck").setChecked(selected_only)
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    dock.areas.run()
    idle(dock, "areas")
    return area_figures(dock)


def run_overlap(dock, source, target, km):
    find(dock, "VraemOverlapSourceCombo").setLayer(source)
    find(dock, "VraemOverlapTargetCombo").setLayer(target)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    find(dock, "VraemOverlapDistanceSpin").setValue(km)
    find(dock, "VraemOverlapDissolveCheck").setChecked(False)
    dock.overlap.run()
    idle(dock, "overlap")
    result = dock.overlap.last_result[0]
    layer = QgsProject.instance().mapLayer(dock.overlap.layer_id)
    return {"kind": result.target_kind, "overlap_ha": result.total_overlap_ha, "points": result.total_points_within,
            "length_km": result.total_length_km, "touched": result.targets_touched,
            "per_target_km": [[t.length_km, t.target_length_km] for t in result.targets],
            "layer_id": layer.id() if layer is not None else "", "status": dock.overlap.status.text()}


def role_layer(role):
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty("vraem/role") == role]


def show(iface, extent, layer):
    """Zoom the canvas to `extent` (in the CRS of `layer`), with a margin, and let it draw."""
    canvas = iface.mapCanvas()
    box = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()) \
        .transformBoundingBox(extent)
    box.scale(1.3)
    canvas.setExtent(box)
    canvas.refresh()
    wait(lambda: not canvas.isDrawing(), 30)
    pump(0.5)


def quit_qgis(iface):
    """Project > Exit QGIS, as a user quits: QGIS closes the project (and asks about anything unsaved)."""
    iface.actionExit().trigger()
    pump(0.5)


def geometries(layer):
    return [feature.geometry().asWkt(7) for feature in layer.getFeatures()]
'''

SESSION_1 = COMMON + r'''
def digitise(iface, layer, points):
    """Draw a polygon with QGIS's add-feature tool: a left click per vertex, a right click to finish."""
    canvas = iface.mapCanvas()
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(QgsRectangle(min(xs) - 0.02, min(ys) - 0.02, max(xs) + 0.02, max(ys) + 0.02))
    canvas.refresh()
    pump(1.0)
    iface.setActiveLayer(layer)
    layer.startEditing()
    config = layer.editFormConfig()
    config.setSuppress(QgsEditFormConfig.FeatureFormSuppress.SuppressOn)  # no attribute form to fill in
    layer.setEditFormConfig(config)
    iface.actionAddFeature().trigger()
    pump(0.3)
    to_pixel = canvas.getCoordinateTransform()
    viewport = canvas.viewport()
    for lon, lat in points:
        pixel = to_pixel.transform(QgsPointXY(lon, lat))
        position = QPoint(int(round(pixel.x())), int(round(pixel.y())))
        QTest.mouseMove(viewport, position)
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)
        pump(0.1)
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, position)
    pump(0.3)
    count = layer.featureCount()
    shot(iface, "walkthrough_2_digitised.png")
    committed = layer.commitChanges()
    iface.actionPan().trigger()
    return {"count": count, "committed": committed, "geometries": geometries(layer),
            "errors": layer.commitErrors()}


def add_file_layer(path, name):
    """As dropping the file on the layer panel (iface.addVectorLayer would ask which sublayer)."""
    layer = QgsVectorLayer(path, name, "ogr")
    return QgsProject.instance().addMapLayer(layer)


def check(iface):
    import pyplugin_installer
    import qgis.utils

    out = {}
    pyplugin_installer.instance().installFromZipFile(os.environ["VRAEM_WALK_ZIP"])
    QgsApplication.processEvents()
    out["active"] = "vraem_analyst" in qgis.utils.active_plugins
    out["module"] = sys.modules["vraem_analyst"].__file__
    pump(0.5)  # the installer restarted the plugin: let Qt delete the first dock and actions
    window = iface.mainWindow()
    window.resize(1280, 1000)
    dock = the_dock(iface)
    if not dock.isVisible():
        window.findChild(QAction, "VraemAnalystToggleDock").trigger()
    window.resizeDocks([dock], [520], Qt.Orientation.Horizontal)
    pump(0.3)
    out["dock_visible"] = dock.isVisible()
    from vraem_analyst.plugin.core import reference

    # 1. Add VRAEM layers (toolbar action) in the empty project; QGIS settles its canvas afterwards
    window.findChild(QAction, "VraemAnalystAddLayers").trigger()
    pump(2.5)
    out["canvas_after_add"] = extent_wgs84(iface.mapCanvas())
    out["zone_extent"] = extent_wgs84(reference.find_layer(QgsProject.instance(), "zone"))
    shot(iface, "walkthrough_1_layers.png")

    # 2. Build the zone from the district boundaries
    boundaries = add_file_layer(os.environ["VRAEM_WALK_DISTRICTS"], "districts 2007")
    dock.layers.build_zone(boundaries)
    idle(dock, "zone", 300)
    built = [layer for layer in role_layer("zone") if layer.customProperty("vraem/approximate") in (False, "false", 0)]
    out["built_zone"] = {"count": len(built), "area_ha": [f["area_ha"] for f in built[0].getFeatures()][0] if built else None,
                         "matched": [f["districts_matched"] for f in built[0].getFeatures()][0] if built else None}
    out["boundaries_id"] = boundaries.id()

    # 3. A new plan, one sector digitised with the mouse
    plan = dock.layers.new_plan(os.path.join(WORK, "my_plan.gpkg"))
    out["digitised"] = digitise(iface, plan, json.loads(os.environ["VRAEM_WALK_DIGITISED"]))

    # 4. CSV and KML plans
    csv_plan = dock.layers.import_plan(os.path.join(WORK, "plan.csv"))
    kml_plan = dock.layers.import_plan(os.path.join(WORK, "plan.kml"))
    out["csv_plan"] = {"id": csv_plan.id(), "name": csv_plan.name(), "geometries": geometries(csv_plan)}
    out["kml_plan"] = {"id": kml_plan.id(), "name": kml_plan.name(), "geometries": geometries(kml_plan)}
    roads = add_file_layer(os.path.join(WORK, "roads.geojson"), "roads")
    out["roads_id"] = roads.id()

    # 5. Areas: the CSV plan, the digitised plan, selected districts
    set_combo_data(find(dock, "VraemParameterSetCombo"), "vraem")
    out["areas_csv"] = run_areas(dock, csv_plan)
    out["areas_kml"] = run_areas(dock, kml_plan)
    out["areas_digitised"] = run_areas(dock, plan)
    boundaries.selectByExpression(os.environ["VRAEM_WALK_SELECTION"])
    out["selected_ids"] = sorted(str(f["IDDIST"]) for f in boundaries.selectedFeatures())
    out["areas_selected"] = run_areas(dock, boundaries, selected_only=True)
    show(iface, boundaries.boundingBoxOfSelected(), boundaries)
    shot(iface, "walkthrough_3_areas.png")

    # 6. Overlaps onto polygons, points and lines
    kms = json.loads(os.environ["VRAEM_WALK_KM"])
    towns = reference.find_layer(QgsProject.instance(), "towns")
    out["towns"] = geometries(towns)
    out["overlap_polygon"] = run_overlap(dock, towns, csv_plan, kms["polygon"])
    out["overlap_point"] = run_overlap(dock, csv_plan, towns, kms["point"])
    out["overlap_line"] = run_overlap(dock, csv_plan, roads, kms["line"])
    show(iface, roads.extent(), roads)
    shot(iface, "walkthrough_4_overlaps.png")

    # 7. Claim check with the selected districts' area
    run_areas(dock, csv_plan)
    dock.claim.use_area_result()
    find(dock, "VraemClaimTonnesSpin").setValue(float(os.environ["VRAEM_WALK_TONNES"]))
    claim = dock.claim.run()
    out["claim"] = {"hectares": claim.hectares, "implied": claim.implied_kg_per_ha, "code": claim.verdict_code,
                    "min": claim.min_kg_per_ha, "max": claim.max_kg_per_ha, "status": dock.claim.status.text(),
                    "ratios": [c.ratio.kg_hcl_per_ha for c in claim.comparisons]}

    # 8. Export: PDF, PNG, an atlas of the CSV plan
    out["pdf"] = dock.export.export_layout(os.path.join(WORK, "sheet.pdf"))
    out["png"] = dock.export.export_layout(os.path.join(WORK, "sheet.png"))
    find(dock, "VraemAtlasCheck").setChecked(True)
    find(dock, "VraemAtlasLayerCombo").setLayer(csv_plan)
    find(dock, "VraemAtlasFieldCombo").setField("sector_name")
    out["atlas"] = dock.export.export_layout(os.path.join(WORK, "atlas.pdf"))
    find(dock, "VraemAtlasCheck").setChecked(False)

    # 9. Save; the harness quits QGIS afterwards
    find(dock, "VraemAreaLayerCombo").setLayer(csv_plan)
    find(dock, "VraemSelectedOnlyCheck").setChecked(False)
    idle(dock, "areas")
    out["saved"] = QgsProject.instance().write(os.path.join(WORK, "walkthrough.qgz"))
    out["layer_ids"] = {layer.id(): [layer.name(), layer.featureCount()]
                        for layer in QgsProject.instance().mapLayers().values()}
    shot(iface, "walkthrough_0_saved.png")
    quit_qgis(iface)
    out["messages"] = MESSAGE_BOXES  # filled until QGIS has closed the project: no question on exit
    return out
'''

SESSION_2 = COMMON + r'''
import processing


def run_dialog(iface, algorithm_id, parameters, name=None):
    """Open the algorithm's Processing dialog with these values and press its Run button."""
    from qgis.core import QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())  # as the dialog's: layer ids name the project's layers
    valid, problem = algorithm.checkParameterValues(parameters, context)
    if not valid:  # the dialog would only show the message and never finish: say so at once
        return {"ok": False, "results": {}, "log": "parameters refused: " + problem}
    dialog = processing.createAlgorithmDialog(algorithm_id, parameters)
    finished = []
    dialog.algorithmFinished.connect(lambda ok, results: finished.append([ok, dict(results)]))
    dialog.show()
    pump(0.3)
    dialog.runButton().click()
    wait(lambda: finished, 300)
    pump(0.5)
    if name:
        dialog.showLog()
        pump(0.3)
        shot(iface, name, dialog)
    log_path = os.path.join(WORK, "dialogs", algorithm_id.replace(":", "_") + ".log")
    dialog.saveLogToFile(log_path, QgsProcessingAlgorithmDialogBase.LogFormat.FormatPlainText)
    with open(log_path, encoding="utf-8") as handle:
        log = handle.read()
    dialog.close()
    pump(0.3)
    ok, results = finished[0] if finished else [False, {}]
    plain = {key: value if isinstance(value, (int, float, str, bool, type(None), list)) else str(value)
             for key, value in results.items()}
    return {"ok": ok, "results": plain, "log": log}


def check(iface):
    out = {}
    project = QgsProject.instance()
    dock = the_dock(iface)
    out["opened"] = iface.addProject(os.path.join(WORK, "walkthrough.qgz"))
    pump(1.0)
    idle(dock, "areas")
    out["layer_ids"] = {layer.id(): [layer.name(), layer.featureCount()] for layer in project.mapLayers().values()}
    out["providers"] = {layer.id(): layer.providerType() for layer in project.mapLayers().values()}
    ids = json.loads(os.environ["VRAEM_WALK_IDS"])
    csv_plan, kml_plan = project.mapLayer(ids["csv"]), project.mapLayer(ids["kml"])
    boundaries, roads = project.mapLayer(ids["boundaries"]), project.mapLayer(ids["roads"])
    restored = find(dock, "VraemAreaLayerCombo").currentLayer()
    out["restored_area_layer"] = restored.id() if restored else ""
    out["restored_status"] = dock.areas.status.text()
    out["csv_geometries"] = geometries(csv_plan)
    shot(iface, "walkthrough_5_reopened.png")

    from vraem_analyst.plugin.core import reference

    out["areas_csv"] = run_areas(dock, csv_plan)
    out["areas_kml"] = run_areas(dock, kml_plan)
    boundaries.selectByExpression(os.environ["VRAEM_WALK_SELECTION"])
    out["areas_selected"] = run_areas(dock, boundaries, selected_only=True)
    kms = json.loads(os.environ["VRAEM_WALK_KM"])
    towns = reference.find_layer(project, "towns")
    out["overlap_polygon"] = run_overlap(dock, towns, csv_plan, kms["polygon"])
    out["overlap_point"] = run_overlap(dock, csv_plan, towns, kms["point"])
    out["overlap_line"] = run_overlap(dock, csv_plan, roads, kms["line"])
    zone = reference.zone_choice(project).layer

    # every vraem: algorithm from its dialog, with the VRAEM layers loaded
    provider = QgsApplication.processingRegistry().providerById("vraem")
    out["algorithm_ids"] = sorted(a.id() for a in provider.algorithms())
    work = lambda name: os.path.join(WORK, "dialogs", name)  # noqa: E731
    os.makedirs(os.path.join(WORK, "dialogs"), exist_ok=True)
    layers_before = len(project.mapLayers())
    fixes = os.path.join(WORK, "fixes.gpkg") + "|layername=fixes"  # synthetic flight tracks (tests/air_tracks.py)
    values = {
        "vraem:addreferencelayers": {},
        "vraem:buildzone": {"INPUT": boundaries.id(), "OUTPUT_ZONE": work("zone.gpkg"),
                            "OUTPUT_DISTRICTS": work("districts.gpkg")},
        "vraem:downloaddistricts": {"SOURCE": 1, "FORCE": False, "OUTPUT_ZONE": work("dl_zone.gpkg"),
                                    "OUTPUT_DISTRICTS": work("dl_districts.gpkg")},
        "vraem:newplan": {"OUTPUT": work("new_plan.gpkg"), "LAYER_NAME": "dialog_plan", "CRS": "EPSG:4326"},
        "vraem:importplan": {"INPUT": os.path.join(WORK, "plan.csv"), "OUTPUT": work("imported.gpkg")},
        "vraem:areayield": {"INPUT": csv_plan.id(), "ZONE": zone.id(), "PARAMETER_SET": 0,
                            "OUTPUT": work("areas.gpkg"), "SUMMARY": work("summary.gpkg")},
        "vraem:claimcheck": {"AREA": out["areas_csv"]["total_ha"], "AREA_UNIT": 0,
                             "TONNES": float(os.environ["VRAEM_WALK_TONNES"]), "OUTPUT": work("claim.gpkg")},
        "vraem:bufferoverlap": {"SOURCE": towns.id(), "DISTANCE": kms["polygon"], "UNIT": 1, "TARGET": csv_plan.id(),
                                "DISSOLVE": False, "OUTPUT": work("overlap.gpkg")},
        "vraem:exportreport": {"INPUT": csv_plan.id(), "ZONE": zone.id(), "BUFFER_SOURCE": towns.id(),
                               "BUFFER_DISTANCE": kms["polygon"], "DPI": 72, "OUTPUT_PDF": work("report.pdf"),
                               "OUTPUT_PNG": work("report.png"), "OUTPUT_CSV": work("report.csv")},
        "vraem:flighttracks": {"INPUT": fixes, "TIME_FIELD": "time", "TRACK_FIELD": "track",
                               "OUTPUT_TRACKS": work("tracks.gpkg"), "OUTPUT_EVENTS": work("events.gpkg")},
        "vraem:borderreach": {"PROFILE": "pa34", "OUTPUT": work("reach.gpkg"), "OUTPUT_RINGS": work("rings.gpkg")},
        "vraem:interceptreach": {"SPEED_KT": 250, "REACTION_MIN": 10, "TRACKS": fixes, "TIME_FIELD": "time",
                                 "TRACK_FIELD": "track", "OUTPUT_RINGS": work("isochrones.gpkg"),
                                 "OUTPUT_INTERCEPTS": work("intercepts.gpkg")},
    }
    out["dialogs"] = {}
    for algorithm_id in out["algorithm_ids"]:
        shot_name = "walkthrough_6_exportreport_dialog.png" if algorithm_id == "vraem:exportreport" else None
        out["dialogs"][algorithm_id] = run_dialog(iface, algorithm_id, values.get(algorithm_id, {}), shot_name)
        # the project's layers are still there and readable after each dialog (the old crash)
        out["dialogs"][algorithm_id]["layers_alive"] = all(
            project.mapLayer(layer_id) is not None and project.mapLayer(layer_id).name() for layer_id in ids.values())
    out["reference_layers_after"] = len(role_layer("towns"))
    out["layers_before_dialogs"] = layers_before
    pump(1.0)
    shot(iface, "walkthrough_7_end.png")
    out["saved_again"] = project.write()
    quit_qgis(iface)
    out["messages"] = MESSAGE_BOXES
    return out
'''


def write_inputs(work):
    """The files a user would bring: a CSV plan (WKT), a KML plan, a road network (GeoJSON)."""
    with open(work / "plan.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sector_id", "sector_name", "status", "wkt"])
        for number, text in enumerate(CSV_PLAN):
            writer.writerow([f"C{number}", f"Sector {number}", "planned", text])
    placemarks = []
    for number, text in enumerate(KML_PLAN):
        ring = " ".join(f"{x},{y}" for x, y in shapely_wkt.loads(text).exterior.coords)
        placemarks.append(f"<Placemark><name>K{number}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                          f"{ring}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>")
    (work / "plan.kml").write_text('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
                                   f"<Document>{''.join(placemarks)}</Document></kml>", encoding="utf-8")
    features = [{"type": "Feature", "properties": {"name": f"road {n}"},
                 "geometry": shapely.geometry.mapping(shapely_wkt.loads(text))} for n, text in enumerate(ROADS)]
    (work / "roads.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                                        encoding="utf-8")


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout  # nosec
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


@pytest.fixture(scope="module")
def walkthrough(plugin_zip, shared_data, artifacts_dir, qgis_app):
    """Both sessions, run once: (session 1 result, session 2 result, work folder)."""
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed")
    # Not under /tmp: QGIS takes files there for temporary layers and asks about them on exit.
    work = artifacts_dir.parent / "walkthrough"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    write_inputs(work)
    from air_tracks import scenario, write_fixes

    write_fixes(work / "fixes.gpkg", scenario(), "iso")
    for old in artifacts_dir.glob("walkthrough_*.png"):
        old.unlink()
    profiles = work / "qgis-profiles"  # not under /tmp either: the plugin's bundled layers live there
    # No plugin in the profile yet: session 1 installs it as the Plugin Manager does. Nothing may
    # reach the internet: the plugin repositories are not fetched.
    folder = make_profile(profiles, None, settings={
        "locale": {"userLocale": "en_US", "overrideFlag": "true"},
        "plugin-manager": {"automatically-check-for-updates": "false"},
        "app": {"plugin_repositories\\QGIS%20Official%20Plugin%20Repository\\url":
                "https://plugins.qgis.org/plugins/plugins.xml",
                "plugin_repositories\\QGIS%20Official%20Plugin%20Repository\\enabled": "false"}})
    # vraem:downloaddistricts finds the INEI 2007 file in its cache (same sha256 as ../shared/data's)
    cache = folder / "vraem_analyst" / "cache"
    cache.mkdir(parents=True)
    shutil.copy(shared_data / "peru_distrital_simple.geojson", cache / "districts-1eba0da33464b081.geojson")
    selection = "\"NOMBDEP\" = 'AYACUCHO' AND \"NOMBPROV\" = 'LA MAR'"
    env = {"VRAEM_WALK_WORK": str(work), "VRAEM_WALK_SHOTS": str(artifacts_dir), "VRAEM_WALK_ZIP": str(plugin_zip),
           "VRAEM_WALK_DISTRICTS": str(shared_data / "peru_distrital_simple.geojson"),
           "VRAEM_WALK_DIGITISED": json.dumps(DIGITISED), "VRAEM_WALK_SELECTION": selection,
           "VRAEM_WALK_KM": json.dumps(BUFFER_KM), "VRAEM_WALK_TONNES": str(CLAIM_TONNES)}
    (work / "one").mkdir()
    first = start_desktop(profiles, SESSION_1, work / "one", timeout=600, env_extra=env)
    assert first["ok"], first.get("error", "") + first["log"][-4000:]
    one = first["check"]
    env["VRAEM_WALK_IDS"] = json.dumps({"csv": one["csv_plan"]["id"], "kml": one["kml_plan"]["id"],
                                        "boundaries": one["boundaries_id"], "roads": one["roads_id"]})
    (work / "two").mkdir()
    second = start_desktop(profiles, SESSION_2, work / "two", timeout=600, env_extra=env)
    assert second["ok"], second.get("error", "") + second["log"][-4000:]
    return first, second, work, selection


# ------------------------------------------------------------------------------------------ session 1

def test_session_1_installs_from_zip_and_lands_on_the_zone(walkthrough):
    first, _, _, _ = walkthrough
    one = first["check"]
    assert one["dock_visible"]
    assert one["active"] and "walkthrough/qgis-profiles/profiles/default/python/plugins/vraem_analyst" in one["module"]
    # item 8: the first Add VRAEM layers ends on the zone, not on the continent QGIS zoomed to
    zx0, zy0, zx1, zy1 = one["zone_extent"]
    cx0, cy0, cx1, cy1 = one["canvas_after_add"]
    assert cx0 <= zx0 and cy0 <= zy0 and cx1 >= zx1 and cy1 >= zy1
    assert (cx1 - cx0) * (cy1 - cy0) < 4 * (zx1 - zx0) * (zy1 - zy0)
    assert first["returncode"] == 0 and "Traceback" not in first["log"]


def test_session_1_zone_plans_and_areas(walkthrough, oracle_zone, districts):
    first, _, _, selection = walkthrough
    one = first["check"]
    assert one["built_zone"]["count"] == 1
    assert one["built_zone"]["area_ha"] == pytest.approx(geodesic_ha(oracle_zone), rel=1e-3)
    # the digitised sector is the polygon clicked, within a pixel
    digitised = one["digitised"]
    assert digitised["committed"] and digitised["count"] == 1, digitised
    drawn = shapely_wkt.loads(digitised["geometries"][0])
    assert drawn.symmetric_difference(shapely.Polygon(DIGITISED)).area < 0.02 * shapely.Polygon(DIGITISED).area
    assert one["areas_digitised"]["total_ha"] == pytest.approx(geodesic_ha(drawn), rel=1e-4)
    for key, wkts in (("csv", CSV_PLAN), ("kml", KML_PLAN)):
        assert len(one[f"{key}_plan"]["geometries"]) == len(wkts)
        figures = one[f"areas_{key}"]
        expected = sum(geodesic_ha(shapely_wkt.loads(text)) for text in wkts)
        inside = sum(geodesic_ha(shapely_wkt.loads(text).intersection(oracle_zone)) for text in wkts)
        assert figures["total_ha"] == pytest.approx(expected, rel=1e-4)
        assert figures["inside_ha"] == pytest.approx(inside, rel=1e-3) and inside > 0
        assert "built from district boundaries" in figures["status"]
    chosen = districts[(districts["NOMBDEP"] == "AYACUCHO") & (districts["NOMBPROV"] == "LA MAR")]
    assert one["selected_ids"] == sorted(chosen["IDDIST"]) and "AYACUCHO" in selection
    selected = one["areas_selected"]
    assert selected["features"] == len(chosen)
    assert selected["total_ha"] == pytest.approx(sum(geodesic_ha(g) for g in chosen.geometry), rel=1e-3)
    assert selected["inside_ha"] == pytest.approx(sum(geodesic_ha(g.intersection(oracle_zone))
                                                      for g in chosen.geometry), rel=2e-3)


def overlap_oracle(kind, towns_wkt):
    if kind == "polygon":  # towns' buffers onto the CSV plan
        union = buffers_union(towns_wkt, BUFFER_KM["polygon"])
        return sum(geodesic_ha(shapely_wkt.loads(text).intersection(union)) for text in CSV_PLAN)
    if kind == "point":  # the plan's buffers onto the towns: points within
        union = buffers_union(CSV_PLAN, BUFFER_KM["point"])
        return sum(1 for text in towns_wkt if union.contains(shapely_wkt.loads(text)))
    union = buffers_union(CSV_PLAN, BUFFER_KM["line"])  # the plan's buffers onto the roads: length inside
    return sum(geodesic_km(shapely_wkt.loads(text).intersection(union)) for text in ROADS)


def check_overlaps(session, towns_wkt):
    polygon, point, line = session["overlap_polygon"], session["overlap_point"], session["overlap_line"]
    assert polygon["kind"] == "polygon" and polygon["overlap_ha"] > 0
    assert polygon["overlap_ha"] == pytest.approx(overlap_oracle("polygon", towns_wkt), rel=5e-3)
    assert point["kind"] == "point" and point["points"] == overlap_oracle("point", towns_wkt) > 0
    assert line["kind"] == "line" and line["length_km"] > 0
    for inside_km, whole_km in line["per_target_km"]:
        assert inside_km <= whole_km + 1e-9  # a line is never more than wholly inside (item 1)


@pytest.mark.parametrize("session", [0, 1], ids=["before reopen", "after reopen"])
def test_line_overlap_counts_each_stretch_once(walkthrough, session):
    """The roads' length inside the plan's buffers is the length inside their union: a stretch inside
    two overlapping buffers counts once (issue 11 item 1)."""
    figures = walkthrough[session]["check"]
    assert figures["overlap_line"]["length_km"] == pytest.approx(overlap_oracle("line", []), rel=5e-3)


def test_session_1_overlaps_match_the_union_of_buffers(walkthrough):
    one = walkthrough[0]["check"]
    # no town may sit on the edge of a buffer, or the count would hang on rounding
    union = buffers_union(CSV_PLAN, BUFFER_KM["point"])
    forward, _ = local()
    edge = transform(forward, union).boundary
    assert all(edge.distance(transform(forward, shapely_wkt.loads(text))) > 50 for text in one["towns"])
    check_overlaps(one, one["towns"])


def test_session_1_claim_and_exports(walkthrough):
    one, work = walkthrough[0]["check"], walkthrough[2]
    claim = one["claim"]
    assert claim["hectares"] == pytest.approx(one["areas_csv"]["total_ha"], abs=0.005)  # the spin box shows 2 decimals
    assert claim["implied"] == pytest.approx(CLAIM_TONNES * 1000 / claim["hectares"])
    assert (claim["min"], claim["max"]) == (min(claim["ratios"]), max(claim["ratios"]))
    expected = "above" if claim["implied"] > claim["max"] else "below" if claim["implied"] < claim["min"] else "within"
    assert claim["code"] == expected
    assert one["pdf"] and one["png"] and one["atlas"]
    assert pdf_pages(work / "sheet.pdf") == 1
    assert not png_is_blank(work / "sheet.png")
    assert pdf_pages(work / "atlas.pdf") == len(CSV_PLAN)
    assert one["saved"] and (work / "walkthrough.qgz").exists() and (work / "walkthrough_vraem.gpkg").exists()


# ------------------------------------------------------------------------------------------ session 2

def test_session_2_reopens_the_project_with_every_layer_and_figure(walkthrough):
    one, two = walkthrough[0]["check"], walkthrough[1]["check"]
    assert two["opened"]
    # every layer is back with all its features (the built zone, plans and overlap results were
    # memory layers: they came back empty before)
    assert two["layer_ids"] == one["layer_ids"]
    memory = [layer_id for layer_id, provider in two["providers"].items() if provider == "memory"]
    assert memory == []
    assert two["restored_area_layer"] == one["csv_plan"]["id"]
    assert "built from district boundaries" in two["restored_status"]
    assert two["csv_geometries"] == one["csv_plan"]["geometries"]
    for key in ("areas_csv", "areas_kml", "areas_selected"):
        assert two[key]["total_ha"] == pytest.approx(one[key]["total_ha"], rel=1e-9)
        assert two[key]["inside_ha"] == pytest.approx(one[key]["inside_ha"], rel=1e-9)
        assert two[key]["inside_ha"] > 0
    for key in ("overlap_polygon", "overlap_point", "overlap_line"):
        for figure in ("overlap_ha", "points", "length_km", "touched"):
            assert two[key][figure] == pytest.approx(one[key][figure], rel=1e-9)
    check_overlaps(two, one["towns"])


def test_session_2_every_algorithm_runs_from_its_dialog(walkthrough, oracle_zone):
    first, second, work, _ = walkthrough
    one, two = first["check"], second["check"]
    dialogs = two["dialogs"]
    assert set(dialogs) == {"vraem:addreferencelayers", "vraem:buildzone", "vraem:downloaddistricts",
                            "vraem:newplan", "vraem:importplan", "vraem:areayield", "vraem:claimcheck",
                            "vraem:bufferoverlap", "vraem:exportreport", "vraem:flighttracks",
                            "vraem:borderreach", "vraem:interceptreach"}
    for algorithm_id, run in dialogs.items():
        assert run["ok"], (algorithm_id, run["log"][-2000:])
        assert run["layers_alive"], algorithm_id
    results = {key: run["results"] for key, run in dialogs.items()}
    assert two["reference_layers_after"] == 1  # Add VRAEM layers re-used the group
    zone_ha = geodesic_ha(oracle_zone)
    assert results["vraem:buildzone"]["AREA_M2"] / 1e4 == pytest.approx(zone_ha, rel=1e-3)
    assert results["vraem:downloaddistricts"]["AREA_M2"] == pytest.approx(results["vraem:buildzone"]["AREA_M2"])
    assert results["vraem:importplan"]["COUNT"] == len(CSV_PLAN)
    assert results["vraem:areayield"]["TOTAL_HA"] == pytest.approx(one["areas_csv"]["total_ha"], rel=1e-9)
    assert results["vraem:areayield"]["INSIDE_ZONE_HA"] == pytest.approx(one["areas_csv"]["inside_ha"], rel=1e-9)
    assert "built from district boundaries" in dialogs["vraem:areayield"]["log"]
    assert results["vraem:claimcheck"]["IMPLIED_KG_PER_HA"] == pytest.approx(
        CLAIM_TONNES * 1000 / two["areas_csv"]["total_ha"])
    assert results["vraem:bufferoverlap"]["OVERLAP_HA"] == pytest.approx(one["overlap_polygon"]["overlap_ha"],
                                                                         rel=1e-9)
    with open(work / "dialogs" / "report.csv", encoding="utf-8") as handle:
        sheet = {row["key"]: float(row["value"]) for row in csv.DictReader(handle)}
    assert sheet["analysed_ha"] == pytest.approx(one["areas_csv"]["total_ha"], rel=1e-9)
    assert sheet["zone_ha"] == pytest.approx(zone_ha, rel=1e-3)
    assert pdf_pages(work / "dialogs" / "report.pdf") == 1
    assert results["vraem:flighttracks"]["TRACKS"] == 4  # T1-T4 of tests/air_tracks.py
    assert results["vraem:borderreach"]["POINTS"] >= 10
    # QGIS is still alive: the harness wrote its result after the last dialog and QGIS exited normally
    assert second["returncode"] == 0
    assert "Traceback" not in second["log"], second["log"][-3000:]
    assert two["messages"] == [] and one["messages"] == []


def test_the_screenshots_are_not_blank(walkthrough, artifacts_dir):
    names = ["walkthrough_0_saved.png", "walkthrough_1_layers.png", "walkthrough_2_digitised.png",
             "walkthrough_3_areas.png", "walkthrough_4_overlaps.png", "walkthrough_5_reopened.png",
             "walkthrough_6_exportreport_dialog.png", "walkthrough_7_end.png"]
    for name in names:
        assert (artifacts_dir / name).exists(), name
        assert not png_is_blank(artifacts_dir / name), name
