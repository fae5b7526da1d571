"""Potential yield: parameter sets read from a GeoPackage, published tables reproduced."""

import os

import pytest
from engine_helpers import csv_rows
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProject,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from vraem_analyst.plugin import paths
from vraem_analyst.plugin.core import yields
from vraem_analyst.plugin.core.errors import VraemError


def write_table(path, table, rows):
    """Write CSV rows (all text columns) as a GeoPackage attribute table, like tools/build_data.py."""
    fields = QgsFields()
    for name in rows[0]:
        fields.append(QgsField(name, QMetaType.Type.QString))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Type.NoGeometry,
                                        QgsProject.instance().crs(), QgsCoordinateTransformContext(), options)
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([row[name] for name in rows[0]])
        writer.addFeature(feature)
    del writer
    return path


@pytest.fixture()
def facts_gpkg(tmp_path, shared_facts):
    path = tmp_path / "facts.gpkg"
    write_table(path, "yield_parameters", csv_rows(shared_facts / "yield_parameters.csv"))
    write_table(path, "reference_ratios", csv_rows(shared_facts / "reference_ratios.csv"))
    return path


def _spread(rows, key):
    """Oracle of a set's yield range from the CSV: its low and high plus its observed rows."""
    values = [float(r["value"]) for r in rows if r["parameter_set"] == key
              and r["role"].split()[0] in ("low", "high", "observed")]
    return min(values), max(values)


def test_parameter_sets_from_geopackage(qgis_app, facts_gpkg, shared_facts):
    sets = yields.parameter_sets(project=QgsProject(), gpkg_path=str(facts_gpkg))
    assert set(sets) == {"vraem", "national"}
    rows = csv_rows(shared_facts / "yield_parameters.csv")
    csv_values = {(r["parameter_set"], r["role"].split()[0]): float(r["value"]) for r in rows}
    factors = [float(r["value"]) for r in rows if r["parameter_set"] in ("conversion", "conversion_observed")]
    for key in ("vraem", "national"):
        pset = sets[key]
        low, high = _spread(rows, key)
        assert pset.leaf_kg_per_ha() == (low, csv_values[(key, "central")], high)
        assert pset.leaf_per_hcl == csv_values[("conversion", "leaf")] == 375
        assert pset.factor_range() == (min(factors), 375, max(factors)) == (375, 375, 589)
        assert len(pset.sources) == len([r for r in rows if r["parameter_set"] in (key, "conversion",
                                                                                   "conversion_observed")])
        assert all(pset.sources)
    # the observed national yields widen the published set: 2,116 (2010) to 2,438 (2013)
    assert sets["national"].leaf_kg_per_ha() == (2116, 2391, 2438)
    assert sets["vraem"].leaf_kg_per_ha() == (3000, 3600, 3627)


def test_ranges_carry_both_spreads_and_name_their_sources(qgis_app, facts_gpkg):
    sets = yields.parameter_sets(project=QgsProject(), gpkg_path=str(facts_gpkg))
    estimate = yields.potential_yield(1000, sets["vraem"])
    # low = lowest yield ÷ highest factor; central = the cited pair; high = highest yield ÷ lowest factor
    assert estimate.hcl_t == pytest.approx((1000 * 3000 / 1000 / 589, 1000 * 3600 / 1000 / 375,
                                            1000 * 3627 / 1000 / 375))
    assert estimate.leaf_per_hcl_range == (375, 589)
    low, central, high = estimate.range_basis
    assert "3,000" in low and "589" in low and "DEVIDA statement" in low and "UNODC Peru Coca Survey 2005" in low
    assert "3,600" in central and "375" in central
    assert "3,627" in high and "2016" in high and "375" in high
    national = yields.potential_yield(1000, sets["national"])
    assert national.hcl_t[0] == pytest.approx(2116 / 589) and national.hcl_t[2] == pytest.approx(2438 / 375)
    assert "2010" in national.range_basis[0] and "2013" in national.range_basis[2]
    # the range is no longer a sliver: it spans the published spread of yield and conversion
    assert national.hcl_t[2] / national.hcl_t[0] > 1.5


def test_a_custom_set_gives_its_own_factor_range_and_sources(qgis_app, tmp_path):
    project = QgsProject()
    custom = yields.ParameterSet(key="custom", label="Survey", leaf_low=2500, leaf_central=2800, leaf_high=3100,
                                 leaf_per_hcl=370, leaf_per_hcl_low=360, leaf_per_hcl_high=420,
                                 sources=["field survey 2024"])
    yields.save_custom_set(project, custom)
    path = str(tmp_path / "p.qgz")
    assert project.write(path)
    reopened = QgsProject()
    assert reopened.read(path)
    loaded = yields.custom_set(reopened)
    assert loaded.factor_range() == (360, 370, 420)
    estimate = yields.potential_yield(100, loaded)
    assert estimate.hcl_t == pytest.approx((100 * 2.5 / 420, 100 * 2.8 / 370, 100 * 3.1 / 360))
    texts = estimate.range_basis + estimate.source_lines + [estimate.caveat]
    assert all("field survey 2024" in text for text in estimate.range_basis)
    assert not any("375" in text or "UNODC" in text or "DEVIDA" in text for text in texts)
    assert "field survey 2024" in estimate.source_lines[0] and "370" in estimate.source_lines[1]
    assert "Survey" in estimate.caveat
    with pytest.raises(VraemError, match="lowest"):
        yields.ParameterSet("custom", "x", 1, 2, 3, leaf_per_hcl=370, leaf_per_hcl_low=380).validate()


