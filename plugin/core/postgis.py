"""Area and overlap figures computed inside PostGIS, for layers whose data live there.

Why: reading a national-scale layer feature by feature moves every geometry from the server to
QGIS; the figures themselves are a few numbers. When the analysed layer (for overlaps: the target)
is a plain PostGIS table, the same figures are computed by the server in one statement and only
the results travel.

The figures are those of areas.compute_areas and overlap.buffer_overlap, computed the same way:
- areas on the WGS84 spheroid (`ST_Area(geom::geography)`, PostGIS's geodesic polygon area);
  invalid geometries repaired with GEOS MakeValid (as QgsGeometry.makeValid) keeping polygons only;
  the part inside the zone (union of its polygons) and inside each district measured from the same
  planar intersections as QGIS's; groups and districts as GROUP BY.
- overlaps: the buffers are the very polygons buffer_overlap builds (geodesic circles, local AEQD
  buffers), sent to the server in the statement with the source geometries they were built around.
  Candidates are the targets within the buffer's ground reach of its source (`ST_DWithin` on
  geography, overlap.reach_m: a geography index on the table serves it, else the table's own
  spatial index through the buffer's box, `&&`); `ST_Intersects` with the buffer polygon then
  decides, exactly as QGIS's box request and prepared intersects do, so the reach only drops
  targets that cannot touch the buffer. Intersections are measured on the spheroid.

Only values that the plugin makes itself go into the SQL text: numbers, and the WKB (in base64) of geometries
it built; identifiers come from the layer's data source and are quoted; nothing typed by the user
(a filter, a name) is spliced in. The connection is QGIS's own (the layer's data source and
authentication configuration); its details are never logged.

A layer's filter is rebuilt from its parsed form when it is made of comparisons of fields with values
(see _translated_filter). A layer this cannot serve (not PostGIS, any other filter, in edit mode, a selection, a CRS other than
EPSG:4326 or WGS 84 / UTM, a measuring ellipsoid other than WGS84, a key QGIS does not use as
feature id, other layers in another database or CRS) is computed in QGIS as before, with a log line
saying why when it was a PostGIS layer. So is one whose statement fails on the server.
"""

import base64
import json
import math
from dataclasses import dataclass

