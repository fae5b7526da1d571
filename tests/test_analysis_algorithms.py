"""The vraem:areayield, vraem:claimcheck and vraem:bufferoverlap algorithms through processing.run."""

import os

import pytest
from engine_helpers import (
    QSTRING,
    csv_rows,
    field_ring,
    geodesic_area_m2,
    geodesic_circle,
    memory_layer,
    shapely_from_qgis,
)
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject
from shapely.geometry import box


def run(algorithm, parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, parameters, context=context, feedback=feedback)


def test_algorithms_are_registered_with_translated_names(vraem_provider):
    registry = QgsApplication.processingRegistry()
    for name in ("areayield", "claimcheck", "bufferoverlap"):
        algorithm = registry.algorithmById(f"vraem:{name}")
        assert algorithm is not None
        assert algorithm.group() == "Analysis" and algorithm.groupId() == "analysis"
        assert len(algorithm.shortHelpString()) > 200
        for parameter in algorithm.parameterDefinitions():
            assert parameter.description()


def test_claimcheck(vraem_provider):
    result = run("vraem:claimcheck", {"AREA": 100, "AREA_UNIT": 2, "TONNES": 300, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["VERDICT_CODE"] == "above" and result["VERDICT"] == "above every published ratio"
    assert result["HECTARES"] == pytest.approx(1609.344 ** 2 * 100 / 10_000)
    rows = list(result["OUTPUT"].getFeatures())
    assert len(rows) >= 10
    for row in rows:
        assert row["tonnes"] == pytest.approx(result["HECTARES"] * row["kg_per_ha"] / 1000)


def test_areayield_to_geopackage(vraem_provider, tmp_path):
    fields = [field_ring(-73.8 + 0.01 * i, -12.4, 1.5 + i) for i in range(6)]
    layer = memory_layer("Polygon", "EPSG:4326", [f.wkt for f in fields], fields=[("status", QSTRING)],
                         attributes=[["planned" if i % 2 else "done"] for i in range(6)])
    out = str(tmp_path / "areas.gpkg")
    result = run("vraem:areayield", {"INPUT": layer, "GROUP_FIELD": "status", "PARAMETER_SET": 0,
                                     "OUTPUT": out, "SUMMARY": "TEMPORARY_OUTPUT"})
    expected_ha = sum(geodesic_area_m2(f) for f in fields) / 10_000
    assert result["TOTAL_HA"] == pytest.approx(expected_ha, rel=1e-3)
    assert result["LEAF_T_CENTRAL"] == pytest.approx(expected_ha * 3.6, rel=1e-3)
    assert result["HCL_T_CENTRAL"] == pytest.approx(expected_ha * 3.6 / 375, rel=1e-3)
    assert result["FEATURES"] == 6 and result["INSIDE_ZONE_HA"] is None
    # the new range: lowest yield ÷ highest factor (3,000 / 589), highest yield ÷ lowest factor (3,627 / 375)
    assert result["HCL_T_LOW"] == pytest.approx(expected_ha * 3.0 / 589, rel=1e-3)
    assert result["HCL_T_HIGH"] == pytest.approx(expected_ha * 3.627 / 375, rel=1e-3)
    assert "589" in result["RANGE_BASIS"] and "DEVIDA statement" in result["RANGE_BASIS"]
    from qgis.core import QgsVectorLayer

    written = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert written.featureCount() == 6
    assert sum(f["area_ha"] for f in written.getFeatures()) == pytest.approx(result["TOTAL_HA"])
    scopes = {(f["scope"], f["name"]): f["area_ha"] for f in result["SUMMARY"].getFeatures()}
    assert scopes[("group", "done")] + scopes[("group", "planned")] == pytest.approx(result["TOTAL_HA"])
    assert all("589" in f["range_basis"] for f in result["SUMMARY"].getFeatures())


def test_bufferoverlap_in_kilometres(vraem_provider):
    lon, lat = -74.0, -12.6
    source = memory_layer("Point", "EPSG:4326", [f"POINT({lon} {lat})"])
    target = memory_layer("Polygon", "EPSG:32718", [box(500_000, 8_500_000, 700_000, 8_700_000).wkt])
    result = run("vraem:bufferoverlap", {"SOURCE": source, "DISTANCE": 3, "UNIT": 1, "TARGET": target,
                                         "DISSOLVE": True, "OUTPUT": "TEMPORARY_OUTPUT",
                                         "TARGETS": "TEMPORARY_OUTPUT", "SOURCES": "TEMPORARY_OUTPUT"})
    oracle = geodesic_area_m2(geodesic_circle(lon, lat, 3000)) / 10_000
    assert result["OVERLAP_HA"] == pytest.approx(oracle, rel=0.005)
    pieces = list(result["OUTPUT"].getFeatures())
    assert len(pieces) == 1 and pieces[0]["overlap_ha"] == pytest.approx(result["OVERLAP_HA"])
    assert result["OUTPUT"].crs().authid() == "EPSG:32718"
    assert next(result["TARGETS"].getFeatures())["overlap_pc"] == pytest.approx(
        100 * oracle / (geodesic_area_m2(__import__("engine_helpers").to_lonlat(
            box(500_000, 8_500_000, 700_000, 8_700_000), "EPSG:32718")) / 1e4), rel=0.005)


def test_per_feature_outputs_carry_the_input_attributes_and_geometry_into_a_shapefile(vraem_provider, tmp_path):
    """Issue 16 item 2: the input's fields first, then the results, named so a Shapefile keeps every name."""
    from qgis.core import QgsVectorLayer

    from vraem_analyst.plugin.core import schemas

    fields = [field_ring(-73.8 + 0.01 * i, -12.4, 1.5 + i) for i in range(3)]
    plots = memory_layer("Polygon", "EPSG:4326", [f.wkt for f in fields], fields=[("sector_nam", QSTRING)],
                         attributes=[[f"Sector {i}"] for i in range(3)])
    result = run("vraem:areayield", {"INPUT": plots, "PARAMETER_SET": 0, "OUTPUT": str(tmp_path / "areas.shp")})
    written = QgsVectorLayer(result["OUTPUT"], "areas", "ogr")
    assert written.fields().names() == ["sector_nam", *[column.key for column in schemas.area_rows().columns]]
    by_name = {f["sector_nam"]: f for f in written.getFeatures()}
    assert sorted(by_name) == ["Sector 0", "Sector 1", "Sector 2"]
    for i, field in enumerate(fields):
        feature = by_name[f"Sector {i}"]
        assert feature.hasGeometry()
        assert feature["area_ha"] == pytest.approx(geodesic_area_m2(field) / 10_000, rel=1e-3)
        assert feature["hcl_t_hi"] > feature["hcl_t_low"] > 0

    towns = memory_layer("Point", "EPSG:4326", ["POINT(-73.8 -12.4)"])
    overlap = run("vraem:bufferoverlap", {"SOURCE": towns, "DISTANCE": 0.3, "UNIT": 1, "TARGET": plots,
                                          "OUTPUT": "TEMPORARY_OUTPUT", "TARGETS": str(tmp_path / "targets.shp")})
    targets = QgsVectorLayer(overlap["TARGETS"], "targets", "ogr")
    assert targets.fields().names() == ["sector_nam", *[column.key for column in schemas.overlap_targets().columns
                                                        if column.key != "buffers"]]
    touched = list(targets.getFeatures())
    assert [f["sector_nam"] for f in touched] == ["Sector 0"] and touched[0].hasGeometry()
    assert 0 < touched[0]["overlap_pc"] <= 100


def _scattered_plots():
    """Plots along a parallel with gaps in their ids (two deleted), one of them a bow-tie (invalid); the
    first source point lies by the last plots, so the buffers find the plots out of id order."""
    rings = [field_ring(-73.8 + 0.01 * i, -12.4, 1.5).wkt for i in range(8)]  # 1.1 km apart
    rings[5] = "POLYGON((-73.75 -12.4, -73.749 -12.399, -73.749 -12.4, -73.75 -12.399, -73.75 -12.4))"
    plots = memory_layer("Polygon", "EPSG:4326", rings, fields=[("sector_nam", QSTRING)],
                         attributes=[[f"Sector {i}"] for i in range(8)])
    assert plots.dataProvider().deleteFeatures([2, 7])
    towns = memory_layer("Point", "EPSG:4326", ["POINT(-73.73 -12.4)", "POINT(-73.8 -12.4)"])
    return plots, towns


def test_per_target_output_is_each_touched_feature_as_the_layer_holds_it_in_id_order(vraem_provider):
    """The TARGETS output is built from the features the measurement read (not from a second read of
    the layer): the same features, attributes and geometry (an invalid one as it is, not repaired) as
    the layer holds, in the order the layer is read."""
    plots, towns = _scattered_plots()
    result = run("vraem:bufferoverlap", {"SOURCE": towns, "DISTANCE": 2.5, "UNIT": 1, "TARGET": plots,
                                         "OUTPUT": "TEMPORARY_OUTPUT", "TARGETS": "TEMPORARY_OUTPUT"})
    written = list(result["TARGETS"].getFeatures())
    held = {f.id(): f for f in plots.getFeatures()}
    assert [f["target_fid"] for f in written] == [fid for fid in held if fid in {1, 3, 6, 8}]
    assert result["TARGETS_TOUCHED"] == len(written) == 4
    for feature in written:
        source = held[feature["target_fid"]]
        assert feature["sector_nam"] == source["sector_nam"]
        assert feature.geometry().asWkb() == source.geometry().asWkb()
    assert not held[6].geometry().isGeosValid()


def test_per_target_features_come_from_the_measuring_read(vraem_provider):
    """The join uses the features the engine kept: a change to the layer after the measurement (here the
    attributes rewritten and a feature deleted) does not reach the output, so the layer was not read again."""
    from vraem_analyst.plugin.core import overlap, schemas
    from vraem_analyst.plugin.processing.analysis.buffer_overlap import touched_targets
    from vraem_analyst.plugin.processing.analysis.common import joined_fields

    plots, towns = _scattered_plots()
    result = overlap.buffer_overlap(towns, 2500, plots, keep_geometries=True)
    assert plots.dataProvider().changeAttributeValues({fid: {0: "rewritten"} for fid in (1, 3, 6, 8)})
    assert plots.dataProvider().deleteFeatures([3])
    fields = joined_fields(plots, schemas.overlap_targets().fields(
        "target_fid", "source_ids", "target_ha", "overlap_ha", "overlap_pc", "points_in", "length_km", "target_km"))
    joined = list(touched_targets(result, plots, fields))
    assert [f["target_fid"] for f in joined] == [1, 3, 6, 8]
    assert [f["sector_nam"] for f in joined] == ["Sector 0", "Sector 2", "Sector 5", "Sector 7"]
    assert [row.fid for row in result.targets] != [1, 3, 6, 8]  # found out of id order


def test_bad_input_and_cancel_leave_no_output(vraem_provider, tmp_path):
    source = memory_layer("Point", "EPSG:4326", ["POINT(-74 -12)"])
    no_crs = memory_layer("Polygon", None, [box(0, 0, 1, 1).wkt], name="nocrs")
    out = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException):
        run("vraem:bufferoverlap", {"SOURCE": source, "DISTANCE": 1, "UNIT": 1, "TARGET": no_crs,
                                    "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException):
        run("vraem:bufferoverlap", {"SOURCE": source, "DISTANCE": 30_000, "UNIT": 1,
                                    "TARGET": memory_layer("Polygon", "EPSG:4326", [box(-75, -13, -73, -11).wkt]),
                                    "OUTPUT": str(out)})
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = memory_layer("Polygon", "EPSG:4326", [box(-75, -13, -73, -11).wkt])
    with pytest.raises(QgsProcessingException):
        run("vraem:bufferoverlap", {"SOURCE": source, "DISTANCE": 1, "UNIT": 1, "TARGET": target,
                                    "OUTPUT": str(out)}, feedback=feedback)
    with pytest.raises(QgsProcessingException):
        run("vraem:areayield", {"INPUT": target, "OUTPUT": str(tmp_path / "never2.gpkg")}, feedback=feedback)
    assert not out.exists() and not (tmp_path / "never2.gpkg").exists()


class CancelAfter(QgsProcessingFeedback):
    """Cancels itself once the algorithm has reported `percent` progress: a user pressing Cancel mid-run."""

    def __init__(self, percent):
        super().__init__()
        self.percent = percent
        self.progressChanged.connect(self._maybe_cancel)

    def _maybe_cancel(self, progress):
        if progress >= self.percent and 0 < progress < 100:
            self.cancel()


@pytest.mark.parametrize("algorithm", ["vraem:areayield", "vraem:bufferoverlap"])
def test_cancel_mid_run_leaves_no_output(vraem_provider, tmp_path, algorithm):
    fields = [box(-74 + i * 0.001, -12, -74 + i * 0.001 + 0.0005, -11.9995).wkt for i in range(5000)]
    target = memory_layer("Polygon", "EPSG:4326", fields)
    towns = memory_layer("Point", "EPSG:4326", [f"POINT({-74 + i * 0.05} -12)" for i in range(100)])
    out = tmp_path / "cancelled.gpkg"
    parameters = ({"INPUT": target, "OUTPUT": str(out)} if algorithm == "vraem:areayield" else
                  {"SOURCE": towns, "DISTANCE": 1, "UNIT": 1, "TARGET": target, "OUTPUT": str(out)})
    feedback = CancelAfter(20)
    with pytest.raises(QgsProcessingException):
        run(algorithm, parameters, feedback=feedback)
    assert feedback.isCanceled()  # it really was cancelled during the run, not before
    assert not out.exists()


def test_areayield_without_the_per_feature_table_reads_the_file_for_totals(vraem_provider, tmp_path, monkeypatch):
    """With the per-feature table skipped, a GeoPackage input is measured through the GDAL totals
    path; a selected-features-only input is still read through Processing, selection honoured."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorFileWriter, QgsVectorLayer

    from vraem_analyst.plugin.core import gdal_batches

    fields = [field_ring(-73.8 + 0.01 * i, -12.4, 1.5 + i) for i in range(6)]
    memory = memory_layer("Polygon", "EPSG:4326", [f.wkt for f in fields])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = str(tmp_path / "fields.gpkg")
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, QgsProject.instance().transformContext(), options)
    layer = QgsVectorLayer(path, "fields", "ogr")
    streamed = []

    def spy(read_layer, batch_size):
        batches = real(read_layer, batch_size)
        streamed.append(batches is not None)
        return batches

    real = gdal_batches.wkb_batches
    monkeypatch.setattr(gdal_batches, "wkb_batches", spy)
    result = run("vraem:areayield", {"INPUT": layer, "OUTPUT": None, "SUMMARY": None})
    assert streamed == [True] and "OUTPUT" not in result
    assert result["TOTAL_HA"] == pytest.approx(sum(geodesic_area_m2(f) for f in fields) / 10_000, rel=1e-6)
    assert result["FEATURES"] == 6

    layer.selectByIds([1, 2])
    selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    QgsProject.instance().addMapLayer(layer)
    try:
        result = run("vraem:areayield", {"INPUT": selected, "OUTPUT": None})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert True not in streamed[1:]  # the selection is read through Processing, never from the file
    assert result["FEATURES"] == 2
    assert result["TOTAL_HA"] == pytest.approx(sum(geodesic_area_m2(f) for f in fields[:2]) / 10_000, rel=1e-6)


def test_invalid_geometries_are_repaired_whatever_the_processing_check(vraem_provider):
    """Processing's default check (also the toolbox's) stops at the first invalid geometry; these
    algorithms repair and count invalid geometries instead, as their help says."""
    import processing
    from qgis.core import Qgis

    from vraem_analyst.plugin.core.measuring import repaired_geometry

    bow_tie = "POLYGON((-73.9 -12.4, -73.89 -12.39, -73.89 -12.4, -73.9 -12.39, -73.9 -12.4))"
    square = "POLYGON((-73.8 -12.4, -73.79 -12.4, -73.79 -12.39, -73.8 -12.39, -73.8 -12.4))"
    fields = memory_layer("Polygon", "EPSG:4326", [square, bow_tie])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(Qgis.InvalidGeometryCheck.AbortOnInvalid)
    result = processing.run("vraem:areayield", {"INPUT": fields, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)
    fixed, _ = repaired_geometry(fields.getFeature(2).geometry())
    expected = geodesic_area_m2(box(-73.8, -12.4, -73.79, -12.39))
    expected += geodesic_area_m2(shapely_from_qgis(fixed))
    assert result["REPAIRED"] == 1 and result["FEATURES"] == 2
    assert result["TOTAL_HA"] == pytest.approx(expected / 10_000, rel=1e-6)
    town = memory_layer("Point", "EPSG:4326", ["POINT(-73.895 -12.395)"])
    overlap = processing.run("vraem:bufferoverlap", {"SOURCE": town, "DISTANCE": 15, "UNIT": 1, "TARGET": fields,
                                                     "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)
    assert overlap["TARGETS_TOUCHED"] == 2


def test_claimcheck_by_year_and_kind(vraem_provider, shared_facts):
    result = run("vraem:claimcheck", {"CLAIM_KIND": 3, "YEAR": 2024, "TONNES": 150})
    peru_2024 = next(float(r["peru_total_ha"]) for r in csv_rows(shared_facts / "coca_hectares.csv")
                     if r["year"] == "2024")
    assert result["HECTARES"] == peru_2024
    assert "2024" in result["AREA_SOURCE"] and "DEVIDA" in result["AREA_SOURCE"]
    assert result["PRODUCTION_VERDICT_CODE"] == "below"
    assert result["POTENTIAL_T_LOW"] < result["POTENTIAL_T_CENTRAL"] < result["POTENTIAL_T_HIGH"]
    assert result["POTENTIAL_T_LOW"] > 150
    flagged = run("vraem:claimcheck", {"AREA": 18_245.76, "TONNES": 170.39})
    assert "fixed factor" in flagged["FIXED_FACTOR"] and flagged["PRODUCTION_VERDICT_CODE"] == ""
    with pytest.raises(QgsProcessingException, match="nearest years with data: 2010, 2013"):
        run("vraem:claimcheck", {"CLAIM_KIND": 2, "YEAR": 2011, "TONNES": 100})
    with pytest.raises(QgsProcessingException, match="YEAR"):
        run("vraem:claimcheck", {"CLAIM_KIND": 4, "TONNES": 100})
    for area, tonnes, message in ((-3, 10, "more than 0"), (10, 0, "more than 0"), (float("nan"), 10, "finite")):
        with pytest.raises(QgsProcessingException, match=message):
            run("vraem:claimcheck", {"AREA": area, "TONNES": tonnes})


def test_an_empty_zone_is_refused_and_the_zone_used_is_logged(vraem_provider, tmp_path):
    """Issue 11 item 2: an empty zone (a temporary layer lost on reopen) gave 'inside the zone' = 0."""
    from qgis.core import QgsProcessingFeedback

    from vraem_analyst.plugin.core import reference

    fields = [field_ring(-73.8 + 0.01 * i, -12.4, 1.5 + i) for i in range(3)]
    layer = memory_layer("Polygon", "EPSG:4326", [f.wkt for f in fields])
    empty_zone = memory_layer("MultiPolygon", "EPSG:4326", [])
    empty_zone.setCustomProperty(reference.ROLE_PROPERTY, "zone")
    outputs = {"OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_PNG": str(tmp_path / "r.png"),
               "OUTPUT_CSV": str(tmp_path / "f.csv")}
    for algorithm, parameters in (("vraem:areayield", {"INPUT": layer, "ZONE": empty_zone, "PARAMETER_SET": 0}),
                                  ("vraem:exportreport", dict(outputs, INPUT=layer, ZONE=empty_zone))):
        with pytest.raises(QgsProcessingException, match="zone cannot be used.*no features"):
            run(algorithm, parameters)
    assert not any((tmp_path / name).exists() for name in ("r.pdf", "r.png", "f.csv"))

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, text):
            self.lines.append(text)

    feedback = Log()
    result = run("vraem:areayield", {"INPUT": layer, "ZONE": reference.zone_layer(), "PARAMETER_SET": 0},
                 feedback=feedback)
    assert result["INSIDE_ZONE_HA"] == pytest.approx(result["TOTAL_HA"], rel=1e-6)
    assert any(line.startswith("Zone: 'VRAEM zone (approximate)' (approximate") for line in feedback.lines)
@pytest.mark.parametrize("output", ["TEMPORARY_OUTPUT", "gpkg"])
def test_areayield_registers_only_outputs_it_writes(vraem_provider, tmp_path, output):
    """After a run the Processing dialog loads every destination the run registered
    (context.layersToLoadOnCompletion) through QgsProcessingUtils.mapLayerFromString, and lists those
    it cannot find as "The following layers were not correctly generated". A GeoPackage input once
    listed "• memory:Areas per feature" although the table appeared: asking whether the table was
    wanted (parameterAsOutputLayer) registered a second, phantom destination."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsVectorFileWriter, QgsVectorLayer

    fields = [field_ring(-73.8 + 0.01 * i, -12.4, 1.5 + i) for i in range(4)]
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = str(tmp_path / "fields.gpkg")
    QgsVectorFileWriter.writeAsVectorFormatV3(memory_layer("Polygon", "EPSG:4326", [f.wkt for f in fields]), path,
                                              QgsProject.instance().transformContext(), options)
    layer = QgsVectorLayer(path, "fields", "ogr")
    project = QgsProject()
    project.addMapLayer(layer)
    destination = "TEMPORARY_OUTPUT" if output == "TEMPORARY_OUTPUT" else str(tmp_path / "areas.gpkg")
    parameters = {"INPUT": layer.id(), "OUTPUT": QgsProcessingOutputLayerDefinition(destination, project),
                  "SUMMARY": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)}
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vraem:areayield")
    context = QgsProcessingContext()
    context.setProject(project)
    results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    assert ok and results["FEATURES"] == 4
    to_load = context.layersToLoadOnCompletion()
    assert sorted(to_load) == sorted([results["OUTPUT"], results["SUMMARY"]])
    for destination_id in to_load:
        loaded = QgsProcessingUtils.mapLayerFromString(destination_id, context)
        assert loaded is not None, destination_id
    assert QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context).featureCount() == 4