def test_a_custom_set_saved_before_the_factor_range_keeps_its_single_factor(qgis_app):
    project = QgsProject()
    for name, value in (("leaf_low", 1.0), ("leaf_central", 2.0), ("leaf_high", 3.0), ("leaf_per_hcl", 400.0)):
        project.writeEntryDouble(yields.SCOPE, "custom_yield/" + name, value)
    assert yields.custom_set(project).factor_range() == (400, 400, 400)


def test_bundled_geopackage_has_the_same_sets(qgis_app, facts_gpkg):
    if not os.path.exists(paths.DATA_GPKG):
        pytest.skip("bundled GeoPackage not built (make data)")
    bundled = yields.parameter_sets(project=QgsProject())
    from_facts = yields.parameter_sets(project=QgsProject(), gpkg_path=str(facts_gpkg))
    for key in ("vraem", "national"):
        assert bundled[key].leaf_kg_per_ha() == from_facts[key].leaf_kg_per_ha()
        assert bundled[key].factor_range() == from_facts[key].factor_range()


def test_published_tables_are_reproduced(qgis_app, facts_gpkg):
    sets = yields.parameter_sets(project=QgsProject(), gpkg_path=str(facts_gpkg))
    # VRAEM 2016: 20,304 ha x 3,627 kg/ha -> 73,643 t leaf (UNODC/DEVIDA Monitoreo 2016)
    vraem = yields.potential_yield(20_304, sets["vraem"])
    assert vraem.leaf_kg_per_ha[2] == 3627
    assert vraem.leaf_t[2] == pytest.approx(73_643, rel=1e-3)
    # Peru 2015: 40,300 ha x 2,391 kg/ha -> 96,304 t leaf (UNODC Peru Monitoreo 2015)
    national = yields.potential_yield(40_300, sets["national"])
    assert national.leaf_kg_per_ha[1] == 2391
    assert national.leaf_t[1] == pytest.approx(96_304, rel=1e-3)
    for estimate in (vraem, national):
        assert estimate.leaf_t[0] <= estimate.leaf_t[1] <= estimate.leaf_t[2]
        assert estimate.hcl_t[1] == pytest.approx(estimate.leaf_t[1] / 375)
        assert estimate.hcl_t[0] == pytest.approx(estimate.leaf_t[0] / 589)
        assert estimate.sources and estimate.leaf_per_hcl == 375


def test_custom_set_is_saved_with_the_project(qgis_app, facts_gpkg, tmp_path):
    project = QgsProject()
    assert yields.custom_set(project) is None
    custom = yields.ParameterSet(key="custom", label="Mi juego", leaf_low=2500, leaf_central=2800,
                                 leaf_high=3100, leaf_per_hcl=370, sources=["field survey 2024"])
    yields.save_custom_set(project, custom)
    path = str(tmp_path / "p.qgz")
    assert project.write(path)
    reopened = QgsProject()
    assert reopened.read(path)
    loaded = yields.custom_set(reopened)
    assert loaded.leaf_kg_per_ha() == (2500, 2800, 3100) and loaded.leaf_per_hcl == 370
    assert loaded.label == "Mi juego" and loaded.sources == ["field survey 2024"]
    sets = yields.parameter_sets(project=reopened, gpkg_path=str(facts_gpkg))
    assert set(sets) == {"vraem", "national", "custom"}
    assert yields.potential_yield(10, sets["custom"]).hcl_t[1] == pytest.approx(10 * 2800 / 1000 / 370)


def test_bad_parameters_are_refused(qgis_app, tmp_path):
    with pytest.raises(VraemError):
        yields.save_custom_set(QgsProject(), yields.ParameterSet("custom", "x", 3000, 2000, 4000))
    for bad in (-1, float("nan"), float("inf")):
        with pytest.raises(VraemError):
            yields.potential_yield(bad, yields.ParameterSet("x", "x", 1, 2, 3))
    with pytest.raises(VraemError, match="positive"):
        yields.ParameterSet("x", "x", 1, float("nan"), 3).validate()
    with pytest.raises(VraemError, match="missing"):
        yields.parameter_sets(gpkg_path=str(tmp_path / "absent.gpkg"))
    with pytest.raises(VraemError, match="Unknown parameter set"):
        yields.get_set("nope", sets={"vraem": None})
