"""The plugin started with QGIS in Spanish speaks Spanish: real actions and dock widgets, the
Processing algorithms of the 'vraem' provider, and the texts of a print layout.

"English left over" means: a text equal to an English source string whose Spanish translation
differs. Texts built with .format() are checked by their fixed words (see _english_words_in).
"""

import re
from pathlib import Path

import pytest
from i18n_helpers import compile_translation, i18n_tool
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemLabel,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget

REPO = Path(__file__).resolve().parents[1]



@pytest.fixture(scope="module")
def spanish_entries():
    entries = i18n_tool.read_ts(i18n_tool.ts_path("es"))
    return {e.source: e.translation for e in entries.values()
            if e.context == i18n_tool.CONTEXT and e.kind == "" and e.translation}


@pytest.fixture(scope="module")
def english_only(spanish_entries):
    """English sources whose Spanish differs (a unit like 'ha' or 'km' is the same in both)."""
    return {source for source, translation in spanish_entries.items() if translation != source}


def _set_qgis_locale(locale):
    """Set QGIS's language the way a user does it (override the system locale); return the undo."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)

    def restore():
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
    return restore


@pytest.fixture()
def spanish_qgis(qgis_app):
    """QGIS in Spanish, with the .qm compiled like at package time; settings restored afterwards."""
    compile_translation("es")
    restore = _set_qgis_locale("es")
    yield
    restore()


@pytest.fixture()
def english_qgis(qgis_app):
    restore = _set_qgis_locale("en_US")
    yield
    restore()


def _start_plugin(iface):
    import vraem_analyst

    if not hasattr(iface, "removePluginMenu"):
        iface.removePluginMenu = lambda menu, action: None
    if not hasattr(iface, "removeDockWidget"):
        iface.removeDockWidget = iface.mainWindow().removeDockWidget
    if not hasattr(iface, "registerOptionsWidgetFactory"):  # pytest-qgis' iface has no options dialog
        iface.registerOptionsWidgetFactory = iface.unregisterOptionsWidgetFactory = lambda factory: None
    plugin = vraem_analyst.classFactory(iface)
    plugin.initGui()
    return plugin


def _show_dock(plugin, screenshot):
    dock = plugin.dock
    dock.setFloating(True)
    dock.show()
    dock.resize(600, 1000)
    QgsApplication.processEvents()
    assert dock.grab().save(str(screenshot))
    assert screenshot.stat().st_size > 1000
    # Qt reads a lone "&" in a button or group title as a keyboard accelerator: "Areas & yield"
    # shows as "Areas _yield". Such texts need "&&" (or "and").
    titles = [w.title() for w in dock.findChildren(QGroupBox)] + [w.text() for w in dock.findChildren(QAbstractButton)]
    mangled = [text for text in titles if re.search(r"(?<!&)&(?=\s)", text)]
    assert mangled == [], f"a lone '&' is shown as an underline: {mangled}"
    return dock


@pytest.fixture()
def spanish_translator(spanish_qgis):
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    translator = install_translator()
    assert translator is not None, "the Spanish .qm was not loaded"
    yield translator
    remove_translator(translator)


def _english_words_in(text, english_only):
    """English source strings (without their {placeholders}) found verbatim inside a text."""
    found = []
    for source in english_only:
        fixed_parts = [part.strip() for part in re.split(r"\{[^{}]*\}", source)]
        # Single words ("zone") also occur in names QGIS gives ("UTM zone 18S"): only phrases count.
        fixed_parts = [part for part in fixed_parts if len(part) >= 12 or (" " in part and len(part) >= 8)]
        if fixed_parts and all(re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text) for part in fixed_parts):
            found.append(source)
    return found


def _widget_texts(root):
    """Every text a person reads in a widget tree: labels, buttons, titles, tooltips, items."""
    texts = []
    for widget in [root] + root.findChildren(QWidget):
        texts.append(widget.toolTip())
        texts.append(widget.windowTitle() if widget is root else "")
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [text for text in texts if text and text.strip()]


def test_locale_follows_qgis_and_tr_translates(spanish_qgis):
    from vraem_analyst.plugin.i18n import current_locale, install_translator, remove_translator, tr

    assert QgsApplication.locale().startswith("es")
    assert current_locale() == "es"
    translator = install_translator()
    try:
        assert translator is not None
        assert tr("Add VRAEM layers") == "Agregar capas del VRAEM"
        assert tr("Potential cocaine HCl") == "Cocaína HCl potencial"
        # Placeholders survive translation and are filled afterwards.
        assert tr("Sources: {sources}").format(sources="INEI") == "Fuentes: INEI"
    finally:
        remove_translator(translator)
    assert tr("Add VRAEM layers") == "Add VRAEM layers"  # translator removed: English again


def test_plugin_actions_and_dock_are_spanish(spanish_qgis, qgis_iface, english_only, spanish_entries,
                                              artifacts_dir):
    plugin = _start_plugin(qgis_iface)
    try:
        assert plugin.translator is not None, "initGui did not install the Spanish translator"
        action_texts = {a.objectName(): a.text() for a in plugin.actions}
        assert action_texts["VraemAnalystToggleDock"] == "Panel de VRAEM Analyst"
        assert action_texts["VraemAnalystAddLayers"] == "Agregar capas del VRAEM"
        assert plugin.menu_title == "&VRAEM Analyst"

        dock = _show_dock(plugin, artifacts_dir / "dock_panel_es.png")
        texts = _widget_texts(dock) + [a.text() for a in plugin.actions] + [a.toolTip() for a in plugin.actions]
        leftovers = {text: _english_words_in(text, english_only) for text in texts}
        leftovers = {text: found for text, found in leftovers.items() if found or text in english_only}
        assert leftovers == {}, f"English left in the Spanish plugin: {leftovers}"
        spanish_values = set(spanish_entries.values())
        translated = [text for text in texts if text in spanish_values and text not in spanish_entries]
        assert len(translated) >= 10, f"too few Spanish texts found in the dock: {texts}"
    finally:
        plugin.unload()
        QgsApplication.processEvents()
    # unload() removed the translator: English again for the rest of the session.
    from vraem_analyst.plugin.i18n import tr

    assert tr("Add VRAEM layers") == "Add VRAEM layers"


def test_plugin_in_english_shows_no_spanish(english_qgis, qgis_iface, spanish_entries, artifacts_dir):
    plugin = _start_plugin(qgis_iface)
    try:
        assert plugin.translator is None  # no English .qm: the sources are the English texts
        dock = _show_dock(plugin, artifacts_dir / "dock_panel_en.png")
        texts = set(_widget_texts(dock))
        spanish_only = {t for s, t in spanish_entries.items() if t != s}
        assert not texts & spanish_only, f"Spanish in the English plugin: {texts & spanish_only}"
        assert len(texts & set(spanish_entries)) >= 10, texts
    finally:
        plugin.unload()
        QgsApplication.processEvents()


def test_processing_algorithms_are_spanish(spanish_translator, english_only, spanish_entries):
    from vraem_analyst.plugin.processing.provider import VraemProvider

    # A provider built after the translator is installed, as initProcessing() does; one registered
    # by an earlier test (built in English) is replaced, or QGIS would refuse the duplicate.
    registry = QgsApplication.processingRegistry()
    earlier = registry.providerById("vraem")
    if earlier is not None:
        registry.removeProvider(earlier)
    provider = VraemProvider()
    assert registry.addProvider(provider)
    try:
        algorithms = provider.algorithms()
        assert algorithms, "the vraem provider has no algorithms"
        assert provider.name() == spanish_entries["VRAEM Analyst"]
        assert provider.longName() == spanish_entries[
            "VRAEM Analyst: zone, areas, potential yield, buffer overlaps, air picture and reports"]
        spanish_values = set(spanish_entries.values())
        problems = []
        for algorithm in algorithms:
            label = algorithm.id()
            for what, text in (("displayName", algorithm.displayName()), ("group", algorithm.group())):
                if text not in spanish_values or text in english_only:
                    problems.append(f"{label} {what}: {text!r}")
            help_text = algorithm.shortHelpString() or ""
            if not help_text.strip():
                problems.append(f"{label}: no help")
            problems += [f"{label} help: English {found!r}" for found in _english_words_in(help_text, english_only)]
            for parameter in algorithm.parameterDefinitions():
                text = parameter.description()
                if text in english_only or _english_words_in(text, english_only):
                    problems.append(f"{label} parameter {parameter.name()}: {text!r}")
            for output in algorithm.outputDefinitions():
                if output.description() in english_only:
                    problems.append(f"{label} output {output.name()}: {output.description()!r}")
        assert problems == []
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def _polygon_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "Parcelas de prueba", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttribute("name", "A")
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((-74.0 -12.5, -73.9 -12.5, -73.9 -12.4, -74.0 -12.4, -74.0 -12.5))"))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


def test_layout_texts_are_spanish(spanish_translator, english_only, spanish_entries, artifacts_dir):
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    project = QgsProject()
    layer = _polygon_layer()
    project.addMapLayer(layer)

    class Area:  # the fields figures_from_results reads from an AreaSummary
        total_ha = 12.5
        inside_zone_ha = 10.0

    figures = report_figures.figures_from_results(area=Area(), zone_area_ha=1000.0)
    layout = report_sheet.create_layout(project, report_sheet.SheetSpec(figures, [layer]))
    labels = {item.id(): item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)}
    assert labels["title"] == "VRAEM: áreas y rendimiento potencial de coca"
    assert labels["title"] == spanish_entries["VRAEM: areas and potential coca yield"]
    assert labels["caveats"].startswith("• " + spanish_entries[
        "The zone boundary is approximate (built from district capitals), not the legal limit."])
    assert labels["sources"].startswith("Fuentes: ")
    table = report_sheet.figures_table(layout)
    assert [column.heading() for column in table.headers()] == ["Cifra", "Valor", "Unidad"]
    cells = [[cell.content() for cell in row] for row in table.tableContents()]
    assert cells[0][0] == spanish_entries["VRAEM zone area (approximate)"]
    for item_id, text in labels.items():
        found = _english_words_in(text, english_only)
        assert not found, f"layout label {item_id} keeps English: {found} in {text!r}"
    # A picture of the Spanish sheet for people (README: out/test-artifacts/report_es.png).
    report_export.export_layout(layout, str(artifacts_dir / "report_es.png"), dpi=60)
    assert (artifacts_dir / "report_es.png").stat().st_size > 10_000


def test_help_action_opens_the_guide_in_the_users_language(qgis_app):
    from vraem_analyst.plugin.paths import help_path

    restore = _set_qgis_locale("es")
    try:
        spanish = Path(help_path()).resolve()
    finally:
        restore()
    restore = _set_qgis_locale("en_US")
    try:
        english = Path(help_path()).resolve()
    finally:
        restore()
    assert spanish == REPO / "docs" / "README.es.md" and spanish.exists()
    assert english == REPO / "README.md" and english.exists()
    assert "guía del usuario" in spanish.read_text(encoding="utf-8")
    # The English README links to the Spanish guide.
    assert "docs/README.es.md" in english.read_text(encoding="utf-8")


def _dock_minimum_width(iface):
    from qgis.PyQt.QtWidgets import QScrollArea

    from vraem_analyst.plugin.gui.dock import VraemDock

    dock = VraemDock(iface, iface.mainWindow())
    try:
        scroll = dock.findChild(QScrollArea)
        content = scroll.widget() if scroll is not None and scroll.widget() is not None else dock.widget()
        return content.minimumSizeHint().width()
    finally:
        dock.cleanup()
        dock.deleteLater()


def test_spanish_texts_fit_the_dock_about_as_well_as_english(qgis_iface, spanish_qgis):
    """Spanish runs ~20% longer than English; a translation that forces the panel much wider than
    the English one (so users get a horizontal scroll bar) must be shortened."""
    english_width = _dock_minimum_width(qgis_iface)
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    translator = install_translator()
    try:
        spanish_width = _dock_minimum_width(qgis_iface)
    finally:
        remove_translator(translator)
    assert spanish_width <= english_width * 1.25, (english_width, spanish_width)


def test_legend_classes_country_labels_and_download_names_in_spanish(spanish_qgis, qgis_new_project):
    """Issue 16 item 11: 'neighbour', the countries on the overview map and the download sources were English."""
    from qgis.core import QgsExpression, QgsProject

    from vraem_analyst.plugin.core import download, reference
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    translator = install_translator()
    try:
        QgsProject.instance().clear()
        layers = reference.add_reference_layers(QgsProject.instance())
        labels = {category.value(): category.label() for category in layers["districts"].renderer().categories()}
        assert labels[0] == "vecino"
        crossings = {category.value(): category.label() for category in layers["crossings"].renderer().categories()}
        assert crossings["Brazil"] == "Brasil"  # the stored value stays English
        countries = layers["countries"]
        settings = countries.labeling().settings()
        assert settings.isExpression
        expression = QgsExpression(settings.fieldName)
        context = countries.createExpressionContext()
        names = set()
        for feature in countries.getFeatures():
            context.setFeature(feature)
            names.add(expression.evaluate(context))
        assert not expression.hasEvalError(), expression.evalErrorString()
        assert {"Perú", "Brasil", "Bolivia"} <= names
        assert download.source_name(download.DEFAULT_SOURCES[0]).startswith("Límites distritales INEI 2023")
        mine = download.DistrictSource("inei2023", "My mirror", "https://example.org/d.geojson", "", "", "")
        assert download.source_name(mine) == "My mirror"  # a user's own source keeps its name
    finally:
        remove_translator(translator)
        QgsProject.instance().clear()


@pytest.fixture(params=["es", "pt"])
def translated_plugin(request, qgis_app):
    """QGIS in Spanish or Portuguese with the plugin's translator installed; yields the entries of that .ts."""
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    compile_translation(request.param)
    restore = _set_qgis_locale(request.param)
    translator = install_translator()
    assert translator is not None, f"the {request.param} .qm was not loaded"
    entries = i18n_tool.read_ts(i18n_tool.ts_path(request.param))
    yield {e.source: e.translation for e in entries.values()
           if e.context == i18n_tool.CONTEXT and e.kind == "" and e.translation}
    remove_translator(translator)
    restore()


