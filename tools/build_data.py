#!/usr/bin/env python3
"""Build resources/data/vraem.gpkg from ../shared/facts and QGIS's own world_map.gpkg.

Deterministic: the same facts and the same world_map.gpkg give the same bytes. GeoPackage
timestamps (gpkg_contents.last_change, gpkg_metadata_reference.timestamp) are pinned to
BUILD_TIMESTAMP and the file is VACUUMed, so tests/test_build_data.py can compare checksums.

Reads nothing from ../shared/data (third-party boundaries are for tests only).

Usage: python tools/build_data.py [--facts DIR] [--out FILE] [--world-map FILE]
"""

import argparse
import csv
import math
import os
import random  # tools/ is not packaged; a seeded generator keeps the sample plan reproducible
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FACTS = REPO.parent / "shared" / "facts"
DEFAULT_OUT = REPO / "resources" / "data" / "vraem.gpkg"
BUILD_TIMESTAMP = "2025-01-01T00:00:00.000Z"
SAMPLE_SEED = 20250101
SAMPLE_SECTORS = 36

# GDAL writes this instead of "now" into gpkg_contents.last_change.
os.environ["OGR_CURRENT_DATE"] = BUILD_TIMESTAMP
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _import_package():
    """Import the repository as `vraem_analyst` (its root is the plugin package), like the tests."""
    if "vraem_analyst" in sys.modules:
        return
    root = Path(tempfile.mkdtemp(prefix="vraem-build-"))
    (root / "vraem_analyst").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(root))


_import_package()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType  # noqa: E402

from vraem_analyst.plugin.core import measuring, plans, reference  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the build-only modules beside this one
import approximate_zone  # noqa: E402

from vraem_analyst.plugin.core.bundled import read_only_layer  # noqa: E402

STRING = QMetaType.Type.QString
REAL = QMetaType.Type.Double
INTEGER = QMetaType.Type.Int

# Towns on the valley floors of the Apurímac, Ene and Mantaro rivers: the sample sectors go near them.
VALLEY_TOWNS = [
    "Pichari", "Kimbiri", "Santa Rosa", "Llochegua", "San Francisco", "Palmapampa", "Sivia",
    "Canayre", "San Miguel del Ene", "Puerto Ene", "Boca Mantaro", "Unión Mantaro", "Natividad",
    "Pichiwilca", "Anchihuay", "Villa Kintiarina", "Villa Virgen", "Mayapo", "Valle Esmeralda",
    "Cutivireni", "Puerto Ocopa",
]


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def to_float(text):
    """Float of a plain number ('3,600' and '>=16391.53' included), None for blank or prose."""
    if text is None:
        return None
    cleaned = text.strip().replace(",", "")
    if cleaned.startswith(">="):
        cleaned = cleaned[2:]
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def is_numeric_column(rows, column):
    values = [row[column] for row in rows if row[column].strip()]
    return bool(values) and all(to_float(v) is not None and not v.strip().startswith(">=") for v in values)


def is_integer_column(rows, column):
    values = [row[column].strip() for row in rows if row[column].strip()]
    return column == "year" and bool(values) and all(v.isdigit() for v in values)


# ----------------------------------------------------------------------------- writing

def write_layer(layer, path, name, first):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["SPATIAL_INDEX=NO", "FID=fid"]
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if first
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    )
    error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(f"writing {name}: {message}")


def memory_layer(geometry, fields, name):
    uri = "None" if geometry is None else f"{geometry}?crs=EPSG:4326"
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    return layer


def add_features(layer, records):
    """records: list of (geometry or None, {field: value})."""
    features = []
    for geometry, values in records:
        feature = QgsFeature(layer.fields())
        for key, value in values.items():
            feature[key] = value
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)


def table_from_csv(rows, name, extra=None):
    """A geometry-less table keeping every CSV column; numeric columns become reals (years integers)."""
    columns = list(rows[0].keys())
    types = {}
    for column in columns:
        if is_integer_column(rows, column):
            types[column] = INTEGER
        elif is_numeric_column(rows, column):
            types[column] = REAL
        else:
            types[column] = STRING
    fields = [QgsField(c, types[c]) for c in columns] + [f for f, _ in (extra or [])]
    layer = memory_layer(None, fields, name)
    records = []
    for row in rows:
        values = {}
        for column in columns:
            text = row[column].strip()
            if not text:
                values[column] = None
            elif types[column] == INTEGER:
                values[column] = int(text)
            elif types[column] == REAL:
                values[column] = to_float(text)
            else:
                values[column] = text
        for field, compute in extra or []:
            values[field.name()] = compute(row)
        records.append((None, values))
    add_features(layer, records)
    return layer


