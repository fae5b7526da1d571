"""The SAMPLE plan's texts in the user's language (sector names, notes, agency, confidence): shown through
the fields' value maps in the attribute table, the dock's tables and the atlas page titles, while the
stored values stay the English ones of the bundled GeoPackage. A user's plan keeps its own names."""

import sqlite3
import subprocess  # nosec B404 (tests are not packaged): pdftotext

import pytest
from dock_helpers import close_dock, find, open_dock, wait_for
from i18n_helpers import compile_translation
from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

TEXT_FIELDS = ("sector_name", "notes", "agency", "confidence")
EXPECTED = {
    "es": {"sector 1": "MUESTRA: sector 1 cerca de Pichari",
           "agency": "MUESTRA (sintética)",
           "confidence": "ninguna (datos sintéticos)",
           "notes": "MUESTRA: sector sintético solo para demostración; no es un plan de erradicación real"},
    "pt": {"sector 1": "AMOSTRA: setor 1 perto de Pichari",
           "agency": "AMOSTRA (sintética)",
           "confidence": "nenhuma (dados sintéticos)",
           "notes": "AMOSTRA: setor sintético apenas para demonstração; não é um plano de erradicação real"},
}
MARKER = {"es": "MUESTRA", "pt": "AMOSTRA"}


@pytest.fixture
def language(request, qgis_app):
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    compile_translation(request.param)
    translator = install_translator(request.param)
    assert translator is not None
    yield request.param
    remove_translator(translator)


def stored_rows():
    """{fid: {field: text}} read straight from the bundled GeoPackage (sqlite, not QGIS)."""
    from vraem_analyst.plugin.paths import DATA_GPKG

    connection = sqlite3.connect(f"file:{DATA_GPKG}?mode=ro", uri=True)
    try:
        columns = ", ".join(TEXT_FIELDS)
        return {row[0]: dict(zip(TEXT_FIELDS, row[1:]))
                for row in connection.execute(f"SELECT fid, {columns} FROM eradication_plan_sample")}  # nosec B608
    finally:
        connection.close()


def represented(layer, field_name):
    """{fid: represent_value(field)} as the attribute table and the expression engine give it."""
    expression = QgsExpression(f'represent_value("{field_name}")')
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    values = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        values[feature.id()] = expression.evaluate(context)
        assert not expression.hasEvalError(), expression.evalErrorString()
    return values


@pytest.mark.parametrize("language", ["es", "pt"], indirect=True)
def test_the_loaded_sample_plan_shows_its_texts_translated_and_stores_them_unchanged(language):
    from vraem_analyst.plugin.core import reference

    project = QgsProject()
    try:
        plan = reference.add_reference_layers(project)["plan"]
        stored = stored_rows()
        assert {f.id(): {name: f[name] for name in TEXT_FIELDS} for f in plan.getFeatures()} == stored
        shown = {name: represented(plan, name) for name in TEXT_FIELDS}
        first = next(fid for fid, row in stored.items() if row["sector_name"] == "SAMPLE sector 1 near Pichari")
        assert shown["sector_name"][first] == EXPECTED[language]["sector 1"]
        title = QgsExpression(plan.displayExpression())  # Identify's feature title
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(plan))
        context.setFeature(plan.getFeature(first))
        assert title.evaluate(context) == EXPECTED[language]["sector 1"]
        status = {"es": "planificado", "pt": "planejado"}[language]
        assert status in represented(plan, "status").values()  # as a user's plan's form shows it
        for name in ("agency", "confidence", "notes"):
            assert set(shown[name].values()) == {EXPECTED[language][name]}, name
        for fid, row in stored.items():
            town = row["sector_name"].split(" near ", 1)[1]
            assert shown["sector_name"][fid].endswith(" " + town)  # town names as they are
            assert shown["sector_name"][fid].startswith(MARKER[language] + ":")
            assert "SAMPLE" not in shown["sector_name"][fid] and "(" not in shown["sector_name"][fid]
    finally:
        project.clear()


def test_in_english_the_sample_plan_reads_as_stored(qgis_app):
    from vraem_analyst.plugin.core import reference

    project = QgsProject()
    try:
        plan = reference.add_reference_layers(project, language="en")["plan"]
        stored = stored_rows()
        for name in TEXT_FIELDS:
            assert represented(plan, name) == {fid: row[name] for fid, row in stored.items()}
    finally:
        project.clear()


def _area_labels(dock):
    _header, body = dock.areas.model.as_table()
    totals = [dock.areas.model.rows[i].is_total for i in range(len(dock.areas.model.rows))]
    return [row[0] for row, total in zip(body, totals) if not total]


def _measure_in_dock(dock, layer):
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    find(dock, "VraemAreaLabelFieldCombo").setField("sector_name")
    assert wait_for(lambda: not dock.areas.debounce.isActive() and "areas" not in dock.runner.current
                    and dock.areas.model.rows)
    return _area_labels(dock)


def user_plan(names_and_years, tmp_path):
    """A user's plan made with vraem:newplan's function, with sectors named as given."""
    from vraem_analyst.plugin.core import plans

    layer = plans.new_plan(str(tmp_path / "mine.gpkg"))
    layer.startEditing()
    for index, (name, year) in enumerate(names_and_years):
        feature = QgsFeature(layer.fields())
        feature["sector_id"] = f"S-{index}"
        feature["sector_name"] = name
        feature["plan_year"] = year
        feature["target_ha"] = 1.5
        x = -73.9 + 0.05 * index
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} -12.5, {x + 0.02} -12.5, {x + 0.02} -12.48, "
                                                f"{x} -12.48, {x} -12.5))"))
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return layer


