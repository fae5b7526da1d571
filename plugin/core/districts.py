"""Build the VRAEM zone from any polygon layer of Peruvian districts (INEI, GADM, geoBoundaries...).

The UBIGEO field is found by name (IDDIST, UBIGEO, CODIGO, ...) or by its values (6-digit codes;
5-digit integers are zero-padded); failing that, districts are matched by name, accent- and
case-insensitively, with province and department to tell homonyms apart. The source layer is only
read: repairs happen on copies.
"""

import json

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsLayerMetadata,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..i18n import tr
from ..paths import DATA_GPKG
from . import field_types
from .bundled import bundled_layer
from .definitions import WGS84
from .errors import VraemError
from .flags import APPROXIMATE_PROPERTY, COVERAGE_PROPERTY, ROLE_PROPERTY
from .measuring import repaired_geometry, wgs84_distance_area
from .names import normalize_name

# Normalized names of fields that usually hold the INEI UBIGEO, in order of preference.
UBIGEO_FIELD_NAMES = ["IDDIST", "UBIGEO", "UBIGEO INEI", "UBIGEO DIST", "IDDISTRITO", "ID DIST", "CODDIST",
                      "COD DIST", "CODIGO", "CODIGO DIST", "CCDIST", "CC 3", "IDUBIGEO", "ID UBIGEO"]
DISTRICT_NAME_FIELDS = ["NOMBDIST", "DISTRITO", "NOM DIST", "NOMBRE DIST", "NAME 3", "DIST", "NOMBRE",
                        "SHAPENAME", "NAME"]
PROVINCE_NAME_FIELDS = ["NOMBPROV", "PROVINCIA", "NOM PROV", "NOMBRE PROV", "NAME 2", "PROV"]
DEPARTMENT_NAME_FIELDS = ["NOMBDEP", "DEPARTAMENTO", "DEPARTAMEN", "NOM DEP", "NOMBRE DEP", "NAME 1", "DEP",
                          "REGION"]
# Share of non-empty values that must look like UBIGEO codes for a field to be taken as the UBIGEO field.
UBIGEO_SHARE = 0.8


class ZoneBuild:
    """What build_zone_from_districts() returns."""

    def __init__(self):
        self.zone_geometry = QgsGeometry()  # dissolved zone, EPSG:4326
        self.zone_layer = None  # memory layer, one feature
        self.district_layer = None  # memory layer, one feature per matched district
        self.matched = []  # UBIGEO codes found
        self.unmatched = []  # UBIGEO codes of the VRAEM list not found (or without geometry)
        self.match_method = ""  # "field" or "names"
        self.match_field = None  # the UBIGEO field when match_method == "field"
        self.area_m2 = 0.0
        self.repaired = 0  # invalid geometries repaired in the copy
        self.source_name = ""
        self.names = {}  # UBIGEO -> "DISTRICT (PROVINCE, DEPARTMENT)" for the 79 districts

    def unmatched_names(self):
        """The districts not found, readable: ['050409 CANAYRE (HUANTA, AYACUCHO)', ...]."""
        return [f"{code} {self.names.get(code, '')}".strip() for code in self.unmatched]

    def unmatched_note(self):
        """The districts not found by name, with the likely reason; empty when all were found."""
        if not self.unmatched:
            return ""
        return tr("{n} districts not found: {names}. Likely reason: they were created after the census of the "
                  "boundary file; their land may lie in the older district they were split from.").format(
            n=len(self.unmatched), names="; ".join(self.unmatched_names()))


def vraem_districts(path=DATA_GPKG):
    """The 79 districts of the VRAEM scope from the bundled GeoPackage: list of dicts."""
    layer = bundled_layer("district_capitals", path=path)
    if not layer.isValid():
        raise VraemError(tr("The bundled VRAEM data could not be read: {path}").format(path=path))
    request = QgsFeatureRequest().setFilterExpression('"in_vraem" = 1')
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows = []
    for feature in layer.getFeatures(request):
        row = {name: feature[name] for name in ("ubigeo", "district", "province", "department",
                                                "devida_coca_subzone")}
        alternatives = feature["district_alt"] if "district_alt" in layer.fields().names() else None
        row["names"] = [row["district"]] + (str(alternatives).split("|") if _non_empty(alternatives) else [])
        rows.append(row)
    return sorted(rows, key=lambda r: r["ubigeo"])


