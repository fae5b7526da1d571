"""Eradication plans: the documented schema, a new empty plan layer and import with field mapping.

Schema (one polygon per sector):
    sector_id    text, required, unique      sector code
    sector_name  text                        human-readable name
    plan_year    integer, 2000..2100         year the eradication is planned for
    status       text, one of STATUS_VALUES  planned / in progress / eradicated / suspended
    agency       text                        e.g. CORAH
    target_ha    real, >= 0                  hectares to eradicate
    notes        text
"""

import csv
import os
import re
import sqlite3
import threading
import traceback
from urllib.request import pathname2url

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QXmlStreamReader

from ..i18n import tr
from . import atomic, field_types
from .bundled import read_only_layer
from .errors import VraemError
from .flags import ROLE_PROPERTY
from .measuring import check_canceled, repaired_geometry
from .names import feature_name_expression, normalize_name

STATUS_VALUES = ("planned", "in progress", "eradicated", "suspended")

# (name, type) in schema order; PLAN_FIELDS is the public description of the schema.
PLAN_FIELDS = (
    ("sector_id", field_types.STRING),
    ("sector_name", field_types.STRING),
    ("plan_year", field_types.INT),
    ("status", field_types.STRING),
    ("agency", field_types.STRING),
    ("target_ha", field_types.DOUBLE),
    ("notes", field_types.STRING),
)
PLAN_FIELD_NAMES = tuple(name for name, _ in PLAN_FIELDS)
DEFAULT_LAYER_NAME = "eradication_plan"

# Source-field names recognised without a field map (normalized: upper case, no accents).
SYNONYMS = {
    "sector_id": ["SECTOR ID", "SECTORID", "ID SECTOR", "ID", "CODE", "CODIGO", "COD SECTOR", "SECTOR CODE"],
    "sector_name": ["SECTOR NAME", "NAME", "NOMBRE", "SECTOR", "NOMBRE SECTOR"],
    "plan_year": ["PLAN YEAR", "YEAR", "ANO", "ANIO", "PERIODO"],
    "status": ["STATUS", "ESTADO", "STATE"],
    "agency": ["AGENCY", "ENTIDAD", "AGENCIA", "INSTITUCION"],
    "target_ha": ["TARGET HA", "HA", "HECTARES", "HECTAREAS", "AREA HA", "META HA", "TARGET"],
    "notes": ["NOTES", "NOTAS", "OBSERVACIONES", "COMMENT", "COMMENTS", "DESCRIPTION", "DESCRIPCION"],
}
# Status words in English and Spanish -> schema value.
STATUS_SYNONYMS = {
    "PLANNED": "planned", "PLANIFICADO": "planned", "PLANIFICADA": "planned", "PROGRAMADO": "planned",
    "PROGRAMADA": "planned", "IN PROGRESS": "in progress", "EN CURSO": "in progress",
    "EN EJECUCION": "in progress", "ONGOING": "in progress", "ERADICATED": "eradicated",
    "ERRADICADO": "eradicated", "ERRADICADA": "eradicated", "DONE": "eradicated",
    "SUSPENDED": "suspended", "SUSPENDIDO": "suspended", "SUSPENDIDA": "suspended",
}
WKT_FIELD_NAMES = ("wkt", "WKT", "geometry", "geom", "the_geom", "Geometry", "GEOMETRY", "WKT_GEOM")


def plan_fields():
    """The schema as a list of QgsField."""
    return [QgsField(name, kind) for name, kind in PLAN_FIELDS]


def plan_qgs_fields():
    fields = QgsFields()
    for field in plan_fields():
        fields.append(field)
    return fields


def status_labels():
    """Stored value -> translated label, for the value map."""
    return {
        "planned": tr("planned"),
        "in progress": tr("in progress"),
        "eradicated": tr("eradicated"),
        "suspended": tr("suspended"),
    }


# The SAMPLE plan's stored texts (tools/build_data.py writes them; the plugin shows them translated).
SAMPLE_AGENCY = "SAMPLE (synthetic)"
SAMPLE_NOTES = "SAMPLE: synthetic sector for demonstration only; not a real eradication plan"
SAMPLE_CONFIDENCE = "none (synthetic)"
SAMPLE_SECTOR_NAME = "SAMPLE sector {number} near {town}"
_SAMPLE_SECTOR_PATTERN = re.compile(r"SAMPLE sector (?P<number>[0-9]+) near (?P<town>.+)")
SAMPLE_TEXT_FIELDS = ("sector_name", "notes", "agency", "confidence")


