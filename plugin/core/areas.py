"""Ellipsoidal areas of polygon layers feature by feature: each feature, the part inside the zone,
per district and per group (compute_areas). The totals alone come faster from totals.measure_total.
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProject,
    QgsSpatialIndex,
)

from ..i18n import tr
from . import postgis
from .definitions import WGS84
from .errors import VraemError
from .measuring import (
    DEFAULT_ELLIPSOID,
    M2_PER_HA,
    AreaMeasurer,
    PreparedPolygon,
    check_canceled,
    dissolved_layer_geometry,
    field_index,
    ha_to_km2,
    is_polygon_layer,
    layer_name,
    log,
    repaired_geometries,
    repaired_geometry,
    require_crs,
    source_crs,
    zone_is_approximate,
)


@dataclass
class AreaRow:
    """One feature: ellipsoidal area in ha, part inside the zone, its group and district(s)."""

    fid: int
    area_ha: float
    inside_zone_ha: Optional[float] = None  # None when no zone was given
    group: object = None
    district: Optional[str] = None  # district holding the largest share of the feature
    districts: Dict[str, float] = field(default_factory=dict)  # district -> ha of this feature
    repaired: bool = False
    null_geometry: bool = False

    @property
    def area_km2(self):
        return ha_to_km2(self.area_ha)


@dataclass
class AreaSummary:
    """Totals and breakdowns of one area computation (hectares; km² as properties)."""

    rows: List[AreaRow] = field(default_factory=list)
    feature_count: int = 0
    total_ha: float = 0.0
    largest_ha: Optional[float] = None  # largest feature; None when only totals were measured
    inside_zone_ha: Optional[float] = None  # None when no zone was given
    by_group: Dict[object, float] = field(default_factory=dict)
    by_group_inside_zone: Dict[object, float] = field(default_factory=dict)
    by_district: Dict[str, float] = field(default_factory=dict)
    outside_districts_ha: float = 0.0
    repaired: int = 0
    null_geometries: int = 0
    ellipsoid: str = DEFAULT_ELLIPSOID
    crs: str = ""
    zone_approximate: bool = False
    messages: List[str] = field(default_factory=list)

    @property
    def total_km2(self):
        return ha_to_km2(self.total_ha)


class _Districts:
    """District polygons in the layer CRS, indexed, each with a prepared engine."""

    def __init__(self, layer, name_field, to_crs, project, feedback):
        require_crs(source_crs(layer), layer_name(layer))
        if not is_polygon_layer(layer):
            raise VraemError(tr("The district layer '{name}' must contain polygons.")
                             .format(name=layer_name(layer)))
        if not name_field:
            raise VraemError(tr("Choose the field that names the districts."))
        name_index = field_index(layer, name_field, tr("district name"))
        self.index = QgsSpatialIndex()
        self.polygons = {}
        request = QgsFeatureRequest().setSubsetOfAttributes([name_index])
        for feature, geometry in repaired_geometries(layer, request, to_crs, project, feedback):
            key = len(self.polygons)
            self.polygons[key] = (str(feature.attribute(name_index)), PreparedPolygon(geometry))
            self.index.addFeature(key, geometry.boundingBox())

    def split(self, geometry):
        """[(district name, part geometry)] for the districts the geometry falls in."""
        parts = []
        for key in self.index.intersects(geometry.boundingBox()):
            name, polygon = self.polygons[key]
            part, _ = polygon.inside_part(geometry)
            if part is not None and not part.isEmpty():
                parts.append((name, part))
        return parts


def compute_areas(layer, zone=None, districts=None, district_field=None, group_field=None,
                  selected_only=False, feedback=None, project=None, on_row=None, zone_approximate=None):
    """Ellipsoidal areas of the polygons of `layer` (a QgsVectorLayer or QgsFeatureSource), feature by feature.

    zone: polygon layer (or None); the part of each feature inside the union of its polygons is
        measured (clipped).
    districts / district_field: polygon layer and the field naming each district (or None); gives
        `by_district` (ha of the features inside each district) and each row's main district.
    group_field: any field of `layer` (plan_year, status...); gives `by_group`.
    selected_only: only the selected features (QgsVectorLayer only).
    feedback: QgsFeedback for progress and cancel (raises AnalysisCanceled when cancelled).
    on_row: callable(AreaRow) receiving each feature's row as it is measured; by default the rows
        are kept in the summary (`rows`); `no_rows` when only the totals and breakdowns are wanted (a
        PostGIS layer then sends the totals alone).
    zone_approximate: overrides the zone layer's `vraem/approximate` property (for feature sources,
        which carry no custom properties).

    Null geometries are kept as rows with 0 ha and counted; invalid ones are repaired and counted;
    both are reported in the QGIS log. Raises VraemError for a layer without CRS, a layer that is not
    polygons or a missing field.
    """
    project = project or QgsProject.instance()
    summary, measurer = new_summary(layer, project, zone_is_approximate(zone) if zone_approximate is None
                                    else bool(zone_approximate))
    keep = on_row if on_row is not None else summary.rows.append
    if postgis.compute_areas(summary, layer, zone, districts, district_field, group_field, selected_only, keep,
                             feedback):
        return finish(summary, feedback)
    crs = source_crs(layer)
    zone_polygon = None
    if zone is not None:
        summary.inside_zone_ha = 0.0
        zone_geometry = dissolved_layer_geometry(zone, crs, project, feedback)
        if zone_geometry is not None and not zone_geometry.isEmpty():
            zone_polygon = PreparedPolygon(zone_geometry)
    district_index = _Districts(districts, district_field, crs, project, feedback) if districts is not None else None
    group_index = field_index(layer, group_field, tr("grouping")) if group_field else -1
    feature_areas = _FeatureAreas(summary, measurer.area_m2, zone is not None, zone_polygon, district_index,
                                  grouped=group_index >= 0)
    request = QgsFeatureRequest()
    if group_index >= 0:
        request.setSubsetOfAttributes([group_index])
    else:
        request.setNoAttributes()
    read_features, total, _ = feature_reader(layer, request, selected_only)
    step = 100.0 / total if total and total > 0 else 0.0
    for count, feature in enumerate(read_features()):
        if count % 1000 == 0 and feedback is not None:
            check_canceled(feedback)
            feedback.setProgress(count * step)
        keep(feature_areas.row(feature, feature.attribute(group_index) if group_index >= 0 else None))

    check_canceled(feedback)
    require_finite(feature_areas.total_m2 + feature_areas.inside_m2, layer)
    feature_areas.close()
    return finish(summary, feedback)


def no_rows(_row):
    """on_row of a caller that wants the totals and breakdowns only."""


def new_summary(layer, project, zone_approximate):
    """(empty AreaSummary, AreaMeasurer) for a polygon layer; VraemError for any other or one without CRS."""
    crs = source_crs(layer)
    require_crs(crs, layer_name(layer))
    if not is_polygon_layer(layer):
        raise VraemError(tr("The layer '{name}' must contain polygons to measure areas.")
                         .format(name=layer_name(layer)))
    _refuse_whole_globe(layer, crs, project)
    measurer = AreaMeasurer(crs, project)
    return AreaSummary(ellipsoid=measurer.distance_area.ellipsoid(), crs=crs.authid() or crs.toProj(),
                       zone_approximate=zone_approximate), measurer


def _refuse_whole_globe(layer, crs, project):
    """A polygon around the whole Earth has no inside on the ellipsoid (it would measure 0 ha)."""
    extent = layer.sourceExtent()
    if extent.isNull():
        return
    try:
        box = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84),
                                     project.transformContext()).transformBoundingBox(extent)
    except QgsCsException:
        return  # measured feature by feature, where a failed transform is reported
    if box.width() >= 359.9 and box.height() >= 179.9:
        raise VraemError(tr("The layer '{name}' covers the whole globe: such a polygon has no inside on the "
                            "ellipsoid and cannot be measured. Split it into smaller polygons.")
                         .format(name=layer_name(layer)))


def require_finite(m2, layer):
    """Refuse a sum that is not a number: coordinates that could not be placed on the ellipsoid."""
    if not math.isfinite(m2):
        raise VraemError(tr("The areas of '{name}' could not be measured: its coordinates cannot be placed on the "
                            "ellipsoid (check the layer's CRS).").format(name=layer_name(layer)))


def feature_reader(layer, request, selected_only):
    """(read() giving the features, their count, True when they are the whole layer): the layer's selection
    when asked (QgsVectorLayer only), else every feature."""
    if selected_only and hasattr(layer, "getSelectedFeatures"):
        return (lambda: layer.getSelectedFeatures(request)), layer.selectedFeatureCount(), False
    return (lambda: layer.getFeatures(request)), layer.featureCount(), True


class _FeatureAreas:
    """Measures one feature after another into an AreaSummary: its row, the totals and breakdowns (m² sums)."""

    def __init__(self, summary, measure, with_zone, zone_polygon, district_index, grouped):
        self.summary = summary
        self.measure = measure
        self.with_zone = with_zone
        self.zone_polygon = zone_polygon
        self.district_index = district_index
        self.grouped = grouped  # group values may be NULL (None): whether there is a grouping is said here
        self.total_m2 = self.inside_m2 = self.outside_districts_m2 = 0.0

    def row(self, feature, group):
        summary = self.summary
        row = AreaRow(fid=feature.id(), area_ha=0.0, group=group)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            row.null_geometry = True
            summary.null_geometries += 1
            if self.with_zone:
                row.inside_zone_ha = 0.0
        else:
            geometry, row.repaired = repaired_geometry(geometry)
            summary.repaired += int(row.repaired)
            area_m2 = self.measure(geometry)
            self.total_m2 += area_m2
            row.area_ha = area_m2 / M2_PER_HA
            summary.largest_ha = max(summary.largest_ha or 0.0, row.area_ha)
            if self.with_zone:
                row.inside_zone_ha = self._inside_zone_m2(geometry, area_m2) / M2_PER_HA
                if self.grouped:
                    inside = summary.by_group_inside_zone
                    inside[group] = inside.get(group, 0.0) + row.inside_zone_ha
            if self.district_index is not None:
                self._split_by_district(row, geometry)
        if self.grouped:
            summary.by_group[group] = summary.by_group.get(group, 0.0) + row.area_ha
        summary.feature_count += 1
        return row

    def _inside_zone_m2(self, geometry, area_m2):
        inside = 0.0
        if self.zone_polygon is not None:
            part, whole = self.zone_polygon.inside_part(geometry)
            if whole:
                inside = area_m2
            elif part is not None:
                inside = self.measure(part)
        self.inside_m2 += inside
        return inside

    def _split_by_district(self, row, geometry):
        by_district = self.summary.by_district
        in_districts = 0.0
        for name, part in self.district_index.split(geometry):
            part_ha = self.measure(part) / M2_PER_HA
            in_districts += part_ha
            row.districts[name] = row.districts.get(name, 0.0) + part_ha
            by_district[name] = by_district.get(name, 0.0) + part_ha
        self.outside_districts_m2 += max(0.0, row.area_ha - in_districts) * M2_PER_HA
        if row.districts:
            row.district = max(row.districts, key=row.districts.get)

    def close(self):
        summary = self.summary
        summary.total_ha = self.total_m2 / M2_PER_HA
        if self.with_zone:
            summary.inside_zone_ha = self.inside_m2 / M2_PER_HA
        summary.outside_districts_ha = self.outside_districts_m2 / M2_PER_HA


def finish(summary, feedback):
    """Say what was repaired, missing or approximate (summary messages and log); the summary."""
    if summary.null_geometries:
        message = tr("{n} features have no geometry: counted with 0 ha.").format(n=summary.null_geometries)
        summary.messages.append(message)
        log(message, feedback, warning=True)
    if summary.repaired:
        message = tr("{n} invalid geometries were repaired before measuring (the layer is unchanged).") \
            .format(n=summary.repaired)
        summary.messages.append(message)
        log(message, feedback, warning=True)
    if summary.zone_approximate:
        message = tr("The zone is approximate: the area inside it is indicative.")
        summary.messages.append(message)
        log(message, feedback, warning=True)
    if feedback is not None:
        feedback.setProgress(100)
    return summary
