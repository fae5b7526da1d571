"""Reference layers in a real project: the "VRAEM" group, roles, styles, labels, metadata, re-use on a
second call, Processing algorithm, and a saved project that reopens from another plugin location."""

import os
import shutil
from pathlib import Path

import pytest

ROLES = {"zone", "districts", "towns", "crossings", "plan", "countries"}


@pytest.fixture
def project(qgis_app, qgis_new_project):
    from qgis.core import QgsProject

    yield QgsProject.instance()
    QgsProject.instance().clear()


def test_add_reference_layers(project):
    from qgis.core import QgsCategorizedSymbolRenderer

    from vraem_analyst.plugin.core import reference

    layers = reference.add_reference_layers(project)
    assert set(layers) == ROLES
    group = project.layerTreeRoot().findGroup("VRAEM")
    assert group is not None
    assert {node.layerId() for node in group.findLayers()} == {layer.id() for layer in layers.values()}
    for role, layer in layers.items():
        assert layer.isValid(), role
        assert layer.customProperty("vraem/role") == role
        assert reference.find_layer(project, role) is layer
        assert layer.metadata().abstract(), role
        assert layer.metadata().licenses(), role
    assert layers["zone"].customProperty("vraem/approximate") is True
    assert layers["plan"].customProperty("vraem/sample") is True
    assert "approximate" in layers["zone"].name().lower()
    assert "SAMPLE" in layers["plan"].name()
    assert "SAMPLE" in layers["plan"].metadata().abstract()
    assert "APPROXIMATE" in layers["zone"].metadata().abstract().upper()
    assert isinstance(layers["plan"].renderer(), QgsCategorizedSymbolRenderer)
    for role in ("districts", "towns", "crossings", "plan", "countries"):
        assert layers[role].labelsEnabled(), role
    countries = {f["ISO_A3"] for f in layers["countries"].getFeatures()}
    assert countries == {"PER", "BOL", "BRA", "COL", "ECU", "CHL"}


def test_second_call_reuses_the_group(project):
    from vraem_analyst.plugin.core import reference

    first = reference.add_reference_layers(project)
    second = reference.add_reference_layers(project)
    assert {k: v.id() for k, v in first.items()} == {k: v.id() for k, v in second.items()}
    groups = [child for child in project.layerTreeRoot().children() if child.name() == "VRAEM"]
    assert len(groups) == 1
    assert len(project.mapLayers()) == len(ROLES)


def test_zone_extent_covers_the_vraem(project):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    from vraem_analyst.plugin.core import reference

    layers = reference.add_reference_layers(project)
    extent = reference.zone_extent(layers, QgsCoordinateReferenceSystem("EPSG:4326"))
    assert extent.contains(QgsPointXY(-73.829, -12.520))  # Pichari
    assert extent.width() < 5


def test_zone_layer_headless(qgis_app):
    from vraem_analyst.plugin.core import reference, zone

    layer = reference.zone_layer()
    assert layer.isValid() and layer.featureCount() == 1
    feature = next(layer.getFeatures())
    assert zone.ellipsoidal_area_m2(feature.geometry(), layer.crs()) == pytest.approx(feature["area_m2"], rel=1e-6)


def test_saved_project_reopens_from_another_plugin_folder(project, tmp_path, monkeypatch):
    """The bundled GeoPackage is written as a token, resolved to wherever the plugin lives."""
    from qgis.core import QgsProject

    from vraem_analyst.plugin.core import reference

    reference.add_reference_layers(project)
    project_path = tmp_path / "saved" / "vraem.qgz"
    project_path.parent.mkdir()
    assert project.write(str(project_path))
    QgsProject.instance().clear()
    text = _project_xml(project_path)
    assert reference.BUNDLED_PREFIX + "vraem.gpkg" in text
    assert str(Path(reference.DATA_GPKG).parent) not in text
    assert "inbuilt:/data/world_map.gpkg" in text

    # "Another machine": the plugin's data now lives elsewhere, the old folder is not used.
    moved = tmp_path / "elsewhere" / "vraem.gpkg"
    moved.parent.mkdir()
    shutil.copy(reference.DATA_GPKG, moved)
    monkeypatch.setattr(reference, "DATA_GPKG", str(moved))
    assert QgsProject.instance().read(str(project_path))
    for role in ROLES:
        layer = reference.find_layer(QgsProject.instance(), role)
        assert layer is not None and layer.isValid(), role
        if role != "countries":
            assert layer.source().startswith(str(moved)), layer.source()
    assert reference.find_layer(QgsProject.instance(), "zone").customProperty("vraem/approximate") in (True, "true")


def _project_xml(path):
    import zipfile

    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        return archive.read(name).decode("utf-8")


def test_spanish_layer_names_when_translation_exists(project):
    from vraem_analyst.plugin import i18n
    from vraem_analyst.plugin.core import reference

    if not os.path.exists(os.path.join(i18n.I18N_DIR, "vraem_analyst_es.qm")):
        pytest.skip("Spanish translations are not compiled (make translations)")
    layers = reference.add_reference_layers(project, language="es")
    if layers["towns"].name() == "Towns":
        pytest.skip("layer names not yet in the Spanish catalogue (tools/i18n.py update)")
    assert layers["towns"].name() != "Towns"


def test_add_reference_layers_algorithm(project, vraem_provider):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setProject(project)
    result = processing.run("vraem:addreferencelayers", {}, context=context, feedback=QgsProcessingFeedback())
    assert result["GROUP"] == "VRAEM"
    assert len(result["LAYERS"]) == len(ROLES)
    assert all(project.mapLayer(layer_id) is not None for layer_id in result["LAYERS"])