def sample_text(stored):
    """A stored text of the SAMPLE plan in the user's language (town names as they are); any other
    text as it is."""
    fixed = {
        SAMPLE_AGENCY: tr("SAMPLE (synthetic)"),
        SAMPLE_NOTES: tr("SAMPLE: synthetic sector for demonstration only; not a real eradication plan"),
        SAMPLE_CONFIDENCE: tr("none (synthetic)"),
    }
    if stored in fixed:
        return fixed[stored]
    match = _SAMPLE_SECTOR_PATTERN.fullmatch(stored)
    if match is not None:
        return tr("SAMPLE sector {number} near {town}").format(**match.groupdict())
    return stored


def represent_sample_texts(layer):
    """Value maps that show the SAMPLE plan's texts (and status) in the user's language wherever QGIS
    represents a field (attribute table, identify, represent_value), the stored English values unchanged."""
    for name, setup in sample_text_widgets(layer).items():
        layer.setEditorWidgetSetup(layer.fields().indexOf(name), setup)
    if layer.fields().indexOf("sector_name") >= 0:  # Identify's and the form view's feature titles
        layer.setDisplayExpression(feature_name_expression(layer, "sector_name"))


def sample_text_widgets(layer):
    """{field name: value-map widget} of the SAMPLE plan's texts and status in the user's language.
    A map lists every value the layer holds: a value missing from a value map would read "(value)"."""
    widgets = {}
    for name in SAMPLE_TEXT_FIELDS:
        index = layer.fields().indexOf(name)
        if index < 0:
            continue
        values = sorted(str(value) for value in layer.uniqueValues(index) if value is not None and value != NULL)
        value_map = [{sample_text(value): value} for value in values]
        widgets[name] = QgsEditorWidgetSetup("ValueMap", {"map": value_map})
    if layer.fields().indexOf("status") >= 0:
        widgets["status"] = status_value_map()
    return widgets


def status_value_map():
    """The status field's widget: the stored value shown and chosen by its translated label."""
    return QgsEditorWidgetSetup("ValueMap", {"map": [{label: value} for value, label in status_labels().items()]})


def configure_form(layer):
    """Value map for status, constraints on sector_id, plan_year, status and target_ha, aliases."""
    fields = layer.fields()
    aliases = {
        "sector_id": tr("Sector ID"), "sector_name": tr("Sector name"), "plan_year": tr("Plan year"),
        "status": tr("Status"), "agency": tr("Agency"), "target_ha": tr("Target (ha)"), "notes": tr("Notes"),
    }
    for name, alias in aliases.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    strength = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    index = fields.indexOf("sector_id")
    if index >= 0:
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull, strength)
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique, strength)
    index = fields.indexOf("status")
    if index >= 0:
        layer.setEditorWidgetSetup(index, status_value_map())
        layer.setDefaultValueDefinition(index, QgsDefaultValue("'planned'"))
        allowed = ", ".join(f"'{value}'" for value in STATUS_VALUES)
        layer.setConstraintExpression(index, f'"status" IS NULL OR "status" IN ({allowed})',
                                      tr("Status must be planned, in progress, eradicated or suspended"))
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression, strength)
    index = fields.indexOf("plan_year")
    if index >= 0:
        layer.setDefaultValueDefinition(index, QgsDefaultValue("year(now())"))
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(
            "Range", {"Min": 2000, "Max": 2100, "Step": 1, "Style": "SpinBox", "AllowNull": True}))
        layer.setConstraintExpression(index, '"plan_year" IS NULL OR ("plan_year" BETWEEN 2000 AND 2100)',
                                      tr("Plan year must be between 2000 and 2100"))
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression, strength)
    index = fields.indexOf("target_ha")
    if index >= 0:
        layer.setConstraintExpression(index, '"target_ha" IS NULL OR "target_ha" >= 0',
                                      tr("Target hectares cannot be negative"))
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression, strength)
    index = fields.indexOf("fid")
    if index >= 0:  # the GeoPackage's key: GDAL fills it, the user has nothing to enter
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
    layer.setCustomProperty(ROLE_PROPERTY, "plan")
    return layer


def style_plan(layer):
    """The status style of the bundled sample plan (legend classes translated), then the form."""
    from . import reference  # reference imports this module for the status labels

    reference.apply_style(layer, "plan")
    return configure_form(layer)


def plan_display_name(layer_name):
    """The name the project shows: the default table name in the user's language, any other as given."""
    return tr("Eradication plan") if layer_name == DEFAULT_LAYER_NAME else layer_name