def non_spatial_tables(facts):
    tables = [
        ("yield_parameters", table_from_csv(read_csv(facts / "yield_parameters.csv"), "yield_parameters")),
        ("reference_ratios", table_from_csv(read_csv(facts / "reference_ratios.csv"), "reference_ratios")),
        ("coca_hectares", table_from_csv(read_csv(facts / "coca_hectares.csv"), "coca_hectares")),
        ("aircraft_profiles", table_from_csv(read_csv(facts / "aircraft_profiles.csv"), "aircraft_profiles")),
    ]
    # hectares_eradicated mixes numbers with prose ("~23600 to ~25000", ">=16391.53"): the text is
    # kept as published and a number is added only where the text states one (a lower bound for ">=").
    corah = read_csv(facts / "eradication_corah.csv")
    extra = [(QgsField("hectares_eradicated_value", REAL), lambda r: to_float(r["hectares_eradicated"])),
             (QgsField("is_lower_bound", INTEGER),
              lambda r: 1 if r["hectares_eradicated"].strip().startswith(">=") else 0)]
    tables.append(("eradication_corah", table_from_csv(corah, "eradication_corah", extra)))
    return tables


# ----------------------------------------------------------------------------- spatial layers

def capitals_records(facts):
    capitals = read_csv(facts / "district_capitals.csv")
    scope = {row["ubigeo"]: row for row in read_csv(facts / "vraem_districts.csv")}
    records = []
    zone_input = []
    for row in sorted(capitals, key=lambda r: r["ubigeo"]):
        member = scope.get(row["ubigeo"])
        lat, lon = to_float(row["lat"]), to_float(row["lon"])
        in_vraem = member is not None and member["in_ambito_vraem"] == "yes"
        source = f"coordinates: {row['source']}"
        if member is not None:
            source += f" | membership: {member['source']}"
        # The VRAEM list's spelling wins (e.g. KIMBIRI); the other spelling is kept for name matching.
        district = member["district"] if member is not None else row["district"]
        alternatives = sorted({row["district"]} - {district})
        values = {
            "ubigeo": row["ubigeo"], "district": district, "district_alt": "|".join(alternatives) or None,
            "province": row["province"],
            "department": row["department"], "capital": row["capital"] or None,
            "in_vraem": 1 if in_vraem else 0,
            "devida_coca_subzone": (member or {}).get("devida_coca_subzone_2021") or None,
            "has_coordinates": 0 if lat is None or lon is None else 1,
            "source": source,
            "confidence": (member or {}).get("confidence") or "not stated",
        }
        geometry = None if lat is None or lon is None else QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        records.append((geometry, values))
        zone_input.append({"ubigeo": row["ubigeo"], "department": row["department"], "lat": lat,
                           "lon": lon, "in_vraem": in_vraem})
    fields = [QgsField(n, STRING) for n in ("ubigeo", "district", "district_alt", "province", "department",
                                            "capital")]
    fields += [QgsField("in_vraem", INTEGER), QgsField("devida_coca_subzone", STRING),
               QgsField("has_coordinates", INTEGER), QgsField("source", STRING),
               QgsField("confidence", STRING)]
    layer = memory_layer("Point", fields, "district_capitals")
    add_features(layer, records)
    return layer, zone_input


def towns_layer(facts):
    rows = read_csv(facts / "vraem_towns.csv")
    fields = [QgsField(n, STRING) for n in ("name", "district_ubigeo", "role", "notes", "source", "confidence")]
    fields += [QgsField("lat", REAL), QgsField("lon", REAL)]
    layer = memory_layer("Point", fields, "towns")
    records = []
    for row in rows:
        lat, lon = to_float(row["lat"]), to_float(row["lon"])
        values = {key: row[key] or None for key in ("name", "district_ubigeo", "role", "notes", "source",
                                                    "confidence")}
        values.update(lat=lat, lon=lon)
        records.append((QgsGeometry.fromPointXY(QgsPointXY(lon, lat)), values))
    add_features(layer, records)
    return layer, rows