def normalize_ubigeo(value):
    """'50401', 50401, '050401' -> '050401'; anything else -> None."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if isinstance(value, float):
        if value != int(value):
            return None
        value = int(value)
    text = str(value).strip()
    if text.isdigit() and len(text) == 5:
        text = "0" + text
    return text if text.isdigit() and len(text) == 6 else None


def _non_empty(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return False
    return str(value).strip() != ""


def _field_by_names(layer, names):
    by_norm = {normalize_name(field.name()): field.name() for field in layer.fields()}
    for candidate in names:
        if candidate in by_norm:
            return by_norm[candidate]
    return None


def find_ubigeo_field(layer, wanted_codes):
    """Name of the UBIGEO field, or None. Named candidates first, then any field whose values look
    like UBIGEO codes and include at least one VRAEM district."""
    by_norm = {normalize_name(field.name()): field.name() for field in layer.fields()}
    named = [by_norm[name] for name in UBIGEO_FIELD_NAMES if name in by_norm]
    others = [field.name() for field in layer.fields() if field.name() not in named]
    values = {name: [] for name in named + others}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in layer.getFeatures(request):
        for name in values:
            values[name].append(feature[name])
    for name in named + others:
        present = [v for v in values[name] if _non_empty(v)]
        if not present:
            continue
        codes = [normalize_ubigeo(v) for v in present]
        good = [c for c in codes if c is not None]
        if len(good) / len(present) < UBIGEO_SHARE:
            continue
        if name in others and not wanted_codes.intersection(good):
            continue
        return name
    return None


def likeliest_district_layers(layers):
    """The polygon layers that could hold district boundaries, likeliest first: a UBIGEO field by name,
    then district name fields, then the rest; the plugin's own layers (zone, countries, plans) are left out."""
    def rank(layer):
        if _field_by_names(layer, UBIGEO_FIELD_NAMES):
            return 0
        if _field_by_names(layer, DISTRICT_NAME_FIELDS):
            return 1
        return 2

    candidates = [layer for layer in layers if isinstance(layer, QgsVectorLayer)
                  and layer.geometryType() == Qgis.GeometryType.Polygon
                  and layer.customProperty(ROLE_PROPERTY) in (None, "", "district_boundaries")]
    return sorted(candidates, key=lambda layer: (rank(layer), layer.name()))


def _check_layer(layer):
    if layer is None or not layer.isValid():
        raise VraemError(tr("The district layer is not valid or could not be read."))
    if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise VraemError(tr("The district layer must have polygon geometries."))
    if not layer.crs().isValid():
        raise VraemError(tr("The district layer has no coordinate reference system; set one and try again."))
    if layer.featureCount() == 0:
        raise VraemError(tr("The district layer has no features."))


def _match_by_field(layer, field, wanted):
    """UBIGEO -> feature id. Malformed or duplicated codes are errors (the result would be wrong)."""
    malformed, seen, duplicated = [], {}, set()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([field],
                                                                                                    layer.fields())
    for feature in layer.getFeatures(request):
        value = feature[field]
        if not _non_empty(value):
            continue
        code = normalize_ubigeo(value)
        if code is None:
            malformed.append(str(value))
            continue
        if code in seen:
            duplicated.add(code)
        seen[code] = feature.id()
    if malformed:
        raise VraemError(tr("Field {field} has malformed UBIGEO codes (expected 6 digits): {values}")
                         .format(field=field, values=", ".join(sorted(set(malformed))[:10])))
    bad = sorted(duplicated.intersection(wanted))
    if bad:
        raise VraemError(tr("Field {field} has duplicated UBIGEO codes: {values}")
                         .format(field=field, values=", ".join(bad[:10])))
    return {code: fid for code, fid in seen.items() if code in wanted}


def _match_by_names(layer, rows):
    """UBIGEO -> feature id by district name, disambiguated by province and department names."""
    district_field = _field_by_names(layer, DISTRICT_NAME_FIELDS)
    if district_field is None:
        raise VraemError(tr("No UBIGEO field and no district-name field was found in the layer "
                            "(expected e.g. IDDIST, UBIGEO or NOMBDIST, DISTRITO)."))
    province_field = _field_by_names(layer, PROVINCE_NAME_FIELDS)
    department_field = _field_by_names(layer, DEPARTMENT_NAME_FIELDS)
    candidates = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in layer.getFeatures(request):
        name = normalize_name(feature[district_field])
        if not name:
            continue
        province = normalize_name(feature[province_field]) if province_field else None
        department = normalize_name(feature[department_field]) if department_field else None
        candidates.setdefault(name, []).append((province, department, feature.id()))
    found = {}
    for row in rows:
        options = []
        for name in row.get("names") or [row["district"]]:
            options += candidates.get(normalize_name(name), [])
        department = normalize_name(row["department"])
        province = normalize_name(row["province"])
        if department_field:
            options = [o for o in options if o[1] == department]
        if province_field and len(options) > 1:
            options = [o for o in options if o[0] == province]
        if len(options) == 1:
            found[row["ubigeo"]] = options[0][2]
    return found, district_field


def _zone_layer(geometry, result):
    layer = QgsVectorLayer(f"MultiPolygon?crs={WGS84}", tr("VRAEM zone (from district boundaries)"), "memory")
    fields = [QgsField("name", field_types.STRING), QgsField("approximate", field_types.INT),
              QgsField("area_m2", field_types.DOUBLE), QgsField("area_ha", field_types.DOUBLE),
              QgsField("area_km2", field_types.DOUBLE), QgsField("districts_matched", field_types.INT),
              QgsField("districts_unmatched", field_types.STRING),
              QgsField("method", field_types.STRING), QgsField("source", field_types.STRING)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geometry)
    feature.setAttributes(["VRAEM", 0, result.area_m2, result.area_m2 / 1e4, result.area_m2 / 1e6,
                           len(result.matched), ", ".join(result.unmatched),
                           f"{result.match_method}:{result.match_field or ''}", result.source_name])
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    layer.setCustomProperty(ROLE_PROPERTY, "zone")
    layer.setCustomProperty(APPROXIMATE_PROPERTY, False)
    return layer


