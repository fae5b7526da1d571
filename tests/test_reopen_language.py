"""A project saved in one language and read in another shows the bundled layers in the reader's language
(titles, metadata, legend classes, SAMPLE value maps, the report's legend), while whatever the user changed
(a renamed layer, an edited legend label, a user's own plan) stays as the user left it; reading the
project does not mark it modified. Real project files read through QgsProject.instance(), whose readProject
the plugin class wires (as QGIS and qgis_process do)."""

import pytest
from i18n_helpers import compile_translation
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

USER_TOWNS = "Mis pueblos del VRAEM"
USER_HELIPORT = "Helipuertos (revisado por el equipo)"
USER_PLAN = "Plan del equipo"
USER_ABSTRACT = "Zona aproximada; revisada por el equipo con los distritos de 2024."


class Language:
    """The plugin's language, switched as the suite does it (its translator installed, then removed)."""

    def __init__(self):
        self.translator = None

    def use(self, language):
        from vraem_analyst.plugin.i18n import install_translator, remove_translator

        remove_translator(self.translator)
        self.translator = None
        if language != "en":
            compile_translation(language)
            self.translator = install_translator(language)
            assert self.translator is not None


@pytest.fixture
def language(qgis_app):
    switch = Language()
    yield switch
    switch.use("en")


@pytest.fixture
def plugin(qgis_app, qgis_processing):
    """The plugin class wired as qgis_process wires it (initProcessing), unloaded after the test."""
    from vraem_analyst.plugin.main import VraemAnalystPlugin

    instance = VraemAnalystPlugin(None)
    instance.initProcessing()
    yield instance
    instance.unload()
    QgsProject.instance().clear()


def labels(layer):
    return {category.value(): category.label() for category in layer.renderer().categories()}


def represented(layer, field_name):
    expression = QgsExpression(f'represent_value("{field_name}")')
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    shown = set()
    for feature in layer.getFeatures():
        context.setFeature(feature)
        shown.add(expression.evaluate(context))
    return shown


def by_role(project):
    from vraem_analyst.plugin.core import reference

    return {layer.customProperty(reference.ROLE_PROPERTY): layer for layer in project.mapLayers().values()
            if layer.name() != USER_PLAN}


def save_in_spanish(path, language):
    """The Spanish analyst's project: the reference layers, towns renamed, a legend label edited, a plan
    of the team's own (role plan, its status map in Spanish)."""
    from vraem_analyst.plugin.core import plans, reference

    language.use("es")
    project = QgsProject.instance()
    project.clear()
    layers = reference.add_reference_layers(project)
    layers["towns"].setName(USER_TOWNS)
    aerodromes = layers["aerodromes"]
    index = next(i for i, c in enumerate(aerodromes.renderer().categories()) if c.value() == "heliport")
    aerodromes.renderer().updateCategoryLabel(index, USER_HELIPORT)
    metadata = layers["zone"].metadata()
    metadata.setAbstract(USER_ABSTRACT)
    layers["zone"].setMetadata(metadata)
    own = QgsVectorLayer("Polygon?crs=EPSG:4326&field=sector_name:string&field=status:string", USER_PLAN, "memory")
    own.setCustomProperty(reference.ROLE_PROPERTY, "plan")
    plans.configure_form(own)
    project.addMapLayer(own)
    spanish = {role: layer.name() for role, layer in layers.items()}
    assert project.write(str(path))
    return spanish


def read(path):
    project = QgsProject.instance()
    project.clear()
    assert project.read(str(path))
    return project


def test_a_spanish_project_reads_in_portuguese_then_english_keeping_the_users_changes(plugin, language, tmp_path):
    from vraem_analyst.plugin.core import plans, reference

    path = tmp_path / "proyecto.qgz"
    spanish = save_in_spanish(path, language)
    assert spanish["plan"] == "Plan de erradicación (MUESTRA)"

    language.use("pt")
    project = read(path)
    assert not project.isDirty()
    layers = by_role(project)
    assert layers["plan"].name() == "Plano de erradicação (AMOSTRA)"
    for role, layer in layers.items():
        if role != "towns":
            assert layer.name() == reference.layer_title(role), role
            assert project.layerTreeRoot().findLayer(layer.id()).name() == layer.name(), role
            assert layer.metadata().title() == reference.layer_title(role), role
        if role != "zone":
            assert layer.metadata().abstract() == reference.layer_metadata(role).abstract(), role
    assert layers["towns"].name() == USER_TOWNS
    assert layers["zone"].metadata().abstract() == USER_ABSTRACT  # edited by the user: kept
    country_labels = layers["countries"].labeling().settings().fieldName
    assert "'Peru'" in country_labels and "'Perú'" not in country_labels and "'Paraguai'" in country_labels
    assert labels(layers["plan"]) == plans.status_labels()
    assert "planejado" in labels(layers["plan"]).values()
    assert labels(layers["aerodromes"])["heliport"] == USER_HELIPORT
    assert labels(layers["aerodromes"])["small_airport"] == reference.aerodrome_type_labels()["small_airport"]
    assert labels(layers["districts"]) == {1: "VRAEM", 0: reference.class_labels("districts")[0]} != {}
    sector_names = represented(layers["plan"], "sector_name")
    assert sector_names and all(name.startswith("AMOSTRA:") for name in sector_names)
    assert represented(layers["plan"], "agency") == {"AMOSTRA (sintética)"}
    assert "planejado" in represented(layers["plan"], "status")
    own = project.mapLayersByName(USER_PLAN)[0]
    own_map = own.editorWidgetSetup(own.fields().indexOf("status")).config()["map"]
    assert {"planificado": "planned"} in own_map  # the team's plan stays as they made it

    language.use("en")
    project = read(path)
    assert not project.isDirty()
    layers = by_role(project)
    assert layers["plan"].name() == "Eradication plan (SAMPLE)"
    assert layers["zone"].name() == "VRAEM zone (approximate)"
    assert layers["towns"].name() == USER_TOWNS
    assert labels(layers["plan"])["planned"] == "planned"
    assert labels(layers["aerodromes"])["heliport"] == USER_HELIPORT
    assert represented(layers["plan"], "agency") == {"SAMPLE (synthetic)"}