def crossings_layer(facts):
    """All 20 rows; the crossing without coordinates (Santa Rosa–Chacalluta, Tacna) keeps a NULL
    geometry so the table stays complete and the gap stays visible (has_coordinates = 0)."""
    rows = read_csv(facts / "border_crossings.csv")
    text_columns = ["crossing_id", "name_pe", "name_other", "neighbour", "kind", "confidence",
                    "coords_note", "source"]
    fields = [QgsField(n, STRING) for n in text_columns]
    fields += [QgsField("lat", REAL), QgsField("lon", REAL), QgsField("has_coordinates", INTEGER)]
    layer = memory_layer("Point", fields, "border_crossings")
    records = []
    for row in rows:
        lat, lon = to_float(row["lat"]), to_float(row["lon"])
        values = {key: row[key] or None for key in text_columns}
        values.update(lat=lat, lon=lon, has_coordinates=0 if lat is None or lon is None else 1)
        geometry = None if lat is None or lon is None else QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        records.append((geometry, values))
    add_features(layer, records)
    return layer


def aerodromes_layer(facts, zone_geometry):
    """OurAirports aerodromes of Peru; `in_zone` says whether the point lies in the approximate zone
    (the default airstrips of vraem:borderreach). The facts give no confidence: it stays unstated."""
    rows = read_csv(facts / "aerodromes_peru.csv")
    text_columns = ["ident", "type", "name", "iso_region", "source"]
    fields = [QgsField(n, STRING) for n in text_columns]
    fields += [QgsField("lat", REAL), QgsField("lon", REAL), QgsField("in_zone", INTEGER),
               QgsField("confidence", STRING)]
    layer = memory_layer("Point", fields, "aerodromes")
    records = []
    for row in sorted(rows, key=lambda r: r["ident"]):
        lat, lon = to_float(row["lat"]), to_float(row["lon"])
        geometry = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        values = {key: row[key] or None for key in text_columns}
        values.update(lat=lat, lon=lon, in_zone=1 if zone_geometry.contains(geometry) else 0,
                      confidence="not stated")
        records.append((geometry, values))
    add_features(layer, records)
    return layer


def zone_layer(built):
    fields = [QgsField("name", STRING), QgsField("approximate", INTEGER), QgsField("area_m2", REAL),
              QgsField("area_ha", REAL), QgsField("area_km2", REAL), QgsField("method", STRING),
              QgsField("districts_used", INTEGER), QgsField("districts_without_capital", STRING),
              QgsField("source", STRING), QgsField("confidence", STRING)]
    layer = memory_layer("MultiPolygon", fields, "zone")
    values = {
        "name": "VRAEM (approximate)", "approximate": 1,
        "area_m2": round(built.area_m2, 1), "area_ha": round(built.area_m2 / 1e4, 2),
        "area_km2": round(built.area_m2 / 1e6, 3), "method": built.method,
        "districts_used": len(built.districts_used),
        "districts_without_capital": ", ".join(built.districts_without_point) or None,
        "source": ("Thiessen cells of INEI district capitals (shared/facts/district_capitals.csv, "
                   "membership per PCM GEOPERU list in vraem_districts.csv), clipped to Natural Earth "
                   "departments from QGIS world_map.gpkg; ellipsoidal area on WGS84"),
        "confidence": "low (approximate outline; not an official boundary)",
    }
    add_features(layer, [(built.geometry, values)])
    return layer


def _sector_polygon(center, radius_m, generator):
    """An irregular heptagon around `center` (lon/lat), radii in metres."""
    lat_m = 111_320.0
    lon_m = lat_m * math.cos(math.radians(center.y()))
    ring = []
    turn = generator.uniform(0, 2 * math.pi)
    for k in range(7):
        angle = turn + 2 * math.pi * k / 7
        r = radius_m * generator.uniform(0.7, 1.15)
        ring.append(QgsPointXY(round(center.x() + r * math.cos(angle) / lon_m, 6),
                               round(center.y() + r * math.sin(angle) / lat_m, 6)))
    ring.append(ring[0])
    return QgsGeometry.fromPolygonXY([ring])