def test_the_docks_label_column_reads_the_sample_names_in_spanish_and_a_users_names_as_given(
        qgis_app, qgis_iface, qgis_new_project, vraem_provider, tmp_path):
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    compile_translation("es")
    translator = install_translator("es")
    dock = open_dock(qgis_iface)  # built while Spanish is installed, as in a Spanish QGIS
    try:
        plan = dock.layers.add_reference_layers()["plan"]
        plan.setSubsetString('"fid" <= 3')
        labels = _measure_in_dock(dock, plan)
        expected = {str(f["sector_name"]).replace("SAMPLE sector", "MUESTRA: sector").replace(" near ", " cerca de ")
                    for f in plan.getFeatures()}
        assert len(labels) == 3 and set(labels) == expected, labels
        # a user's plan: names (even one that looks like a SAMPLE name) and numbers read as stored
        mine = user_plan([("SAMPLE sector 1 near Pichari", 2026), ("Sector 1,234 (Anco)", 2025)], tmp_path)
        QgsProject.instance().addMapLayer(mine)
        assert sorted(_measure_in_dock(dock, mine)) == ["SAMPLE sector 1 near Pichari", "Sector 1,234 (Anco)"]
        find(dock, "VraemAreaLabelFieldCombo").setField("plan_year")  # a Range widget: no "2.026"
        assert wait_for(lambda: not dock.areas.debounce.isActive() and "areas" not in dock.runner.current)
        assert sorted(_area_labels(dock)) == ["2025", "2026"]
        find(dock, "VraemAreaLabelFieldCombo").setField("target_ha")
        assert wait_for(lambda: not dock.areas.debounce.isActive() and "areas" not in dock.runner.current)
        assert _area_labels(dock) == ["1.5", "1.5"]
    finally:
        close_dock(dock)
        remove_translator(translator)


def pdf_pages(path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"],  # nosec
                          capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def export_atlas(plan, zone, tmp_path, project):
    from qgis import processing

    context = QgsProcessingContext()
    context.setProject(project)
    pdf = tmp_path / "atlas.pdf"
    params = {"INPUT": plan, "ZONE": zone, "ATLAS": True, "ATLAS_NAME_FIELD": "sector_name", "DPI": 72,
              "OUTPUT_PDF": str(pdf), "OUTPUT_PNG": str(tmp_path / "atlas.png"),
              "OUTPUT_CSV": str(tmp_path / "atlas.csv")}
    processing.run("vraem:exportreport", params, context=context, feedback=QgsProcessingFeedback())
    return pdf_pages(pdf)


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_an_exported_spanish_atlas_is_titled_with_the_translated_sample_names(language, vraem_provider, tmp_path):
    from vraem_analyst.plugin.core import reference

    project = QgsProject()
    try:
        layers = reference.add_reference_layers(project)
        plan = layers["plan"]
        plan.setSubsetString('"fid" <= 2')
        pages = export_atlas(plan, layers["zone"], tmp_path, project)
        names = sorted(represented(plan, "sector_name").values())
        assert names == ["MUESTRA: sector 1 cerca de Pichari", "MUESTRA: sector 2 cerca de Kimbiri"], names
        assert names[0] in pages[0] and names[1] in pages[1]
        assert "SAMPLE sector" not in " ".join(pages)
    finally:
        project.clear()


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_sample_plan_read_by_processing_from_its_file_is_titled_translated(language, vraem_provider, tmp_path):
    from vraem_analyst.plugin.paths import DATA_GPKG

    pages = export_atlas(f"{DATA_GPKG}|layername=eradication_plan_sample|subset=\"fid\" <= 1",
                         f"{DATA_GPKG}|layername=zone", tmp_path, QgsProject())
    assert "MUESTRA: sector 1 cerca de Pichari" in pages[0]


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_users_plan_keeps_its_names_in_a_spanish_atlas(language, vraem_provider, tmp_path):
    from vraem_analyst.plugin.core import reference

    project = QgsProject()
    try:
        zone = reference.add_reference_layers(project)["zone"]
        mine = user_plan([("SAMPLE sector 1 near Pichari", 2026), ("Sector 1,234 (Anco)", 2025)], tmp_path)
        project.addMapLayer(mine)
        pages = export_atlas(mine, zone, tmp_path, project)
        assert "SAMPLE sector 1 near Pichari" in pages[0] and "Sector 1,234 (Anco)" in pages[1]
        assert "MUESTRA: sector" not in " ".join(pages)
    finally:
        project.clear()


def test_atlas_page_names_of_other_fields_read_as_stored(qgis_app, tmp_path):
    """The page name of a field without a value map is the stored value: no "2,026", no "1.50000"."""
    from vraem_analyst.plugin.core.names import feature_name_expression

    mine = user_plan([("Sector 1,234 (Anco)", 2026)], tmp_path)
    feature = next(mine.getFeatures())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(mine))
    context.setFeature(feature)
    for field_name, text in (("sector_name", "Sector 1,234 (Anco)"), ("plan_year", "2026"), ("target_ha", "1.5")):
        value = QgsExpression(feature_name_expression(mine, field_name)).evaluate(context)
        assert str(value) == text, (field_name, value)


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_saved_project_reopens_with_the_translated_sample_names(language, tmp_path):
    from vraem_analyst.plugin.core import reference

    project = QgsProject.instance()
    project.clear()
    try:
        reference.add_reference_layers(project)
        path = tmp_path / "sample.qgz"
        assert project.write(str(path))
        project.clear()
        assert project.read(str(path))
        QgsApplication.processEvents()
        plan = reference.find_layer(project, "plan")
        shown = represented(plan, "sector_name")
        assert "MUESTRA: sector 1 cerca de Pichari" in shown.values()
        assert {f["sector_name"] for f in plan.getFeatures()} == {row["sector_name"] for row in stored_rows().values()}
    finally:
        project.clear()
