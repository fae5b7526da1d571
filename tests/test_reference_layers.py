"""Reference layers in a real project: the "VRAEM" group, roles, styles, labels, metadata, re-use on a
second call, Processing algorithm, and a saved project that reopens from another plugin location."""

import shutil
from pathlib import Path

import pytest
from i18n_helpers import compile_translation

ROLES = {"zone", "districts", "towns", "crossings", "aerodromes", "plan", "countries"}


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
    for role in ("districts", "towns", "crossings", "aerodromes", "plan", "countries"):
        assert layers[role].labelsEnabled(), role
    aerodrome_classes = {c.value() for c in layers["aerodromes"].renderer().categories()}
    assert {f["type"] for f in layers["aerodromes"].getFeatures()} <= aerodrome_classes, "styled by type"
    assert "OurAirports" in " ".join(layers["aerodromes"].metadata().rights())
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
    from vraem_analyst.plugin.core import measuring, reference

    layer = reference.zone_layer()
    assert layer.isValid() and layer.featureCount() == 1
    feature = next(layer.getFeatures())
    assert measuring.ellipsoidal_area_m2(feature.geometry(), layer.crs()) == pytest.approx(feature["area_m2"], rel=1e-6)


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


def test_spanish_layer_names_and_legend_classes(project):
    from qgis.core import QgsCategorizedSymbolRenderer

    from vraem_analyst.plugin.core import reference

    compile_translation("es")
    layers = reference.add_reference_layers(project, language="es")
    assert layers["towns"].name() == "Centros poblados"
    renderer = layers["plan"].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    labels = {category.value(): category.label() for category in renderer.categories()}
    assert labels["planned"] == "planificado" and labels["eradicated"] != "eradicated"
    assert layers["aerodromes"].name() == "Aeródromos"
    kinds = {category.value(): category.label() for category in layers["aerodromes"].renderer().categories()}
    assert kinds["small_airport"] == "aeropuerto pequeño" and kinds["closed"] == "cerrado"
    assert layers["plan"].customProperty(reference.SAMPLE_PROPERTY) is True  # the style kept the flag


def test_add_reference_layers_algorithm(project, vraem_provider):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setProject(project)
    result = processing.run("vraem:addreferencelayers", {}, context=context, feedback=QgsProcessingFeedback())
    assert result["GROUP"] == "VRAEM"
    assert len(result["LAYERS"]) == len(ROLES)
    assert all(project.mapLayer(layer_id) is not None for layer_id in result["LAYERS"])


def test_label_expressions_are_valid(project):
    from qgis.core import QgsExpression

    from vraem_analyst.plugin.core import reference

    for role, layer in reference.add_reference_layers(project).items():
        if not layer.labelsEnabled():
            continue
        settings = layer.labeling().settings()
        expression = QgsExpression(settings.fieldName)
        assert not expression.hasParserError(), (role, expression.parserErrorString())


def test_rendered_map_shows_the_layers(project, artifacts_dir):
    """Render the group offscreen (left in out/test-artifacts for a person to look at)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from vraem_analyst.plugin.core import reference

    layers = reference.add_reference_layers(project)
    settings = QgsMapSettings()
    settings.setLayers([layers[role] for role in reference.ROLES])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setExtent(reference.zone_extent(layers, settings.destinationCrs(), 0.3))
    settings.setOutputSize(QSize(800, 720))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(artifacts_dir / "reference_layers.png"))
    samples = [QColor(image.pixel(x, y)) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)]
    reddish = sum(1 for c in samples if c.red() > c.green() + 20) / len(samples)
    assert reddish > 0.1, "(measured 0.17) the zone's translucent red fill covers a good part of the view"
    assert len({c.rgb() for c in samples}) > 20, "symbols and labels drawn, not a flat image"


def test_missing_bundled_data_is_a_clear_error(project, monkeypatch, tmp_path):
    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.errors import VraemError

    monkeypatch.setattr(reference, "DATA_GPKG", str(tmp_path / "absent.gpkg"))
    with pytest.raises(VraemError, match="reinstall"):
        reference.add_reference_layers(project)
    assert project.layerTreeRoot().findGroup("VRAEM") is None


def test_a_zone_built_from_boundaries_is_preferred_to_the_approximate_one(qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    from vraem_analyst.plugin.core import reference

    project = QgsProject()
    approximate = reference.zone_layer()
    built = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "built", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((-74 -12,-73 -12,-73 -13,-74 -12)))"))
    built.dataProvider().addFeatures([feature])
    built.setCustomProperty(reference.ROLE_PROPERTY, "zone")
    built.setCustomProperty(reference.APPROXIMATE_PROPERTY, False)
    project.addMapLayers([approximate, built])
    choice = reference.zone_choice(project)
    assert choice.layer is built and not choice.skipped
    assert "'built'" in choice.note and "district boundaries" in choice.note
    project.removeMapLayer(built.id())
    choice = reference.zone_choice(project)
    assert choice.layer is approximate and "approximate" in choice.note
    project.removeMapLayer(approximate.id())
    choice = reference.zone_choice(project)
    assert choice.layer is None and "No zone" in choice.note


def test_an_empty_or_invalid_built_zone_is_never_chosen(qgis_app, tmp_path):
    """Issue 11 item 2: a built zone reopened empty (a memory layer of an older version) or whose file
    is gone used to win over the approximate zone, and every 'Inside zone' figure was a silent 0."""
    from qgis.core import QgsProject, QgsVectorLayer

    from vraem_analyst.plugin.core import reference

    project = QgsProject()
    approximate = reference.zone_layer()
    empty = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "reopened built zone", "memory")
    missing = QgsVectorLayer(str(tmp_path / "gone.gpkg") + "|layername=zone", "moved zone", "ogr")
    for layer in (empty, missing):
        layer.setCustomProperty(reference.ROLE_PROPERTY, "zone")
        layer.setCustomProperty(reference.APPROXIMATE_PROPERTY, False)
    project.addMapLayers([approximate, empty, missing], False)
    choice = reference.zone_choice(project)
    assert choice.layer is approximate
    assert sorted(name for name, _ in choice.skipped) == ["moved zone", "reopened built zone"]
    assert "no features" in choice.note and "not valid" in choice.note and "approximate" in choice.note
    project.removeMapLayer(approximate.id())
    choice = reference.zone_choice(project)
    assert choice.layer is None and "No zone is used" in choice.note