def sample_plan_layer(town_rows, zone_geometry):
    """SAMPLE, synthetic: a few dozen sectors near valley towns, inside the approximate zone."""
    generator = random.Random(SAMPLE_SEED)  # nosec B311 - synthetic sample data, not security
    towns = {row["name"]: QgsPointXY(float(row["lon"]), float(row["lat"])) for row in town_rows}
    anchors = [(name, towns[name]) for name in VALLEY_TOWNS if name in towns]
    statuses = list(plans.STATUS_VALUES)
    layer = memory_layer("MultiPolygon", plans.plan_fields() + [QgsField("source", STRING),
                                                                QgsField("confidence", STRING)],
                         "eradication_plan_sample")
    measure = measuring.wgs84_distance_area()
    records, placed, attempts = [], [], 0
    while len(records) < SAMPLE_SECTORS and attempts < 5000:
        attempts += 1
        town_name, town = anchors[len(records) % len(anchors)]
        distance_m = generator.uniform(1500, 9000)
        bearing = generator.uniform(0, 2 * math.pi)
        center = QgsPointXY(town.x() + distance_m * math.cos(bearing) / (111_320.0 * math.cos(math.radians(town.y()))),
                            town.y() + distance_m * math.sin(bearing) / 111_320.0)
        polygon = _sector_polygon(center, generator.uniform(900, 2200), generator)
        if not zone_geometry.contains(polygon) or any(polygon.intersects(other) for other in placed):
            continue
        placed.append(polygon)
        number = len(records) + 1
        polygon.convertToMultiType()
        records.append((polygon, {
            "sector_id": f"SAMPLE-{number:03d}",
            "sector_name": plans.SAMPLE_SECTOR_NAME.format(number=number, town=town_name),
            "plan_year": 2025 + generator.randint(0, 1),
            "status": statuses[generator.randint(0, len(statuses) - 1)],
            "agency": plans.SAMPLE_AGENCY,
            # Coca is a fraction of a sector's area: the target is 5-30 % of it.
            "target_ha": round(measure.measureArea(polygon) / 1e4 * generator.uniform(0.05, 0.3), 1),
            "notes": plans.SAMPLE_NOTES,
            "source": f"SAMPLE: generated by tools/build_data.py (seed {SAMPLE_SEED}) near {town_name} "
                      "(vraem_towns.csv), inside the approximate zone",
            "confidence": plans.SAMPLE_CONFIDENCE,
        }))
    add_features(layer, records)
    return layer


# ----------------------------------------------------------------------------- finishing

def write_metadata(path, names):
    """Store each layer's QgsLayerMetadata (English) inside the GeoPackage."""
    registry = QgsProviderRegistry.instance()
    for name in names:
        role = reference.ROLE_BY_TABLE.get(name)
        metadata = reference.layer_metadata(role or name)
        metadata.setLanguage("en")  # the bundled copy is English; the plugin translates on load
        registry.saveLayerMetadata("ogr", f"{path}|layername={name}", metadata)