def _existing_layer_names(path):
    """Table names of an existing GeoPackage, read-only (opening it as a layer could touch the file);
    None when it is not a GeoPackage."""
    try:
        connection = sqlite3.connect(f"file:{pathname2url(os.path.abspath(path))}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def new_plan(path, crs="EPSG:4326", layer_name=DEFAULT_LAYER_NAME):
    """Create an empty plan layer `layer_name` in the GeoPackage `path` and return it with its form
    configured (the style, with value map and constraints, is stored in the GeoPackage as default).

    An existing GeoPackage gets a new layer; an existing layer of that name is never overwritten.
    """
    if not path:
        raise VraemError(tr("Choose a GeoPackage file for the new eradication plan."))
    if not str(path).lower().endswith(".gpkg"):
        path = f"{path}.gpkg"
    target_crs = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
    if not target_crs.isValid():
        raise VraemError(tr("The coordinate reference system of the new plan is not valid."))
    exists = os.path.exists(path)
    if exists:
        names = _existing_layer_names(path)
        if names is None:
            raise VraemError(tr("The file exists but is not a readable GeoPackage: {path}").format(path=path))
        if layer_name in names:
            raise VraemError(tr("The GeoPackage already has a layer named {name}; choose another name.")
                             .format(name=layer_name))
    # written into a copy beside the file and moved into place when complete: all or nothing
    with atomic.StagedOutputs() as outputs:
        staged = outputs.stage(path, keep_existing=True)
        _create_plan_layer(staged, layer_name, target_crs, exists)
        outputs.commit()
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", plan_display_name(layer_name), "ogr")
    if not layer.isValid():
        raise VraemError(tr("The plan was created but could not be opened: {path}").format(path=path))
    return style_plan(layer)


def _create_plan_layer(path, layer_name, crs, exists):
    """The empty plan table and its form (stored as the layer's default style) in the GeoPackage `path`."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if exists
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    writer = QgsVectorFileWriter.create(path, plan_qgs_fields(), QgsWkbTypes.Type.MultiPolygon, crs,
                                        QgsProject.instance().transformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise VraemError(tr("The plan could not be created: {error}").format(error=writer.errorMessage()))
    del writer  # closes the file
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        raise VraemError(tr("The plan could not be created: {error}").format(error=path))
    style_plan(layer)
    error = layer.saveStyleToDatabase(layer_name, tr("Eradication plan form: value map and constraints"),
                                      True, "")
    if error:
        raise VraemError(tr("The plan could not be created: {error}").format(error=error))


# ----------------------------------------------------------------------------- import

def _open_source(path):
    """Open GeoPackage, Shapefile, GeoJSON, KML or CSV (with a WKT column) as a vector layer."""
    if not os.path.exists(path):
        raise VraemError(tr("File not found: {path}").format(path=path))
    if str(path).lower().endswith((".csv", ".txt")):
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            header = handle.readline()
        delimiter = ";" if header.count(";") > header.count(",") else ","
        columns = [c.strip().strip('"') for c in header.strip().split(delimiter)]
        wkt = next((c for c in columns if c in WKT_FIELD_NAMES or c.lower() in ("wkt", "geometry", "geom")),
                   None)
        if wkt is None:
            raise VraemError(tr("The CSV file has no geometry column (expected a WKT column named wkt or "
                                "geometry): {path}").format(path=path))
        uri = (f"file://{os.path.abspath(path)}?type=csv&delimiter={delimiter}&wktField={wkt}"
               "&crs=EPSG:4326&detectTypes=yes&geomType=polygon")
        layer = QgsVectorLayer(uri, os.path.basename(path), "delimitedtext")
        if layer.isValid():
            _refuse_dropped_csv_rows(path, delimiter, layer)
    else:
        layer = read_only_layer(str(path), os.path.basename(path))  # the user's file is only read
    if not layer.isValid():
        raise VraemError(tr("The file could not be read (unreadable or corrupt): {path}").format(path=path))
    if layer.dataProvider().storageType() == "KML":
        layer = _with_kml_extended_data(layer, path)
    return layer


def _kml_extended_data(path):
    """The ExtendedData of every Placemark of a KML file, in document order: a list of
    {name: text} (SchemaData/SimpleData and Data/value alike)."""
    # QXmlStreamReader: the same API on Qt5 and Qt6, and it never resolves external entities
    with open(path, "rb") as handle:
        reader = QXmlStreamReader(handle.read())
    rows, row, data_name = [], None, None
    while not reader.atEnd():
        token = reader.readNext()
        tag = reader.name()
        if token == QXmlStreamReader.TokenType.EndElement and tag == "Placemark":
            rows.append(row)
            row = None
        elif token != QXmlStreamReader.TokenType.StartElement:
            continue
        elif tag == "Placemark":
            row = {}
        elif row is not None and tag == "SimpleData":
            name = reader.attributes().value("name")  # before readElementText() moves past the element
            row[name] = reader.readElementText()
        elif row is not None and tag == "Data":
            data_name = reader.attributes().value("name")
        elif row is not None and tag == "value" and data_name:
            row[data_name] = reader.readElementText()
            data_name = None
    if reader.hasError():
        raise VraemError(tr("The KML file could not be read: {error}").format(error=reader.errorString()))
    return rows


def _with_kml_extended_data(layer, path):
    """GDAL's plain KML driver (used when GDAL lacks LIBKML) reads only a placemark's name and
    description: a memory copy of the layer with the placemarks' ExtendedData added as text fields,
    so a plan's attributes survive whichever KML driver GDAL has."""
    rows = _kml_extended_data(path)
    names = []
    for row in rows:
        names += [name for name in row if name not in names and layer.fields().indexOf(name) < 0]
    if not names:
        return layer
    if len(rows) != layer.featureCount():
        raise VraemError(tr("The attributes of a KML file whose placemarks are in several folders cannot be read "
                            "with this GDAL (it has no LIBKML driver). Save the file as a GeoPackage and import "
                            "that."))
    copy = QgsVectorLayer(f"{QgsWkbTypes.displayString(layer.wkbType())}?crs={layer.crs().authid()}",
                          layer.name(), "memory")
    fields = QgsFields(layer.fields())
    for name in names:
        fields.append(QgsField(name, field_types.STRING))
    copy.dataProvider().addAttributes(fields.toList())
    copy.updateFields()
    features = []
    for feature, row in zip(layer.getFeatures(), rows):
        out = QgsFeature(copy.fields())
        out.setGeometry(feature.geometry())
        out.setAttributes(feature.attributes() + [row.get(name) for name in names])
        features.append(out)
    copy.dataProvider().addFeatures(features)
    return copy


def _refuse_dropped_csv_rows(path, delimiter, layer):
    """QGIS skips a CSV row whose WKT it cannot parse; a plan must not lose a sector silently.

    The delimited-text provider numbers each feature by the file line it starts on."""
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)
        starts, line = [], reader.line_num
        for row in reader:
            if any(cell.strip() for cell in row):
                starts.append(line + 1)
            line = reader.line_num
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    read = {feature.id() for feature in layer.getFeatures(request)}
    for row_number, start in enumerate(starts, start=1):
        if start not in read:
            raise VraemError(tr("Row {row} of {path} has a geometry (WKT) that cannot be read; fix it and import "
                                "again.").format(row=row_number, path=path))