def test_data_labels_reference_names_plan_and_sources_in_the_users_language(translated_plugin, qgis_iface,
                                                                             qgis_new_project, vraem_provider,
                                                                             tmp_path):
    """Issue 16 item 11 (dock side): the claim check's reference names and bases, the parameter sets' source
    roles, the aircraft profiles, the new plan layer and the download sources were English in the Spanish and
    Portuguese dock."""
    from vraem_analyst.plugin.core import claims, download, yields
    from vraem_analyst.plugin.core.air import profiles
    from vraem_analyst.plugin.gui.dock import VraemDock
    from vraem_analyst.plugin.gui.widgets import set_combo_data

    entries = translated_plugin
    english = {source for source, translation in entries.items() if translation != source}
    # every English label of the bundled data has a translation path, and it is translated
    ratio_rows = yields.read_table("reference_ratios")
    for row in ratio_rows:
        assert row["estimator"] in claims.estimator_names() and row["basis"] in claims.ratio_bases(), row
    for row in yields.read_table("yield_parameters"):
        assert row["role"] in yields.role_labels(), row["role"]
    for row in yields.read_table("aircraft_profiles"):
        assert row["aircraft"] in profiles.aircraft_names(), row["aircraft"]
    translated = [*claims.estimator_names().values(), *claims.ratio_bases().values(), *yields.role_labels().values(),
                  *profiles.aircraft_names().values()]
    assert not set(translated) & english, set(translated) & english

    QgsProject.instance().clear()
    dock = VraemDock(qgis_iface, qgis_iface.mainWindow())
    try:
        dock.layers.add_reference_layers()
        layer = _polygon_layer()
        QgsProject.instance().addMapLayer(layer)
        dock.areas.layer_combo.setLayer(layer)
        set_combo_data(dock.areas.parameter_set_combo, "national")
        dock.areas.run()
        assert wait_until(lambda: "areas" not in dock.runner.current and dock.areas.model.rowCount() > 0)
        areas_details = dock.areas.results.details_text()
        assert entries["central leaf yield"] in areas_details
        assert "central leaf yield" not in areas_details and "observed national yield" not in areas_details

        dock.claim.area_spin.setValue(1000)
        dock.claim.tonnes_spin.setValue(5)
        assert dock.claim.run() is not None
        header, body = dock.claim.model.as_table()
        shown = {row[0] for row in body[:-1]}
        assert shown == {entries[row["estimator"]] for row in ratio_rows}
        claim_details = dock.claim.results.details_text()
        assert entries["national potential production / national cultivated area"] in claim_details
        assert "national cultivated area" not in claim_details and "UNODC potential HCl" not in claim_details

        combo = dock.areas.parameter_set_combo
        for index in range(combo.count()):
            for text in (combo.itemText(index), combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or ""):
                assert text not in english and not _english_words_in(text, english), text

        aircraft = dock.air.profile_combo
        assert [aircraft.itemText(i) for i in range(aircraft.count())] == list(profiles.aircraft_names().values())
        plan = dock.layers.new_plan(str(tmp_path / "plan.gpkg"))
        assert plan.name() == entries["Eradication plan"] != "Eradication plan"
        names = [download.source_name(source) for source in download.DEFAULT_SOURCES]
        assert names == [entries[source.name] for source in download.DEFAULT_SOURCES]
    finally:
        dock.cleanup()
        dock.deleteLater()
        QgsProject.instance().clear()


