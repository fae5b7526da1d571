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


def test_parameter_sets_from_geopackage(qgis_app, facts_gpkg, shared_facts):
    sets = yields.parameter_sets(project=QgsProject(), gpkg_path=str(facts_gpkg))
    assert set(sets) == {"vraem", "national"}
    csv_values = {(r["parameter_set"], r["role"].split()[0]): float(r["value"])
                  for r in csv_rows(shared_facts / "yield_parameters.csv")}
    for key in ("vraem", "national"):
        pset = sets[key]
        assert pset.leaf_kg_per_ha() == (csv_values[(key, "low")], csv_values[(key, "central")],
                                         csv_values[(key, "high")])
        assert pset.leaf_per_hcl == csv_values[("conversion", "leaf")] == 375
        assert len(pset.sources) == 4 and all(pset.sources)


def test_bundled_geopackage_has_the_same_sets(qgis_app, facts_gpkg):
    if not os.path.exists(paths.DATA_GPKG):
        pytest.skip("bundled GeoPackage not built (make data)")
    bundled = yields.parameter_sets(project=QgsProject())
    from_facts = yields.parameter_sets(project=QgsProject(), gpkg_path=str(facts_gpkg))
    for key in ("vraem", "national"):
        assert bundled[key].leaf_kg_per_ha() == from_facts[key].leaf_kg_per_ha()
        assert bundled[key].leaf_per_hcl == from_facts[key].leaf_per_hcl


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
        assert estimate.hcl_t == pytest.approx(tuple(t / 375 for t in estimate.leaf_t))
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
    with pytest.raises(VraemError):
        yields.potential_yield(-1, yields.ParameterSet("x", "x", 1, 2, 3))
    with pytest.raises(VraemError, match="missing"):
        yields.parameter_sets(gpkg_path=str(tmp_path / "absent.gpkg"))
    with pytest.raises(VraemError, match="Unknown parameter set"):
        yields.get_set("nope", sets={"vraem": None})