from qgis.core import (
    NULL,
    QgsDataSourceUri,
    QgsExpression,
    QgsExpressionNode,
    QgsExpressionNodeBinaryOperator,
    QgsExpressionNodeUnaryOperator,
    QgsGeometry,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QByteArray

from ..i18n import tr
from . import areas, measuring  # the modules, not their names: areas imports this module too

PROVIDER = "postgres"
WGS84_ELLIPSOIDS = {"EPSG:7030", "WGS84"}
_INTEGER_KEY_TYPES = {"int2", "int4", "int8", "integer", "bigint", "smallint", "serial", "bigserial"}


@dataclass(frozen=True)
class LayerOrigin:
    """Where a layer's features come from, recorded on the main thread (see LayerSnapshot)."""

    provider: str
    uri: str
    subset: str
    editable: bool
    partial: bool = False  # only some of its features are read (a Processing selection, limit or filter)

    @classmethod
    def of(cls, layer, partial=False):
        """The origin of a QgsVectorLayer, of anything carrying one (origin()), else None."""
        if hasattr(layer, "origin"):
            return layer.origin()
        if isinstance(layer, QgsVectorLayer):
            return cls(layer.providerType(), layer.source(), layer.subsetString(), layer.isEditable(), partial)
        return None


class Sql(str):
    """A piece of SQL this module made: one of its own templates, a quoted identifier, a number or an
    encoded value. Statements are composed only of these (see sql()), never of other strings."""


def sql(template, **parts):
    """The template (a literal of this module) with its {placeholders} filled by Sql pieces only."""
    for name, part in parts.items():
        if not isinstance(part, Sql):
            raise TypeError(f"SQL part '{name}' is not composed SQL")
    return Sql(template.format(**parts))


def _joined(separator, parts):
    parts = list(parts)
    return sql(separator.join("{p%d}" % number for number in range(len(parts))),
               **{f"p{number}": part for number, part in enumerate(parts)})


def _quoted(identifier):
    """An SQL identifier: double quotes, doubled inside (never a value)."""
    return Sql('"' + str(identifier).replace('"', '""') + '"')


def _number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise TypeError(f"not a finite number: {value!r}")
    return Sql(str(int(value)) if isinstance(value, int) else repr(float(value)))


def _text(value):
    """A string value, in base64: whatever it holds, it stays a value."""
    encoded = Sql(base64.b64encode(str(value).encode("utf-8")).decode("ascii"))
    return sql("convert_from(decode('{encoded}', 'base64'), 'UTF8')", encoded=encoded)


def _wkb(geometry, srid):
    encoded = Sql(base64.b64encode(bytes(geometry.asWkb())).decode("ascii"))
    return sql("ST_GeomFromWKB(decode('{encoded}', 'base64'), {srid})", encoded=encoded, srid=_number(int(srid)))


class Unserved(Exception):
    """The push-down cannot compute this request: the reason is logged, QGIS computes it."""


@dataclass
class _Table:
    """A PostGIS table as a layer reads it: quoted names, SRID, and QGIS's connection to it."""

    name: str  # the layer's name, for messages
    connection_key: str  # connection part of the data source, only compared, never shown
    uri: str
    relation: str
    geometry: str
    key: str
    srid: int
    fields: object

    def column(self, field_name):
        if self.fields.lookupField(field_name) < 0:
            raise Unserved(tr("the field '{field}' is not in the layer").format(field=field_name))
        return _quoted(self.fields.field(self.fields.lookupField(field_name)).name())

    def geography(self, expression):
        """The geometry expression on the WGS84 spheroid."""
        if self.srid == 4326:
            return sql("({g})::geography", g=expression)
        return sql("ST_Transform({g}, 4326)::geography", g=expression)

    def connect(self):
        metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
        if metadata is None:
            raise Unserved(tr("QGIS has no PostgreSQL provider"))
        return metadata.createConnection(self.uri, {})


def _table(layer):
    """The _Table a layer reads, None when it is not a PostGIS layer; raises Unserved when it is one
    that the push-down cannot serve."""
    origin = LayerOrigin.of(layer)
    if origin is None or origin.provider != PROVIDER:
        return None
    if origin.editable:
        raise Unserved(tr("the layer is in edit mode"))
    if origin.partial:
        raise Unserved(tr("only some of its features are read (selection, limit or filter)"))
    uri = QgsDataSourceUri(origin.uri)
    if origin.subset and uri.sql() and origin.subset != uri.sql():
        raise Unserved(tr("the layer has a filter it cannot translate"))
    if not uri.table() or uri.table().startswith("(") or not uri.geometryColumn():
        raise Unserved(tr("the layer is an SQL query, not a table"))
    fields = layer.fields()
    key = uri.keyColumn().strip('"')
    index = fields.lookupField(key) if key else -1
    if index < 0 or fields.field(index).typeName().lower() not in _INTEGER_KEY_TYPES:
        raise Unserved(tr("its key is not one integer column (QGIS numbers the features itself)"))
    srid = _srid(uri, measuring.source_crs(layer))
    relation = (sql("{schema}.{table}", schema=_quoted(uri.schema()), table=_quoted(uri.table())) if uri.schema()
                else _quoted(uri.table()))
    subset = origin.subset or uri.sql()
    if subset:
        # the filter, rebuilt from its parsed form: only the table's own rows, never the user's text
        relation = sql("(SELECT * FROM {relation} WHERE {condition})", relation=relation,
                       condition=_translated_filter(subset, fields))
    return _Table(measuring.layer_name(layer), uri.connectionInfo(False), origin.uri, relation,
                  _quoted(uri.geometryColumn()), _quoted(fields.field(index).name()), srid, fields)


_BINARY = QgsExpressionNodeBinaryOperator.BinaryOperator
_LOGIC = {_BINARY.boAnd: Sql("AND"), _BINARY.boOr: Sql("OR")}
_COMPARISONS = {key: Sql(text) for key, text in (
    (_BINARY.boEQ, "="), (_BINARY.boNE, "<>"), (_BINARY.boLT, "<"), (_BINARY.boLE, "<="), (_BINARY.boGT, ">"),
    (_BINARY.boGE, ">="), (_BINARY.boLike, "LIKE"), (_BINARY.boNotLike, "NOT LIKE"), (_BINARY.boILike, "ILIKE"),
    (_BINARY.boNotILike, "NOT ILIKE"), (_BINARY.boIs, "IS NOT DISTINCT FROM"), (_BINARY.boIsNot, "IS DISTINCT FROM"))}


def _translated_filter(subset, fields):
    """SQL with the meaning of a layer's filter, rebuilt from its parsed form.

    Accepted: comparisons (=, <>, <, <=, >, >=, LIKE, ILIKE, IS [NOT]) and IN lists between a field
    and a value, combined with AND, OR and NOT, parenthesised so that no precedence can differ from
    what PostgreSQL reads in the original. Fields must exist under that exact name; strings travel in
    base64. Anything else (functions, arithmetic, casts, PostgreSQL-only syntax) raises Unserved."""
    expression = QgsExpression(subset)
    if expression.hasParserError() or expression.rootNode() is None:
        raise Unserved(tr("the layer has a filter it cannot translate"))
    return _condition(expression.rootNode(), fields)


def _condition(node, fields):
    kind = node.nodeType()
    if kind == QgsExpressionNode.NodeType.ntBinaryOperator and node.op() in _LOGIC:
        return sql("({left} {op} {right})", left=_condition(node.opLeft(), fields), op=_LOGIC[node.op()],
                   right=_condition(node.opRight(), fields))
    if kind == QgsExpressionNode.NodeType.ntBinaryOperator and node.op() in _COMPARISONS:
        return sql("({left} {op} {right})", left=_operand(node.opLeft(), fields), op=_COMPARISONS[node.op()],
                   right=_operand(node.opRight(), fields))
    if (kind == QgsExpressionNode.NodeType.ntUnaryOperator
            and node.op() == QgsExpressionNodeUnaryOperator.UnaryOperator.uoNot):
        return sql("(NOT {operand})", operand=_condition(node.operand(), fields))
    if kind == QgsExpressionNode.NodeType.ntInOperator and node.list().count():
        values = _joined(", ", (_operand(item, fields) for item in node.list().list()))
        return sql("({left} {op} ({values}))", left=_operand(node.node(), fields),
                   op=Sql("NOT IN" if node.isNotIn() else "IN"), values=values)
    raise Unserved(tr("the layer has a filter it cannot translate"))


def _operand(node, fields):
    kind = node.nodeType()
    if kind == QgsExpressionNode.NodeType.ntColumnRef and fields.indexFromName(node.name()) >= 0:
        return _quoted(node.name())
    if kind == QgsExpressionNode.NodeType.ntLiteral:
        value = node.value()
        if value is None or value == NULL:
            return Sql("NULL")
        if isinstance(value, bool):
            return Sql("TRUE" if value else "FALSE")
        if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
            return _number(value)
        if isinstance(value, str):
            return _text(value)
    raise Unserved(tr("the layer has a filter it cannot translate"))


def _srid(uri, crs):
    """The SRID the geometries are stored in, when the layer's CRS is that SRID and on WGS84."""
    authid = crs.authid() if crs is not None and crs.isValid() else ""
    try:
        srid = int(uri.srid())
    except ValueError:
        srid = 0
    code = int(authid[5:]) if authid.startswith("EPSG:") and authid[5:].isdigit() else -1
    # EPSG:4326 and WGS 84 / UTM: no datum shift, so QGIS and PostGIS reach the same lon/lat
    on_wgs84 = code == 4326 or 32601 <= code <= 32660 or 32701 <= code <= 32760
    if code != srid or not on_wgs84:
        raise Unserved(tr("its CRS ({crs}) is not stored as EPSG:4326 or WGS 84 / UTM").format(crs=authid or "?"))
    return srid


def _same_database(main, other):
    if other.connection_key != main.connection_key:
        raise Unserved(tr("'{name}' is in another database").format(name=other.name))
    if other.srid != main.srid:
        raise Unserved(tr("'{name}' is in another CRS").format(name=other.name))
    return other


def _repaired(expression, dimension):
    """GEOS MakeValid keeping the geometry's dimension (as measuring.repaired_geometry)."""
    return sql("CASE WHEN ST_IsValid({g}) THEN {g} ELSE ST_CollectionExtract(ST_MakeValid({g}), {dimension}) END",
               g=expression, dimension=_number(int(dimension)))


# Sent ahead of every statement, in the same message. Why: PostgreSQL compiles (JIT) a statement whose
# estimated cost passes jit_above_cost, and PostGIS's functions are costed so high that every statement
# here is compiled: 0.2-0.4 s on 1,000,000 fields (inlining alone 0.23 s), for no gain, all the time
# being spent inside PostGIS's C functions (area totals 8 % faster without). A message's statements
# share one implicit transaction, so the setting is local to it and the connection's own comes back;
# read from pg_settings, a server without JIT (before PostgreSQL 11) sets nothing and fails nothing.
_WITHOUT_JIT = Sql("SELECT set_config(name, 'off', true) FROM pg_settings WHERE name = 'jit'; ")


def _run(table, sql, feedback):
    """Rows of one statement on QGIS's connection to the table (cancelled with the feedback), compiled
    without JIT."""
    try:
        rows = table.connect().execSql(_WITHOUT_JIT + sql, feedback).rows()
    except QgsProviderConnectionException as error:
        measuring.check_canceled(feedback)  # a cancelled query ends in an error too: it is a cancel
        raise Unserved(tr("the database refused the query: {error}").format(error=str(error).strip())) from None
    measuring.check_canceled(feedback)
    return rows


def _progress(feedback, percent):
    if feedback is not None:
        measuring.check_canceled(feedback)
        feedback.setProgress(percent)


def _fall_back(layer, reason, feedback):
    measuring.log(tr("'{name}' is a PostGIS layer but is measured in QGIS: {reason}.")
        .format(name=measuring.layer_name(layer), reason=reason), feedback)


def _served_here(layer, feedback, ask):
    """ask() → True when the database computed it; False (logged when layer is PostGIS) otherwise."""
    try:
        return ask()
    except Unserved as reason:
        _fall_back(layer, reason, feedback)
        return False


# ----------------------------------------------------------------------------------------------
# areas


def compute_areas(summary, layer, zone, districts, district_field, group_field, selected_only, on_row, feedback):
    """Fill `summary` (an empty areas.AreaSummary) in the database, each row to `on_row` (areas.no_rows:
    the totals alone are fetched); False when QGIS must compute it."""

    def ask():
        table = _table(layer)
        if table is None:
            return False
        if selected_only:
            raise Unserved(tr("only the selected features are wanted"))
        if summary.ellipsoid.upper() not in WGS84_ELLIPSOIDS:
            raise Unserved(tr("the measuring ellipsoid is {ellipsoid}, not WGS84").format(ellipsoid=summary.ellipsoid))
        zone_table = district_table = None
        if zone is not None:
            zone_table = _table(zone)
            if zone_table is None:
                raise Unserved(tr("the zone is not in PostGIS"))
            _same_database(table, zone_table)
        if districts is not None:
            district_table = _table(districts)
            if district_table is None:
                raise Unserved(tr("the districts are not in PostGIS"))
            _same_database(table, district_table)
            if not district_field:
                raise Unserved(tr("no district name field"))
        _progress(feedback, 0)
        sql = _AreaQuery(table, zone_table, district_table, district_field, group_field)
        if on_row is not areas.no_rows:
            _fill_from_rows(summary, _run(table, sql.per_feature(), feedback), zone is not None,
                            districts is not None, group_field is not None, on_row)
        else:
            _fill_from_totals(summary, _run(table, sql.totals(), feedback), zone is not None, districts is not None,
                              group_field is not None)
        measuring.log(tr("'{name}' was measured inside its PostGIS database.").format(name=table.name), feedback)
        return True

    return _served_here(layer, feedback, ask)


class _AreaQuery:
    """The SQL of one area computation: per feature, or totals per group and district."""

    def __init__(self, table, zone, districts, district_field, group_field):
        self.table, self.zone, self.districts = table, zone, districts
        geometry = sql("t.{g}", g=table.geometry)
        group = sql("t.{c}", c=table.column(group_field)) if group_field else Sql("NULL::text")
        self.geometry, self.group, self.grouped = geometry, group, group_field is not None
        # Values computed in unnest(ARRAY[...]) are columns, not expressions: PostgreSQL would otherwise
        # copy a check or an area into every place that uses it and compute it there again, and unlike
        # a subquery this keeps the statement parallel. As LATERAL function scans they also keep the
        # planner's cost estimate low: the same unnests in select lists save a fifth of the server's time
        # per row on 1,000,000 fields, but their cost switches JIT compilation on, which takes longer than
        # that saves below about a million rows (measured: 2.3x the floor query on 100,000 fields).
        parts = [
            sql("f AS (SELECT t.{key} AS fid, {group} AS grp, u.no_geom, NOT u.no_geom AND NOT u.valid AS repaired, "
                "CASE WHEN u.no_geom THEN NULL WHEN u.valid THEN {g} "
                "ELSE ST_CollectionExtract(ST_MakeValid({g}), 3) END AS g FROM {relation} t "
                "CROSS JOIN LATERAL unnest(ARRAY[{g} IS NULL OR ST_IsEmpty({g})], "
                "ARRAY[{g} IS NOT NULL AND ST_IsValid({g})]) AS u(no_geom, valid))",
                key=table.key, group=group, g=geometry, relation=table.relation),
            sql("m AS (SELECT f.*, a.area_m2 FROM f CROSS JOIN LATERAL "
                "unnest(ARRAY[COALESCE(ST_Area({area}), 0)]) AS a(area_m2))", area=table.geography(Sql("f.g"))),
        ]
        inside = Sql("0::float8")
        if zone is not None:
            parts.append(sql("z AS MATERIALIZED (SELECT ST_Union({repaired}) AS g FROM {relation} zt "
                             "WHERE NOT ({g} IS NULL OR ST_IsEmpty({g})))",
                             repaired=_repaired(zone.geometry, 3), relation=zone.relation, g=zone.geometry))
            inside = sql("CASE WHEN m.g IS NULL OR z.g IS NULL THEN 0 WHEN ST_Contains(z.g, m.g) THEN m.area_m2 "
                         "WHEN ST_Intersects(z.g, m.g) THEN COALESCE(ST_Area({part}), 0) ELSE 0 END",
                         part=table.geography(Sql("ST_Intersection(m.g, z.g)")))
        in_districts = Sql("0::float8")
        district_parts = Sql("NULL::text")
        joins = Sql(" CROSS JOIN z") if zone is not None else Sql("")
        if districts is not None:
            # str() of a NULL name in QGIS is 'NULL': the same key here
            parts.append(sql("d AS MATERIALIZED (SELECT COALESCE({name}::text, 'NULL') AS name, {repaired} AS g "
                             "FROM {relation} dt WHERE NOT ({g} IS NULL OR ST_IsEmpty({g})))",
                             name=districts.column(district_field), repaired=_repaired(districts.geometry, 3),
                             relation=districts.relation, g=districts.geometry))
            parts.append(sql("p AS MATERIALIZED (SELECT m.fid, d.name, CASE WHEN ST_Contains(d.g, m.g) THEN m.area_m2 "
                             "ELSE COALESCE(ST_Area({part}), 0) END AS part_m2 "
                             "FROM m JOIN d ON m.g IS NOT NULL AND ST_Intersects(d.g, m.g))",
                             part=table.geography(Sql("ST_Intersection(m.g, d.g)"))))
            parts.append(Sql("pa AS (SELECT p.fid, sum(p.part_m2) AS s, "
                             "json_agg(json_build_array(p.name, p.part_m2))::text AS j FROM p GROUP BY p.fid)"))
            in_districts, district_parts = Sql("COALESCE(pa.s, 0)"), Sql("pa.j")
            joins = sql("{joins} LEFT JOIN pa ON pa.fid = m.fid", joins=joins)
        parts.append(sql("r AS (SELECT m.fid, m.grp, m.no_geom, m.repaired, m.area_m2, {inside} AS inside_m2, "
                         "{in_districts} AS districts_m2, {district_parts} AS district_parts FROM m{joins})",
                         inside=inside, in_districts=in_districts, district_parts=district_parts, joins=joins))
        self.with_clause = sql("WITH {parts}", parts=_joined(", ", parts))

    def _plain_totals(self):
        """Totals per group when there is neither zone nor districts, with one validity check per row.

        Why the subquery with clock_timestamp(): PostgreSQL merges a plain subquery into the query
        around it and then computes the check again for each aggregate that reads it (area, repaired
        count). A volatile function in its select list keeps it a step of its own, whose columns the
        aggregates read; clock_timestamp() is safe in parallel workers, so the plan stays as parallel
        as the floor query's, for a clock read per row (on 1,000,000 fields in psql: 1.32x the floor
        query, 1.04x the floor with the validity check alone, against 1.38x with a function scan per
        row). The check of a NULL geometry is NULL: it is not counted as repaired, and its NULL area
        is skipped by sum()."""
        rows = sql("SELECT {group} AS grp, {g} AS g, ST_IsValid({g}) AS valid, clock_timestamp() AS keep_apart "
                   "FROM {relation} t", group=self.group, g=self.geometry, relation=self.table.relation)
        area = self.table.geography(Sql("CASE WHEN c.valid THEN c.g ELSE ST_CollectionExtract(ST_MakeValid(c.g), 3) END"))
        # without groups, no GROUP BY: grouping even by a constant hashes every row (a tenth more time)
        return sql("SELECT 'group', {group}, count(*), COALESCE(sum(ST_Area({area})), 0), NULL::float8, "
                   "count(*) FILTER (WHERE NOT c.valid), count(*) FILTER (WHERE c.g IS NULL OR ST_IsEmpty(c.g)), "
                   "NULL::float8, NULL::bigint FROM ({rows}) c{grouping}",
                   group=Sql("c.grp") if self.grouped else Sql("NULL::text"), area=area, rows=rows,
                   grouping=Sql(" GROUP BY 2") if self.grouped else Sql(""))

    def per_feature(self):
        """fid, group, no geometry, repaired, m², m² inside the zone, JSON [[district, m²], …]."""
        return sql("{with_clause} SELECT r.fid, r.grp, r.no_geom, r.repaired, r.area_m2, r.inside_m2, "
                   "r.district_parts FROM r ORDER BY r.fid", with_clause=self.with_clause)

    def totals(self):
        """Per group: 'group', value, count, m², m² in zone, repaired, nulls, m² outside the districts;
        then per district: 'district', name, m²."""
        if self.zone is None and self.districts is None:
            return self._plain_totals()
        by_district = Sql("")
        if self.districts is not None:
            by_district = Sql(" UNION ALL SELECT 'district', p.name, NULL, sum(p.part_m2 / 10000.0), NULL, NULL, "
                              "NULL, NULL, NULL FROM p GROUP BY p.name")
        return sql("{with_clause} SELECT 'group', r.grp, count(*), sum(r.area_m2), sum(r.inside_m2), "
                   "sum(r.repaired::int), sum(r.no_geom::int), "
                   "sum(GREATEST(0, r.area_m2 / 10000.0 - r.districts_m2 / 10000.0)), sum((NOT r.no_geom)::int) "
                   "FROM r GROUP BY r.grp{by_district}", with_clause=self.with_clause, by_district=by_district)


def _value(value):
    """A database value as QGIS gives a feature attribute (NULL for SQL NULL)."""
    return NULL if value is None else value


def _fill_from_rows(summary, rows, with_zone, with_districts, with_groups, on_row):
    total_m2 = inside_m2 = outside_m2 = 0.0
    for fid, group, no_geometry, repaired, area_m2, zone_m2, district_parts in rows:
        group = _value(group) if with_groups else None
        row = areas.AreaRow(fid=int(fid), area_ha=float(area_m2) / measuring.M2_PER_HA, group=group,
                      repaired=bool(repaired), null_geometry=bool(no_geometry))
        total_m2 += float(area_m2)
        summary.feature_count += 1
        summary.repaired += int(row.repaired)
        summary.null_geometries += int(row.null_geometry)
        if with_zone:
            row.inside_zone_ha = float(zone_m2) / measuring.M2_PER_HA
            inside_m2 += float(zone_m2)
            if with_groups and not row.null_geometry:
                summary.by_group_inside_zone[group] = summary.by_group_inside_zone.get(group, 0.0) + row.inside_zone_ha
        if with_districts and not row.null_geometry:
            in_districts = 0.0
            for name, part_m2 in json.loads(district_parts) if district_parts not in (None, NULL) else ():
                part_ha = float(part_m2) / measuring.M2_PER_HA
                in_districts += part_ha
                row.districts[name] = row.districts.get(name, 0.0) + part_ha
                summary.by_district[name] = summary.by_district.get(name, 0.0) + part_ha
            outside_m2 += max(0.0, row.area_ha - in_districts) * measuring.M2_PER_HA
            if row.districts:
                row.district = max(row.districts, key=row.districts.get)
        if with_groups:
            summary.by_group[group] = summary.by_group.get(group, 0.0) + row.area_ha
        on_row(row)
    summary.total_ha = total_m2 / measuring.M2_PER_HA
    if with_zone:
        summary.inside_zone_ha = inside_m2 / measuring.M2_PER_HA
    summary.outside_districts_ha = outside_m2 / measuring.M2_PER_HA


def _fill_from_totals(summary, rows, with_zone, with_districts, with_groups):
    total_m2 = inside_m2 = outside_ha = 0.0
    for kind, name, count, area, inside, repaired, nulls, outside, measured in rows:
        if kind == "district":
            summary.by_district[str(name)] = float(area)
            continue
        if with_groups:
            group = _value(name)
            summary.by_group[group] = float(area or 0.0) / measuring.M2_PER_HA
            if with_zone and measured:
                summary.by_group_inside_zone[group] = float(inside or 0.0) / measuring.M2_PER_HA
        total_m2 += float(area or 0.0)
        inside_m2 += float(inside or 0.0)
        if with_districts:
            outside_ha += float(outside or 0.0)
        summary.feature_count += int(count)
        summary.repaired += int(repaired or 0)
        summary.null_geometries += int(nulls or 0)
    summary.total_ha = total_m2 / measuring.M2_PER_HA
    if with_zone:
        summary.inside_zone_ha = inside_m2 / measuring.M2_PER_HA
    summary.outside_districts_ha = outside_ha


# ----------------------------------------------------------------------------------------------
# overlaps


def buffer_overlap(result, target, buffers, keep_geometries, feedback):
    """Step 2 of overlap.buffer_overlap in the database: the target features that the buffers (built
    by QGIS, in the target CRS) touch, their figures and pieces, added to `result`. False when QGIS
    must do it."""

    def ask():
        table = _table(target)
        if table is None:
            return False
        if result.ellipsoid.upper() not in WGS84_ELLIPSOIDS:
            raise Unserved(tr("the measuring ellipsoid is {ellipsoid}, not WGS84").format(ellipsoid=result.ellipsoid))
        _progress(feedback, 5)
        rows = _run(table, _overlap_sql(table, buffers, result.distance_m, result.target_kind, result.dissolved,
                                        keep_geometries), feedback)
        _add_overlaps(result, rows, buffers, keep_geometries)
        measuring.log(tr("The overlaps with '{name}' were computed inside its PostGIS database.").format(name=table.name),
                  feedback)
        return True

    return _served_here(target, feedback, ask)


def _overlap_sql(table, buffers, distance_m, kind, dissolve, keep_geometries):
    """One row per touched target: fid, repaired, its measure, the measure of its part inside the
    union of the buffers, JSON [[buffer number, part measure, part WKB in base64 or null], …], and the
    dissolved piece's WKB in base64 (or null)."""
    from .overlap import LINE, POINT, reach_m

    geography = table.geography
    geometry = sql("t.{g}", g=table.geometry)
    if kind == POINT:
        target, repaired = geometry, Sql("false")

        def measure(expression):
            return sql("ST_NPoints({g})::float8", g=expression)
    else:
        target = _repaired(geometry, 2 if kind == LINE else 3)
        repaired = sql("NOT ST_IsValid({g})", g=geometry)
        function = Sql("ST_Length" if kind == LINE else "ST_Area")

        def measure(expression):
            return sql("COALESCE({function}({g}), 0)", function=function, g=geography(expression))
    # the buffers are geometries this plugin built: sent as WKB in base64
    values = _joined(", ", (sql("({number}, {wkb}, {source}::geography)", number=_number(number),
                                wkb=_wkb(item.geometry, table.srid), source=_wkb(item.source_wgs84, 4326))
                            for number, item in enumerate(buffers)))
    part_wkb = Sql("encode(ST_AsBinary(pg), 'base64')" if keep_geometries and not dissolve else "NULL::text")
    # the target inside the union of the buffers touching it, as overlap._inside_union: a union of
    # the per-buffer pieces would count a stretch two buffers cut at slightly different points twice
    whole = Sql("CASE WHEN bool_or(whole) THEN (array_agg(tg))[1] WHEN count(*) = 1 THEN (array_agg(pg))[1] "
                "ELSE ST_Intersection((array_agg(tg))[1], ST_Union(bg)) END")
    whole_wkb = (sql("encode(ST_AsBinary({whole}), 'base64')", whole=whole) if keep_geometries and dissolve
                 else Sql("NULL::text"))
    return sql("WITH b(i, g, source) AS (VALUES {values}), "
               "c AS MATERIALIZED (SELECT t.{key} AS fid, b.i, {target} AS tg, {repaired} AS repaired, "
               "b.g AS bg FROM b JOIN {relation} t ON {g} && b.g AND ST_DWithin({on_ground}, b.source, {reach}) "
               "AND ST_Intersects({g}, b.g)), "
               "w AS (SELECT c.*, ST_Contains(bg, tg) AS whole FROM c), "
               "p AS MATERIALIZED (SELECT fid, i, tg, bg, repaired, whole, CASE WHEN whole THEN tg "
               "ELSE ST_Intersection(tg, bg) END AS pg FROM w) "
               "SELECT fid, bool_or(repaired), {target_measure}, {whole_measure}, "
               "json_agg(json_build_array(i, {part_measure}, {part_wkb}) ORDER BY i)::text, {whole_wkb} "
               "FROM p WHERE NOT ST_IsEmpty(pg) GROUP BY fid ORDER BY fid",
               values=values, key=table.key, target=target, repaired=repaired, relation=table.relation, g=geometry,
               on_ground=geography(geometry), reach=_number(float(reach_m(distance_m))),
               target_measure=measure(Sql("(array_agg(tg))[1]")), whole_measure=measure(whole),
               part_measure=measure(Sql("pg")), part_wkb=part_wkb, whole_wkb=whole_wkb)


def _add_overlaps(result, rows, buffers, keep_geometries):
    """The same figures as overlap._overlap_one, from the database's rows."""
    from .overlap import LINE, POLYGON, OverlapPiece, TargetOverlap

    for fid, repaired, target_measure, whole_measure, parts_json, whole_wkb in rows:
        parts = [(buffers[int(number)], min(float(value), float(target_measure)), wkb)
                 for number, value, wkb in json.loads(parts_json)]
        row = TargetOverlap(fid=int(fid), source_fids=[item.fid for item, _, _ in parts])
        result.repaired += int(bool(repaired))
        # parts at most the target's own measure, as overlap._part_measure
        whole_measure = min(float(whole_measure), float(target_measure))
        if result.target_kind == POLYGON:
            row.target_ha = float(target_measure) / measuring.M2_PER_HA
            row.overlap_ha = whole_measure / measuring.M2_PER_HA
            row.overlap_pct = 100.0 * (row.overlap_ha / row.target_ha) if row.target_ha > 0 else 0.0
            result.total_overlap_ha += row.overlap_ha
        elif result.target_kind == LINE:
            row.target_length_km = float(target_measure) / 1000.0
            row.length_km = whole_measure / 1000.0
            result.total_length_km += row.length_km
        else:
            row.points_within = int(whole_measure)
            result.total_points_within += row.points_within
        result.targets.append(row)
        result.targets_touched += 1
        for item, value, wkb in parts:
            source_row = item.row
            source_row.targets += 1
            if result.target_kind == POLYGON:
                part_ha = value / measuring.M2_PER_HA
                source_row.overlap_ha += part_ha
                piece = (part_ha, 100.0 * (part_ha / row.target_ha) if row.target_ha > 0 else 0.0, 0, 0.0)
            elif result.target_kind == LINE:
                source_row.length_km += value / 1000.0
                piece = (0.0, 0.0, 0, value / 1000.0)
            else:
                source_row.points_within += int(value)
                piece = (0.0, 0.0, int(value), 0.0)
            if keep_geometries and not result.dissolved:
                result.pieces.append(OverlapPiece(row.fid, [item.fid], _geometry(wkb), *piece))
        if keep_geometries and result.dissolved:
            result.pieces.append(OverlapPiece(row.fid, list(row.source_fids), _geometry(whole_wkb), row.overlap_ha,
                                              row.overlap_pct, row.points_within, row.length_km))


def _geometry(base64_wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(QByteArray(base64.b64decode(base64_wkb)))  # PostgreSQL's base64 has line breaks: skipped
    return geometry
