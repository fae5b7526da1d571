"""One schema per result table: each column's key, title, unit, decimals and field type.

Keys are at most 10 characters, so a Shapefile output keeps them unchanged.
The Processing sinks (QgsFields), the dock's tables (and so their CSV and clipboard copies) and the
overlap result layer are all derived from these, so a column has one name everywhere.
Titles are translated when a schema is asked for (functions, not constants).
"""

from dataclasses import dataclass
from typing import Tuple

from qgis.core import QgsField, QgsFields

from ..i18n import tr
from . import field_types


@dataclass(frozen=True)
class Column:
    key: str  # the field name in Processing outputs, the value key of a dock table row
    title: str
    unit: str = ""
    decimals: int = 2
    kind: object = field_types.DOUBLE

    def header(self):
        return f"{self.title} ({self.unit})" if self.unit else self.title


@dataclass(frozen=True)
class Table:
    columns: Tuple[Column, ...]

    def column(self, key):
        return next(column for column in self.columns if column.key == key)

    def pick(self, *keys):
        """The columns named, in that order (a table shows what applies to its result)."""
        return [self.column(key) for key in keys]

    def fields(self, *keys, kinds=None):
        """QgsFields of the columns named (all when none is), with field types overridden by `kinds`."""
        kinds = kinds or {}
        fields = QgsFields()
        for column in self.pick(*keys) if keys else self.columns:
            fields.append(QgsField(column.key, kinds.get(column.key, column.kind)))
        return fields


def _text(key, title):
    return Column(key, title, decimals=0, kind=field_types.STRING)


def _area_columns():
    return (Column("area_ha", tr("Area"), tr("ha")), Column("area_km2", tr("Area"), tr("km²"), decimals=4))


def _yield_columns():
    t_yr = tr("t/yr")
    return (Column("leaf_t_low", tr("Potential leaf, low"), t_yr, decimals=1),
            Column("leaf_t_cen", tr("Potential leaf"), t_yr, decimals=1),
            Column("leaf_t_hi", tr("Potential leaf, high"), t_yr, decimals=1),
            Column("hcl_t_low", tr("Potential cocaine HCl, low"), t_yr, decimals=3),
            Column("hcl_t_cen", tr("Potential cocaine HCl"), t_yr, decimals=3),
            Column("hcl_t_hi", tr("Potential cocaine HCl, high"), t_yr, decimals=3))


def area_rows():
    """Areas and potential yield per feature (vraem:areayield OUTPUT, the dock's Areas & yield table)."""
    return Table((Column("fid", tr("Feature"), decimals=0, kind=field_types.LONG), *_area_columns(),
                  Column("inside_ha", tr("Inside zone"), tr("ha")), _text("group", tr("Group")),
                  _text("district", tr("District")), *_yield_columns(),
                  Column("repaired", tr("Geometry repaired"), kind=field_types.BOOL),
                  Column("no_geom", tr("No geometry"), kind=field_types.BOOL)))


def feature_label():
    """The value of the chosen label field, first column of the dock's per-feature tables."""
    return _text("label", tr("Label"))


def area_summary():
    """Totals: all features, inside the zone, per group and per district (vraem:areayield SUMMARY)."""
    return Table((_text("scope", tr("Scope")), _text("name", tr("Name")), *_area_columns(), *_yield_columns(),
                  _text("param_set", tr("Parameter set")), _text("sources", tr("Sources")),
                  _text("range_basis", tr("Range basis"))))


def _overlap_columns():
    return (Column("overlap_ha", tr("Overlap"), tr("ha")), Column("overlap_pc", tr("Overlap"), tr("%"), decimals=1),
            Column("points_in", tr("Points inside"), tr("count"), decimals=0, kind=field_types.INT),
            Column("length_km", tr("Length inside"), tr("km"), decimals=3))


def overlap_targets():
    """Overlap per target feature (vraem:bufferoverlap TARGETS, the dock's Buffer overlaps table)."""
    return Table((Column("target_fid", tr("Target feature"), decimals=0, kind=field_types.LONG),
                  _text("source_ids", tr("Buffered features")),
                  Column("buffers", tr("Buffers"), decimals=0, kind=field_types.INT),
                  Column("target_ha", tr("Area"), tr("ha")), *_overlap_columns(),
                  Column("target_km", tr("Length"), tr("km"), decimals=3)))


def overlap_sources():
    """Overlap per source buffer (vraem:bufferoverlap SOURCES)."""
    overlap_ha, _, points_in, length_km = _overlap_columns()
    return Table((Column("source_fid", tr("Source feature"), decimals=0, kind=field_types.LONG),
                  Column("buffer_ha", tr("Buffer"), tr("ha")),
                  Column("targets", tr("Target features"), decimals=0, kind=field_types.INT),
                  overlap_ha, points_in, length_km))


def overlap_pieces():
    """Attributes of the overlap result layer, one feature per overlap piece (vraem:bufferoverlap OUTPUT)."""
    overlap_ha, overlap_pct, points_in, length_km = _overlap_columns()
    targets = overlap_targets()
    return Table((targets.column("target_fid"), targets.column("source_ids"),
                  Column("distance_m", tr("Distance"), tr("m"), decimals=0), overlap_ha, overlap_pct, points_in,
                  length_km))


def claim_comparisons():
    """The claim against each published ratio (vraem:claimcheck OUTPUT, the dock's Claim check table)."""
    return Table((_text("estimator", tr("Reference")), _text("year", tr("Year")),
                  Column("kg_per_ha", tr("Ratio"), tr("kg HCl/ha"), decimals=1),
                  Column("tonnes", tr("Cocaine for the claimed area"), tr("t"), decimals=1),
                  Column("claim_x", tr("Claim ÷ reference"), tr("×"), decimals=2),
                  _text("basis", tr("Basis")), _text("source", tr("Source"))))
