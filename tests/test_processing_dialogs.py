"""vraem:exportreport's yield parameter set in QGIS's Processing dialogs, with the plugin started in
Spanish or Portuguese: the algorithm dialog, the batch dialog and the modeler show the sets by their
translated labels (as vraem:areayield does), and what they hand to Processing is the set's key
(vraem, national, custom), as on the command line, in processing.run and in saved models."""

import csv
import re

import pytest
from i18n_helpers import compile_translation, i18n_tool
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtWidgets import QComboBox
from test_spanish import _set_qgis_locale, _start_plugin

ALGORITHM = "vraem:exportreport"
KEYS = ["vraem", "national", "custom"]
# the English labels of the keys (plugin/core/yields.py set_labels), looked up in the .ts files
ENGLISH = ["VRAEM (UNODC/DEVIDA leaf yields)", "Peru national average (UNODC)", "Custom (saved in the project)"]
SOURCE = QgsProcessingModelChildParameterSource


@pytest.fixture(params=["es", "pt"])
def plugin_in_language(request, qgis_app, qgis_iface, qgis_processing, monkeypatch):
    """The plugin started (initGui) with QGIS in Spanish or Portuguese; yields the labels the dialogs
    must show, read from that language's .ts file."""
    compile_translation(request.param)
    restore = _set_qgis_locale(request.param)
    # pytest-qgis' iface has no browser model; Processing's algorithm dialog asks for one
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    plugin = _start_plugin(qgis_iface)
    entries = i18n_tool.read_ts(i18n_tool.ts_path(request.param))
    translations = {e.source: e.translation for e in entries.values() if e.context == i18n_tool.CONTEXT}
    yield [translations[label] for label in ENGLISH]
    plugin.unload()
    restore()


def _texts(combo):
    return [combo.itemText(index) for index in range(combo.count())]


def _choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among {_texts(combo)}"
    combo.setCurrentIndex(index)


def _parameter_set_combo(widget):
    """The combo box among `widget`'s children that lists the parameter sets (by their labels or keys)."""
    combos = [combo for combo in widget.findChildren(QComboBox) if combo.count() == len(KEYS)
              and [combo.itemData(index) or combo.itemText(index) for index in range(combo.count())] == KEYS]
    assert len(combos) == 1, [_texts(combo) for combo in widget.findChildren(QComboBox)]
    return combos[0]


def test_algorithm_dialog_shows_the_labels_and_passes_the_key(plugin_in_language):
    import processing

    dialog = processing.createAlgorithmDialog(ALGORITHM)
    combo = dialog.mainWidget().wrappers["PARAMETER_SET"].wrappedWidget()
    assert _texts(combo) == plugin_in_language
    assert combo.currentText() == plugin_in_language[0]  # the default, vraem
    assert dialog.createProcessingParameters()["PARAMETER_SET"] == "vraem"

    changes = []  # what Processing hears when the user picks a set (other widgets may follow it)
    wrapper = dialog.mainWidget().wrappers["PARAMETER_SET"]
    wrapper.widgetValueHasChanged.connect(lambda changed: changes.append(changed.parameterValue()))
    _choose(combo, plugin_in_language[1])  # es: "Promedio nacional del Perú (UNODC)"
    assert changes == ["national"]
    assert dialog.createProcessingParameters()["PARAMETER_SET"] == "national"

    # a value set on the dialog (history, "Paste Settings", processing.execAlgorithmDialog) is a key
    dialog.setParameters({"PARAMETER_SET": "custom"})
    assert combo.currentText() == plugin_in_language[2]
    assert dialog.createProcessingParameters()["PARAMETER_SET"] == "custom"
    dialog.close()
    # its "Copy as Python / qgis_process Command" are checked in the real desktop below: offscreen Qt has
    # no selection clipboard, and QGIS's copy then frees the copied text twice (a crash at exit)