def _approximate_zone_area_m2():
    """Ellipsoidal area of the bundled approximate zone, the yardstick of a built zone's coverage."""
    zone = bundled_layer("zone", path=DATA_GPKG)
    measure = wgs84_distance_area()
    return sum(measure.measureArea(feature.geometry()) for feature in zone.getFeatures()) or float("nan")


def build_zone_from_districts(layer, feedback=None):
    """Dissolve the VRAEM districts of `layer` into the zone; see ZoneBuild for what comes back."""
    _check_layer(layer)
    rows = vraem_districts()
    by_code = {row["ubigeo"]: row for row in rows}
    wanted = set(by_code)
    result = ZoneBuild()
    result.source_name = layer.name()
    result.names = {row["ubigeo"]: f"{row['district']} ({row['province']}, {row['department']})" for row in rows}

    field = find_ubigeo_field(layer, wanted)
    if field is not None:
        found = _match_by_field(layer, field, wanted)
        result.match_method, result.match_field = "field", field
    else:
        found, name_field = _match_by_names(layer, rows)
        result.match_method, result.match_field = "names", name_field
    if feedback is not None:
        feedback.pushInfo(tr("Districts matched by {method} ({field}): {n} of {total}").format(
            method=result.match_method, field=result.match_field, n=len(found), total=len(rows)))

    to_wgs84 = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(WGS84),
                                      QgsProject.instance().transformContext())
    measure = wgs84_distance_area()
    districts = QgsVectorLayer(f"MultiPolygon?crs={WGS84}", tr("VRAEM districts"), "memory")
    districts.dataProvider().addAttributes([
        QgsField("ubigeo", field_types.STRING), QgsField("district", field_types.STRING),
        QgsField("province", field_types.STRING), QgsField("department", field_types.STRING),
        QgsField("devida_coca_subzone", field_types.STRING), QgsField("area_m2", field_types.DOUBLE),
        QgsField("area_ha", field_types.DOUBLE), QgsField("source", field_types.STRING)])
    districts.updateFields()
    geometries, features = [], []
    codes = sorted(found)
    # one request for the matched districts, not one per district
    request = QgsFeatureRequest().setFilterFids(list(found.values())).setNoAttributes()
    source_geometries = {feature.id(): feature.geometry() for feature in layer.getFeatures(request)}
    for step, code in enumerate(codes):
        if feedback is not None:
            if feedback.isCanceled():
                raise VraemError(tr("Cancelled."))
            feedback.setProgress(100.0 * step / max(1, len(codes)))
        geometry = QgsGeometry(source_geometries[found[code]])
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry, repaired = repaired_geometry(geometry)
        if geometry.isNull() or geometry.isEmpty():
            continue
        result.repaired += int(repaired)
        geometry.transform(to_wgs84)
        if not geometry.isMultipart():
            geometry.convertToMultiType()
        row = by_code[code]
        area = measure.measureArea(geometry)
        feature = QgsFeature(districts.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([code, row["district"], row["province"], row["department"],
                               row["devida_coca_subzone"], area, area / 1e4, layer.name()])
        features.append(feature)
        geometries.append(geometry)
        result.matched.append(code)
    if not geometries:
        raise VraemError(tr("None of the 79 VRAEM districts was found in the layer."))
    districts.dataProvider().addFeatures(features)
    districts.updateExtents()
    districts.setCustomProperty(ROLE_PROPERTY, "district_boundaries")
    result.unmatched = sorted(wanted - set(result.matched))
    if result.repaired and feedback is not None:
        feedback.pushWarning(tr("{n} invalid district geometries were repaired (in the copy only).")
                             .format(n=result.repaired))

    zone = QgsGeometry.unaryUnion(geometries)
    if not zone.isGeosValid():
        zone = zone.makeValid()
    if not zone.isMultipart():
        zone.convertToMultiType()
    result.zone_geometry = zone
    result.area_m2 = measure.measureArea(zone)
    result.district_layer = districts
    result.zone_layer = _zone_layer(zone, result)
    result.zone_layer.setCustomProperty(COVERAGE_PROPERTY, json.dumps({
        "matched": len(result.matched), "total": len(rows), "share": result.area_m2 / _approximate_zone_area_m2()}))
    metadata = QgsLayerMetadata()
    metadata.setTitle(tr("VRAEM zone (from district boundaries)"))
    metadata.setAbstract(tr("Union of {n} of the 79 VRAEM districts found in the layer {layer}. Not found: "
                            "{missing}.").format(n=len(result.matched), layer=layer.name(),
                                                 missing=", ".join(result.unmatched_names()) or "-"))
    result.zone_layer.setMetadata(metadata)
    district_metadata = QgsLayerMetadata(metadata)
    district_metadata.setTitle(tr("VRAEM districts (from district boundaries)"))
    result.district_layer.setMetadata(district_metadata)
    if feedback is not None:
        feedback.setProgress(100)
    return result