def guess_field_map(source_fields):
    """Schema field -> source field name, by name and synonyms (accent- and case-insensitive)."""
    by_norm = {normalize_name(name): name for name in source_fields.names()}
    mapping = {}
    for target in PLAN_FIELD_NAMES:
        for candidate in [normalize_name(target)] + SYNONYMS[target]:
            if candidate in by_norm and by_norm[candidate] not in mapping.values():
                mapping[target] = by_norm[candidate]
                break
    return mapping


def _convert(target, value, row_number):
    if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() == "":
        return None
    if target == "plan_year":
        try:
            return int(float(str(value).strip()))
        except ValueError:
            raise VraemError(tr("Row {row}: plan year '{value}' is not a year.").format(
                row=row_number, value=value)) from None
    if target == "target_ha":
        try:
            return float(str(value).strip().replace(",", "."))
        except ValueError:
            raise VraemError(tr("Row {row}: target hectares '{value}' is not a number.").format(
                row=row_number, value=value)) from None
    if target == "status":
        status = STATUS_SYNONYMS.get(normalize_name(value))
        if status is None:
            raise VraemError(tr("Row {row}: status '{value}' is not one of planned, in progress, eradicated, "
                                "suspended.").format(row=row_number, value=value))
        return status
    return str(value)


def _field_mapping(source, field_map):
    """{schema field: source field} of a _SourceRead: guessed from the names, then the user's
    `field_map` applied (an empty source field drops the guess)."""
    mapping = guess_field_map(source.fields)
    for target, field in (field_map or {}).items():
        if target not in PLAN_FIELD_NAMES:
            raise VraemError(tr("Unknown plan field in the field map: {name}").format(name=target))
        if field and source.fields.indexOf(field) < 0:
            raise VraemError(tr("The layer has no field named {name}.").format(name=field))
        if field:
            mapping[target] = field
        else:
            mapping.pop(target, None)
    return mapping