def test_batch_dialog_rows_show_the_labels_and_pass_the_keys(plugin_in_language):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    dialog = BatchAlgorithmDialog(algorithm)
    panel = dialog.mainWidget()
    panel.addRow()
    column = panel.parameter_to_column["PARAMETER_SET"]
    combos = [panel.wrappers[row][column].wrappedWidget() for row in range(panel.batchRowCount())]
    assert len(combos) == 2
    for combo in combos:
        assert _texts(combo) == plugin_in_language
    _choose(combos[0], plugin_in_language[1])
    _choose(combos[1], plugin_in_language[2])
    context = QgsProcessingContext()
    rows = [panel.parametersForRow(row, context, warnOnInvalid=False)[0] for row in (0, 1)]
    assert [parameters["PARAMETER_SET"] for parameters in rows] == ["national", "custom"]
    # a row filled by value (a loaded batch file, "Fill Down") shows the label of that key
    panel.wrappers[0][column].setParameterValue("custom", context)
    assert combos[0].currentText() == plugin_in_language[2]
    dialog.close()


def _modeler_dialog(model, child_id=None):
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    return ModelerParametersDialog(algorithm, model, child_id)


def test_modeler_keeps_the_key_through_a_saved_model(plugin_in_language, tmp_path):
    model = QgsProcessingModelAlgorithm("report", "tests")
    dialog = _modeler_dialog(model)  # the algorithm dragged into the model
    combo = _parameter_set_combo(dialog.widget.widget.wrappers["PARAMETER_SET"])
    assert _texts(combo) == plugin_in_language
    _choose(combo, plugin_in_language[1])
    child = dialog.createAlgorithm()
    assert [source.staticValue() for source in child.parameterSources()["PARAMETER_SET"]] == ["national"]
    child_id = model.addChildAlgorithm(child)
    dialog.close()

    path = tmp_path / "report.model3"
    assert model.toFile(str(path))
    reopened = QgsProcessingModelAlgorithm()
    assert reopened.fromFile(str(path))
    sources = reopened.childAlgorithm(child_id).parameterSources()["PARAMETER_SET"]
    assert [(source.source(), source.staticValue()) for source in sources] == \
        [(SOURCE.fromStaticValue("national").source(), "national")]
    editing = _modeler_dialog(reopened, child_id)  # a double-click on the algorithm in the reopened model
    assert _parameter_set_combo(editing.widget.widget.wrappers["PARAMETER_SET"]).currentText() == \
        plugin_in_language[1]
    editing.close()


def test_modeler_lets_a_model_input_feed_the_parameter_set(plugin_in_language, tmp_path):
    import processing

    from vraem_analyst.plugin.core import yields

    model = QgsProcessingModelAlgorithm("report", "tests")
    model_input = QgsProcessingParameterEnum("SET", "Set", options=KEYS, defaultValue="vraem", usesStaticStrings=True)
    model.addModelParameter(model_input, QgsProcessingModelParameter("SET"))
    dialog = _modeler_dialog(model)
    widget = dialog.widget.widget.wrappers["PARAMETER_SET"]
    assert _texts(_parameter_set_combo(widget)) == plugin_in_language  # its "Value" list
    assert [combo for combo in widget.findChildren(QComboBox) if combo.findData("SET") >= 0], "no Model Input list"
    widget.setWidgetValue(SOURCE.fromModelParameter("SET"))  # the user picks "Model Input" → SET
    dialog.widget.widget.wrappers["DPI"].setWidgetValue(SOURCE.fromStaticValue(72))
    child = dialog.createAlgorithm()
    dialog.close()
    (source,) = child.parameterSources()["PARAMETER_SET"]
    assert (source.source(), source.parameterName()) == (SOURCE.fromModelParameter("SET").source(), "SET")

    figures = QgsProcessingModelOutput("figures", "figures")
    figures.setChildId(child.childId())
    figures.setChildOutputName("OUTPUT_CSV")
    child.setModelOutputs({"figures": figures})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    (destination,) = [parameter.name() for parameter in model.destinationParameterDefinitions()]
    for key in ("national", "vraem"):  # the model run with each value of its input
        path = tmp_path / f"{key}.csv"
        processing.run(model, {"SET": key, destination: str(path)})
        with open(path, encoding="utf-8") as handle:
            rows = {row["key"]: float(row["value"]) for row in csv.DictReader(handle) if row["value"]}
        expected = rows["analysed_ha"] * yields.get_set(key).leaf_central / 1000.0
        assert rows["leaf_t_central"] == pytest.approx(expected, rel=1e-9), key