def pin_timestamps(path):
    """Pin every timestamp GeoPackage keeps, then VACUUM so the page layout is canonical."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE gpkg_contents SET last_change = ?", (BUILD_TIMESTAMP,))
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        # The writer stores a missing point as POINT EMPTY; the rows without coordinates get a real NULL.
        for table in ("district_capitals", "border_crossings"):
            if table in tables:
                connection.execute(f'UPDATE "{table}" SET geom = NULL WHERE has_coordinates = 0')  # nosec B608
        if "gpkg_metadata_reference" in tables:
            connection.execute("UPDATE gpkg_metadata_reference SET timestamp = ?", (BUILD_TIMESTAMP,))
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()


def build(facts, out, world_map):
    facts, out = Path(facts), Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.stem + ".building.gpkg")
    if partial.exists():
        partial.unlink()
    layers = non_spatial_tables(facts)
    capitals, zone_input = capitals_records(facts)
    towns, town_rows = towns_layer(facts)
    built = approximate_zone.approximate_zone(zone_input, world_map)
    layers += [("district_capitals", capitals), ("towns", towns), ("border_crossings", crossings_layer(facts)),
               ("aerodromes", aerodromes_layer(facts, built.geometry)),
               ("zone", zone_layer(built)), ("eradication_plan_sample", sample_plan_layer(town_rows, built.geometry))]
    for index, (name, layer) in enumerate(layers):
        write_layer(layer, partial, name, first=index == 0)
    write_metadata(partial, [name for name, _ in layers])
    pin_timestamps(partial)
    os.replace(partial, out)
    return built


# ----------------------------------------------------------------------------- styles

def _labels(layer, expression, size=8.0, color="#202020"):
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor, QFont

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(size)
    text.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _categorized(field, categories, make_symbol):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    items = [QgsRendererCategory(value, make_symbol(color), label) for value, color, label in categories]
    return QgsCategorizedSymbolRenderer(field, items)


def write_styles(styles_dir, gpkg):
    """QML styles for the reference layers (symbols + labels), written from code so they can be rebuilt."""
    from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer

    styles_dir = Path(styles_dir)
    styles_dir.mkdir(parents=True, exist_ok=True)

    def point(color, size=2.4, shape="circle", outline="#ffffff"):
        return QgsMarkerSymbol.createSimple({"name": shape, "color": color, "size": str(size),
                                             "outline_color": outline, "outline_width": "0.3"})

    layer = QgsVectorLayer(f"{gpkg}|layername=zone", "zone", "ogr")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "200,30,30,45", "outline_color": "200,30,30,255", "outline_width": "0.8",
        "outline_style": "dash"})))
    layer.saveNamedStyle(str(styles_dir / "zone.qml"))

    # the districts a zone is built from (plugin/core/districts.py): outlines under the zone's fill
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "district_boundaries", "memory")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "0,0,0,0", "outline_color": "110,70,40,255", "outline_width": "0.3"})))
    layer.saveNamedStyle(str(styles_dir / "district_boundaries.qml"))

    layer = QgsVectorLayer(f"{gpkg}|layername=district_capitals", "district_capitals", "ogr")
    layer.setRenderer(_categorized("in_vraem", [(1, "#8b1a1a", "VRAEM"), (0, "#9a9a9a", "neighbour")],
                                   lambda color: point(color, 1.8)))
    _labels(layer, "CASE WHEN \"in_vraem\" = 1 THEN title(\"district\") END", 6.5, "#6b1010")
    layer.saveNamedStyle(str(styles_dir / "district_capitals.qml"))

    layer = QgsVectorLayer(f"{gpkg}|layername=towns", "towns", "ogr")
    layer.setRenderer(QgsSingleSymbolRenderer(point("#000000", 2.6, "square")))
    _labels(layer, "\"name\"", 8.0)
    layer.saveNamedStyle(str(styles_dir / "towns.qml"))

    layer = QgsVectorLayer(f"{gpkg}|layername=border_crossings", "border_crossings", "ogr")
    neighbours = [("Bolivia", "#1b9e77", "Bolivia"), ("Brazil", "#d95f02", "Brazil"),
                  ("Colombia", "#7570b3", "Colombia"), ("Ecuador", "#e7298a", "Ecuador"),
                  ("Chile", "#66a61e", "Chile")]
    layer.setRenderer(_categorized("neighbour", neighbours, lambda color: point(color, 4.0, "star", "#000000")))
    _labels(layer, "trim(regexp_substr(\"name_pe\", '^[^(,]+'))", 7.5)
    layer.saveNamedStyle(str(styles_dir / "border_crossings.qml"))

    layer = QgsVectorLayer(f"{gpkg}|layername=aerodromes", "aerodromes", "ogr")
    kinds = [("large_airport", "#08306b", "large airport"), ("medium_airport", "#2171b5", "medium airport"),
             ("small_airport", "#6baed6", "small airport"), ("heliport", "#9e4a9c", "heliport"),
             ("closed", "#969696", "closed")]
    layer.setRenderer(_categorized("type", kinds, lambda color: point(color, 3.2, "triangle", "#000000")))
    _labels(layer, "CASE WHEN \"in_zone\" = 1 THEN \"ident\" END", 6.5, "#08306b")
    layer.saveNamedStyle(str(styles_dir / "aerodromes.qml"))

    layer = QgsVectorLayer(f"{gpkg}|layername=eradication_plan_sample", "eradication_plan_sample", "ogr")
    statuses = [("planned", "#f2d13d", "planned"), ("in progress", "#f28e2b", "in progress"),
                ("eradicated", "#59a14f", "eradicated"), ("suspended", "#9d9d9d", "suspended")]
    layer.setRenderer(_categorized("status", statuses, lambda color: QgsFillSymbol.createSimple({
        "color": color, "outline_color": "#333333", "outline_width": "0.26"})))
    _labels(layer, "\"sector_id\"", 6.0)
    layer.saveNamedStyle(str(styles_dir / "eradication_plan_sample.qml"))

    world = read_only_layer(f"{reference.world_map_path()}|layername=countries", "countries")
    world.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "#f4f1e8", "outline_color": "#8c8c8c", "outline_width": "0.3"})))
    _labels(world, "\"NAME\"", 9.0, "#555555")
    world.saveNamedStyle(str(styles_dir / "countries.qml"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", default=str(DEFAULT_FACTS))
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--world-map", default=None)
    parser.add_argument("--styles", default=None, help="also (re)write the QML styles into this folder")
    args = parser.parse_args(argv)
    app = QgsApplication.instance()
    owns_app = app is None
    if owns_app:
        # A throw-away profile: QGIS must not write its style database into the working directory.
        profile = tempfile.mkdtemp(prefix="vraem-build-profile-")
        app = QgsApplication([], False, profile)
        app.initQgis()
    built = build(args.facts, args.out, args.world_map or reference.world_map_path())
    print(f"wrote {args.out}: approximate zone {built.area_m2 / 1e6:.1f} km2 ({built.method}); "
          f"{len(built.districts_used)} VRAEM cells; without capital: {', '.join(built.districts_without_point)}")
    if args.styles:
        write_styles(args.styles, args.out)
    if owns_app:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