# features added to the result at a time: one call for 100,000 takes half a second that cancel cannot stop
_ADD_BATCH = 1000


class _SourceRead:
    """What an import needs of its source: schema, CRS, name and features (an iterable)."""

    def __init__(self, layer, features, count):
        self.fields = QgsFields(layer.fields())
        self.crs = QgsCoordinateReferenceSystem(layer.crs())
        self.geometry_type = layer.geometryType()
        self.name = layer.name()
        self.features = features
        self.count = count


def _read_file(path, feedback):
    """Open and read the plan file `path` whole in a worker thread, waiting for it only until cancel.

    GDAL parses a GeoJSON whole before its first feature (once to open it, once more to read it) and
    cannot be interrupted: a cancelled import stops waiting at once, and the abandoned worker, which
    only reads, stops at its next feature and lets go of the file, so the next run finds it free."""
    outcome = {}

    def cancelled():
        return feedback is not None and feedback.isCanceled()

    def read():
        try:
            layer = _open_source(path)
            features = []
            if cancelled():
                return  # before the second parse that the first feature costs
            for feature in layer.getFeatures():
                if cancelled():
                    return
                features.append(feature)
            outcome["source"] = _SourceRead(layer, features, len(features))
        except Exception as error:  # handed to the waiting thread, which raises it
            outcome["error"] = error

    worker = threading.Thread(target=read, name="vraem-plan-read")
    check_canceled(feedback)
    worker.start()
    while worker.is_alive():
        check_canceled(feedback)
        worker.join(0.05)
    check_canceled(feedback)
    if "error" in outcome:
        error = outcome.pop("error")
        traceback.clear_frames(error.__traceback__)  # its frames hold the reader: free the file now
        raise error
    return outcome["source"]


def import_plan(path_or_layer, field_map=None, name=None, feedback=None):
    """Read a plan from a file or layer into a memory layer with the plan schema.

    `field_map`: schema field -> source field; fields not given are guessed from names. The source
    is only read, never modified. Geometries must be polygons with a CRS; invalid ones are repaired
    in the copy. `feedback`: progress, and cancel (raises AnalysisCanceled).
    """
    if isinstance(path_or_layer, QgsVectorLayer):
        if not path_or_layer.isValid():
            raise VraemError(tr("The layer is not valid."))
        source = _SourceRead(path_or_layer, path_or_layer.getFeatures(), path_or_layer.featureCount())
    else:
        source = _read_file(str(path_or_layer), feedback)
    if source.geometry_type != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise VraemError(tr("An eradication plan needs polygons; this layer has no polygon geometry."))
    if not source.crs.isValid():
        raise VraemError(tr("The layer has no coordinate reference system; set one and try again."))
    mapping = _field_mapping(source, field_map)

    layer_name = name or tr("Eradication plan ({name})").format(name=source.name)
    result = QgsVectorLayer(f"MultiPolygon?crs={source.crs.authid() or 'EPSG:4326'}", layer_name, "memory")
    if not source.crs.authid():
        result.setCrs(source.crs)
    result.dataProvider().addAttributes(plan_fields())
    result.updateFields()
    features = []
    total = max(source.count, 1)
    for row_number, feature in enumerate(source.features, start=1):
        if feedback is not None and row_number % 100 == 0:
            check_canceled(feedback)
            feedback.setProgress(90.0 * row_number / total)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            raise VraemError(tr("Row {row} of {name} has no geometry: draw its polygon or delete the row, then load "
                                "the plan again (nothing was imported).").format(row=row_number, name=source.name))
        geometry, _ = repaired_geometry(geometry)
        if geometry.isNull() or geometry.isEmpty():
            raise VraemError(tr("Row {row} of {name} has an invalid geometry that could not be repaired: redraw its "
                                "polygon or delete the row, then load the plan again (nothing was imported).")
                             .format(row=row_number, name=source.name))
        if not geometry.isMultipart():
            geometry.convertToMultiType()
        out = QgsFeature(result.fields())
        out.setGeometry(geometry)
        for target, field in mapping.items():
            out[target] = _convert(target, feature[field], row_number)
        features.append(out)
        if len(features) == _ADD_BATCH:
            result.dataProvider().addFeatures(features)
            features = []
    result.dataProvider().addFeatures(features)
    result.updateExtents()
    configure_form(result)
    result.setCustomProperty("vraem/field_map", ";".join(f"{k}={v}" for k, v in sorted(mapping.items())))
    return result