DESKTOP_CHECK = '''
def check(iface):
    import processing
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingModelAlgorithm
    from qgis.PyQt.QtWidgets import QAction, QApplication, QComboBox

    def texts(combo):
        return [combo.itemText(index) for index in range(combo.count())]

    out = {}
    dialog = processing.createAlgorithmDialog("vraem:exportreport")
    dialog.show()
    QgsApplication.processEvents()
    combo = dialog.mainWidget().wrappers["PARAMETER_SET"].wrappedWidget()
    out["dialog"] = texts(combo)
    combo.setCurrentIndex(combo.findText("Promedio nacional del Perú (UNODC)"))
    out["dialog_value"] = dialog.createProcessingParameters()["PARAMETER_SET"]
    # Advanced → Copy as Python Command / Copy as qgis_process Command (their texts are in Spanish here)
    for name in ("python", "qgis_process"):  # es: "Copiar como comando python"
        (action,) = [action for action in dialog.findChildren(QAction) if name in action.text().lower()]
        QApplication.clipboard().clear()
        action.trigger()
        out[name] = QApplication.clipboard().text()
    out["shot"] = dialog.grab().save(SHOT, "PNG")
    dialog.close()

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vraem:exportreport")
    batch = BatchAlgorithmDialog(algorithm)
    panel = batch.mainWidget()
    column = panel.parameter_to_column["PARAMETER_SET"]
    out["batch"] = texts(panel.wrappers[0][column].wrappedWidget())
    out["batch_value"] = panel.parametersForRow(0, QgsProcessingContext(), warnOnInvalid=False)[0]["PARAMETER_SET"]
    batch.close()

    modeler = ModelerParametersDialog(algorithm.create(), QgsProcessingModelAlgorithm())
    widget = modeler.widget.widget.wrappers["PARAMETER_SET"]
    out["modeler"] = [texts(combo) for combo in widget.findChildren(QComboBox) if combo.count()]
    modeler.close()
    return out
'''


@pytest.mark.slow
def test_real_qgis_in_spanish_shows_the_labels_in_every_dialog(plugin_zip, tmp_path, artifacts_dir):
    """The same in the real QGIS desktop, in Spanish, with the plugin installed from the ZIP (QGIS's
    own iface, Processing plugin and widget registry); the algorithm dialog is saved for a person to see."""
    from desktop import run_desktop

    shot = artifacts_dir / "exportreport_dialog_es.png"
    check = DESKTOP_CHECK.replace("SHOT", repr(str(shot)))
    result = run_desktop(plugin_zip, check, tmp_path, locale="es")
    assert result["ok"], result.get("error", "") + result["log"][-3000:]
    spanish = ["VRAEM (rendimientos de hoja de UNODC/DEVIDA)", "Promedio nacional del Perú (UNODC)",
               "Personalizado (guardado en el proyecto)"]
    out = result["check"]
    assert out["dialog"] == spanish and out["dialog_value"] == "national"
    assert re.search(r"'PARAMETER_SET':\s*'national'", out["python"]), out["python"]
    assert out["qgis_process"].startswith("qgis_process run vraem:exportreport"), out["qgis_process"]
    assert " --PARAMETER_SET=national " in out["qgis_process"], out["qgis_process"]
    assert out["batch"] == spanish and out["batch_value"] == "vraem"
    assert out["modeler"] == [spanish]
    assert out["shot"] and shot.stat().st_size > 1000