def test_the_report_of_a_reopened_project_has_its_legend_in_the_readers_language(plugin, language, tmp_path):
    from vraem_analyst.plugin.core import yields
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    path = tmp_path / "proyecto.qgz"
    save_in_spanish(path, language)
    language.use("pt")
    project = read(path)
    layers = by_role(project)
    plan, zone = layers["plan"], layers["zone"]
    figures = report_figures.compute_figures(plan, zone, "vraem", project=project)
    pset = yields.get_set("vraem", project=project)
    pages = report_figures.page_figures(plan, zone, pset, project=project, analysis=figures)
    spec = report_sheet.SheetSpec(figures, [layers["towns"], layers["aerodromes"], plan, zone], overview_layers=[zone],
                                  focus_layers=[plan], author="Equipe", analysed=plan.name(),
                                  parameter_set=pset.label, atlas_layer=plan, atlas_name_field="sector_name",
                                  atlas_figures=pages)
    layout = report_sheet.create_layout(project, spec)
    atlas = layout.atlas()
    assert atlas.beginRender()
    atlas.seekTo(0)
    page_name = report_sheet.find_item(layout, report_sheet.PAGE_NAME_ID)
    page_name.refreshExpressionContext()
    assert page_name.currentText().startswith("AMOSTRA:"), page_name.currentText()  # the SAMPLE value map
    atlas.endRender()
    legend = report_sheet.find_item(layout, "legend")
    entries = []
    for node in legend.model().rootGroup().findLayers():
        entries.append(node.customProperty("legend/title-label") or node.name())
        entries += [item.data(Qt.ItemDataRole.DisplayRole) for item in legend.model().layerLegendNodes(node)]
    text = "\n".join(entry for entry in entries if entry)
    assert "Plano de erradicação" in text and "planejado" in text, text
    assert USER_TOWNS in text and "Localidades" not in text, text  # the user's name for the towns
    for spanish in ("Plan de erradicación", "planificado", "aeropuerto pequeño"):
        assert spanish not in text, text


@pytest.mark.slow
def test_qgis_process_reads_a_spanish_project_in_portuguese(plugin_zip, language, tmp_path, qgis_app):
    """Headless: the installed ZIP under qgis_process, QGIS in Portuguese, --PROJECT_PATH of the Spanish
    project; native:exportlayersinformation reports the names and abstracts the project's layers have."""
    import pyogrio
    from desktop import PACKAGE, qgis_process, qgis_unzip
    from qgis.PyQt.QtCore import QSettings

    from vraem_analyst.plugin.core import reference

    path = tmp_path / "proyecto.qgz"
    save_in_spanish(path, language)
    ids = {role: layer.id() for role, layer in by_role(QgsProject.instance()).items()}
    language.use("pt")
    # exportlayersinformation's "abstract" column holds the metadata's rights in QGIS 3.40: accept either
    portuguese = {role: (reference.layer_title(role), {reference.layer_metadata(role).abstract(),
                                                       *reference.layer_metadata(role).rights()}) for role in ids}
    QgsProject.instance().clear()

    config, plugins = tmp_path / "config", tmp_path / "plugins"
    qgis_unzip(plugin_zip, plugins)
    assert qgis_process(["plugins", "enable", PACKAGE], config, plugins).returncode == 0
    settings = QSettings(str(config / "profiles" / "default" / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "pt_BR")
    settings.sync()
    output = tmp_path / "layers.gpkg"
    run = qgis_process(["run", "native:exportlayersinformation", f"--PROJECT_PATH={path}", "--",
                        *[f"LAYERS={ids[role]}" for role in ("plan", "towns", "aerodromes")], f"OUTPUT={output}"],
                       config, plugins)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    rows = {row["name"]: row["abstract"] for _, row in pyogrio.read_dataframe(output).iterrows()}
    assert rows[portuguese["plan"][0]] in portuguese["plan"][1], rows
    assert rows[portuguese["aerodromes"][0]] in portuguese["aerodromes"][1], rows
    assert USER_TOWNS in rows, rows  # renamed by the user: kept