class CancelWhenWriting(QgsProcessingFeedback):
    """Cancels itself at the run's first log line after measuring, which comes before any output is written:
    a user pressing Cancel while the sinks write."""

    def pushInfo(self, info):
        super().pushInfo(info)
        self.cancel()


def _rows(path):
    """(fid, attributes, geometry WKB) of every feature of a written layer, in file order."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "written", "ogr")
    assert layer.isValid(), path
    return [(feature.id(), feature.attributes(), feature.geometry().asWkb().data()) for feature in layer.getFeatures()]


def test_geopackage_outputs_hold_every_feature_in_order_across_batches(vraem_provider, tmp_path):
    """OUTPUT and TARGETS, written in batches of WRITE_BATCH, hold exactly the engine's pieces and touched
    targets, in order, across several batches."""
    from vraem_analyst.plugin.core import overlap
    from vraem_analyst.plugin.processing import outputs

    count = 4 * outputs.WRITE_BATCH + 700
    fields = [box(-74 + (i % 100) * 0.0004, -12 + (i // 100) * 0.0004, -74 + (i % 100) * 0.0004 + 0.0002,
                  -12 + (i // 100) * 0.0004 + 0.0002).wkt for i in range(count)]
    target = memory_layer("Polygon", "EPSG:4326", fields, fields=[("status", QSTRING)],
                          attributes=[[f"s{i}"] for i in range(count)])
    towns = memory_layer("Point", "EPSG:4326", ["POINT(-73.99 -11.99)", "POINT(-73.97 -11.99)"])
    pieces, targets = str(tmp_path / "pieces.gpkg"), str(tmp_path / "targets.gpkg")
    result = run("vraem:bufferoverlap", {"SOURCE": towns, "DISTANCE": 2, "UNIT": 1, "TARGET": target,
                                         "OUTPUT": pieces, "TARGETS": targets})
    engine = overlap.buffer_overlap(towns, 2000, target, keep_geometries=True, project=QgsProject.instance())
    assert engine.targets_touched == result["TARGETS_TOUCHED"] == count  # every field is inside the buffers
    expected_pieces = [(feature.attributes(), feature.geometry().asWkb().data())
                       for feature in overlap.overlap_features(engine)]
    assert len(expected_pieces) > count  # fields in both buffers make two pieces
    written = _rows(pieces)
    assert [fid for fid, _, _ in written] == list(range(1, len(expected_pieces) + 1))
    assert [(attributes[1:], wkb) for _, attributes, wkb in written] == expected_pieces  # the file's fid comes first
    written = _rows(targets)
    assert [fid for fid, _, _ in written] == sorted(row.fid for row in engine.targets)
    by_fid = {row.fid: row for row in engine.targets}
    for fid, attributes, wkb in written:
        row = by_fid[fid]
        assert attributes[1:] == [f"s{fid - 1}", row.fid, ",".join(map(str, row.source_fids)), row.target_ha,
                                  row.overlap_ha, row.overlap_pct, row.points_within, row.length_km,
                                  row.target_length_km]
        assert wkb == row.feature.geometry().asWkb().data()


def test_cancel_while_the_sinks_write_leaves_no_output(vraem_provider, tmp_path):
    fields = [box(-74 + (i % 100) * 0.0004, -12 + (i // 100) * 0.0004, -74 + (i % 100) * 0.0004 + 0.0002,
                  -12 + (i // 100) * 0.0004 + 0.0002).wkt for i in range(3000)]
    target = memory_layer("Polygon", "EPSG:4326", fields)
    towns = memory_layer("Point", "EPSG:4326", ["POINT(-73.99 -11.99)"])
    feedback = CancelWhenWriting()
    with pytest.raises(QgsProcessingException, match="ancel"):
        run("vraem:bufferoverlap", {"SOURCE": towns, "DISTANCE": 2, "UNIT": 1, "TARGET": target,
                                    "OUTPUT": str(tmp_path / "pieces.gpkg"), "TARGETS": str(tmp_path / "targets.gpkg")},
            feedback=feedback)
    assert feedback.isCanceled()
    assert os.listdir(tmp_path) == []  # neither the outputs nor their staged copies


def test_the_target_is_read_as_processing_gives_it_edits_selection_and_limit_included(vraem_provider):
    """A layer Processing reads unchanged is read through one feature source for the whole run: it must
    still be the layer as it stands, with its edit buffer; a selection or a feature limit is read
    through Processing, which applies it."""
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeatureSourceDefinition

    fields = [box(-74.001 + 0.0005 * i, -12.0, -74.0008 + 0.0005 * i, -11.9998).wkt for i in range(4)]
    target = memory_layer("Polygon", "EPSG:4326", fields)
    towns = memory_layer("Point", "EPSG:4326", ["POINT(-74 -12)"])
    project = QgsProject.instance()
    project.addMapLayer(target)
    try:
        assert target.startEditing()
        assert target.deleteFeature(2)
        added = QgsFeature(target.fields())
        added.setGeometry(QgsGeometry.fromWkt(box(-74.0001, -12.0001, -73.9999, -11.9999).wkt))
        assert target.addFeature(added)

        def touched(value):
            result = run("vraem:bufferoverlap", {"SOURCE": towns, "DISTANCE": 1, "UNIT": 1, "TARGET": value,
                                                 "OUTPUT": "TEMPORARY_OUTPUT", "TARGETS": "TEMPORARY_OUTPUT"})
            return sorted(feature["target_fid"] for feature in result["TARGETS"].getFeatures())

        new_fid = [feature.id() for feature in target.getFeatures() if feature.id() < 0]
        assert touched(target) == sorted([1, 3, 4] + new_fid)  # the deletion and the addition, not yet saved
        target.selectByIds([3])
        assert touched(QgsProcessingFeatureSourceDefinition(target.id(), True)) == [3]
        assert len(touched(QgsProcessingFeatureSourceDefinition(target.id(), False, 2))) == 2
    finally:
        target.rollBack()
        project.removeMapLayer(target.id())