def wait_until(predicate, timeout=60.0):
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not predicate():
        QgsApplication.processEvents()
        time.sleep(0.01)
    return predicate()


def test_air_countries_and_source_years_in_the_users_language(translated_plugin, qgis_new_project, tmp_path):
    """Review: the Spanish air picture said a track flew "hacia Brazil" (the world map's English name) and the
    yield details cited the conversion factor as "2003 (last applied 2008)"."""
    from air_tracks import scenario, write_fixes
    from qgis.core import QgsVectorLayer

    from vraem_analyst.plugin.core import yields
    from vraem_analyst.plugin.core.air import picture, regions

    entries = translated_plugin
    names = {region.name for region in regions.neighbour_regions()}
    assert {entries["Brazil"], entries["Colombia"]} <= names and "Brazil" not in names
    fixes = QgsVectorLayer(f"{write_fixes(tmp_path / 'fixes.gpkg', scenario(), 'iso')}|layername=fixes", "fixes", "ogr")
    air = picture.analyse_fixes(fixes, "time", "track")
    crossed = {result.track_id: result.crossed_into for result in air.results}
    assert crossed["T3"] == entries["Brazil"] != "Brazil", crossed
    lines = " ".join(yields.range_lines(yields.get_set("vraem")) + yields.get_set("vraem").sources)
    assert "last applied" not in lines
    assert entries["{year} (last applied {last})"].format(year=2003, last=2008) in lines
