"""Translations stay complete: every user-visible literal goes through tr(), and the Spanish
.ts holds exactly the strings the code marks, all translated, placeholders intact."""

import textwrap

import pytest
from i18n_helpers import i18n_tool

# Each line marked "# BAD" must be reported, and no other line.
BAD_SNIPPET = textwrap.dedent('''
    from qgis.core import Qgis, QgsMessageLog, QgsProcessingException, QgsProcessingParameterNumber
    from qgis.core import QgsProcessingParameterEnum, QgsVectorLayer, QgsProcessingProvider
    from qgis.PyQt.QtWidgets import QAction, QLabel, QMessageBox, QPushButton
    from .i18n import tr
    from .core.errors import VraemError

    TITLE = tr("Potential yield")  # BAD

    def build(self, label, combo, bar, feedback, name, value):
        label.setText("Area of the zone")  # BAD
        label.setToolTip(tr("Fine") + " and not fine")  # BAD
        self.setWindowTitle(f"Report for {name}")  # BAD
        combo.addItem("Central estimate", "central")  # BAD
        combo.addItem(tr("High estimate"), "high")
        button = QPushButton("Compute")  # BAD
        action = QAction(self.icon, "Add layers", self)  # BAD
        QLabel(tr("Zone"))
        bar.pushMessage("VRAEM Analyst", "Layers added", Qgis.MessageLevel.Info)  # BAD
        bar.pushWarning(tr("Warning"), "{n} features skipped".format(n=3))  # BAD
        feedback.pushInfo("Reading the plan")  # BAD
        feedback.reportError("The plan has no fields", False)  # BAD
        feedback.setProgressText(tr("Buffering {n} points").format(n=3))
        feedback.setProgressText("Step %d" % 2)  # BAD
        QgsMessageLog.logMessage("Download failed", "VRAEM Analyst", Qgis.MessageLevel.Warning)  # BAD
        layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "Eradication plan", "memory")  # BAD
        layer2 = QgsVectorLayer("Polygon?crs=EPSG:4326", tr("Eradication plan"), "memory")
        probe = QgsVectorLayer(name, "probe", "ogr")
        QMessageBox.warning(self, tr("Plan"), "Nothing to export")  # BAD
        group_box = QgsCollapsibleGroupBox("Buffer overlaps")  # BAD
        group_box.setTitle("Areas" if value else tr("Yield"))  # BAD
        label.setText(tr(name))  # BAD
        label.setText(tr(f"Area {name}"))  # BAD
        label.setText("{a}: {b}".format(a=tr("Area"), b=value))
        label.setText("<b>" + tr("Area") + "</b>")
        label.setText("VRAEM")
        label.setText("[% format_number(area_ha, 1) %] ha")  # BAD
        label.setText("[% @project_title %]")
        label.setText("Kept on purpose")  # notr
        raise VraemError("The layer has no CRS")  # BAD


    def fail():
        raise QgsProcessingException("Cannot read the layer")  # BAD


    class Algorithm:
        LABEL = tr("Area")  # BAD

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterNumber("DISTANCE", "Buffer distance (km)"))  # BAD
            self.addParameter(QgsProcessingParameterNumber("DISTANCE", self.tr("Buffer distance (km)")))
            self.addParameter(QgsProcessingParameterEnum(
                "SET", self.tr("Parameter set"), options=[self.tr("VRAEM"), "Peru national"]))  # BAD

        def name(self):
            return "areayield"

        def displayName(self):
            return "Area and potential yield"  # BAD

        def group(self):
            return self.tr("Analysis")

        def shortHelpString(self):
            return self.tr("Computes areas.") + "<p>" + "Figures are indicative." + "</p>"  # BAD


    class Provider(QgsProcessingProvider):
        def name(self):
            return "VRAEM tools"  # BAD

        def id(self):
            return "vraem"
''')


def test_scanner_reports_each_untranslated_literal_and_nothing_else():
    findings = i18n_tool.scan_source(BAD_SNIPPET, "bad.py")
    lines = BAD_SNIPPET.splitlines()
    expected = {number for number, line in enumerate(lines, start=1) if line.rstrip().endswith("# BAD")}
    reported = {finding.line for finding in findings}
    # The multi-line Enum call is reported on the line of its offending literal.
    assert reported == expected, "\n".join(str(f) for f in findings)
    texts = {finding.text for finding in findings}
    assert {"Area of the zone", " and not fine", "Layers added", "{n} features skipped",
            "Peru national", "Figures are indicative.", "name"} <= texts
    # The brand name is the same in every language and is not reported.
    assert "VRAEM Analyst" not in texts


def test_scanner_accepts_a_clean_module():
    clean = textwrap.dedent('''
        from .i18n import tr

        def show(label, feedback, n):
            label.setText(tr("{n} ha").format(n=n))
            feedback.pushInfo(tr("Done."))
            label.setText(str(n))
            label.setText("")
            label.setText(" – ")
    ''')
    assert i18n_tool.scan_source(clean, "clean.py") == []


def test_packaged_code_marks_every_user_visible_literal():
    findings = i18n_tool.find_untranslated()
    assert findings == [], "untranslated user-visible strings:\n" + "\n".join(map(str, findings))


def test_collector_reads_literal_tr_calls_with_their_locations(tmp_path):
    module = tmp_path / "plugin" / "thing.py"
    module.parent.mkdir()
    module.write_text(textwrap.dedent('''
        from .i18n import tr
        A = tr("Zone")
        class X:
            def f(self, name):
                return self.tr("Zone"), self.tr("Area of {name}").format(name=name), tr(name)
    '''), encoding="utf-8")
    messages = i18n_tool.collect_python([module], tmp_path)
    assert list(messages) == [("VraemAnalyst", "Zone"), ("VraemAnalyst", "Area of {name}")]
    assert messages[("VraemAnalyst", "Zone")].locations == [("plugin/thing.py", 3), ("plugin/thing.py", 6)]


def test_update_keeps_translations_marks_new_unfinished_and_vanished(tmp_path):
    Message, Entry = i18n_tool.Message, i18n_tool.Entry
    old = {
        ("VraemAnalyst", "Zone"): Entry("VraemAnalyst", "Zone", "Zona", "", []),
        ("VraemAnalyst", "Gone"): Entry("VraemAnalyst", "Gone", "Ido", "", []),
        ("VraemAnalyst", "Never done"): Entry("VraemAnalyst", "Never done", "", "unfinished", []),
    }
    code = {
        ("VraemAnalyst", "Zone"): Message("VraemAnalyst", "Zone", [("plugin/a.py", 3)]),
        ("VraemAnalyst", "New {n} ha"): Message("VraemAnalyst", "New {n} ha", [("plugin/a.py", 9)]),
    }
    merged = {(e.context, e.source): e for e in i18n_tool.merge(code, old)}
    assert merged[("VraemAnalyst", "Zone")].translation == "Zona"
    assert merged[("VraemAnalyst", "Zone")].kind == ""
    assert merged[("VraemAnalyst", "New {n} ha")].kind == "unfinished"
    assert merged[("VraemAnalyst", "Gone")].kind == "vanished"
    assert ("VraemAnalyst", "Never done") not in merged
    pruned = i18n_tool.merge(code, old, prune=True)
    assert {e.source for e in pruned} == {"Zone", "New {n} ha"}

    ts = tmp_path / "x_es.ts"
    i18n_tool.write_ts(ts, list(merged.values()), "es_ES")
    back = i18n_tool.read_ts(ts)
    assert {k: (e.translation, e.kind) for k, e in back.items()} == {
        k: (e.translation, e.kind) for k, e in merged.items()}
    problems = i18n_tool.translation_problems(back)
    assert any("New {n} ha" in p and "unfinished" in p for p in problems)
    assert any("Gone" in p and "vanished" in p for p in problems)


def test_translation_problems_catch_lost_placeholders_accelerators_and_tags():
    Entry = i18n_tool.Entry
    entries = {
        ("c", "a"): Entry("c", "{n} ha in {zone}", "{n} ha en {zona}", "", []),
        ("c", "b"): Entry("c", "&Export", "Exportar", "", []),
        ("c", "d"): Entry("c", "<b>Area</b>", "Área", "", []),
        ("c", "e"): Entry("c", "{n} ha in {zone}", "{n} ha en {zone}", "", []),
        ("c", "f"): Entry("c", "Areas & yields", "Áreas y rendimientos", "", []),
    }
    problems = i18n_tool.translation_problems(entries)
    assert len(problems) == 3, problems
    assert "placeholders" in problems[0] and "accelerator" in problems[1] and "HTML" in problems[2]


def test_spanish_ts_holds_exactly_the_marked_strings_all_translated():
    path = i18n_tool.ts_path("es")
    assert path.exists(), "run: python tools/i18n.py update"
    entries = i18n_tool.read_ts(path)
    in_code = set(i18n_tool.collect())
    in_ts = {key for key, entry in entries.items() if entry.kind not in ("vanished", "obsolete")}
    assert not in_code - in_ts, f"not in the .ts (run tools/i18n.py update): {sorted(in_code - in_ts)}"
    assert not in_ts - in_code, f"in the .ts but not in the code: {sorted(in_ts - in_code)}"
    problems = i18n_tool.translation_problems(entries)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_each_existing_translation_compiles_and_translates(lang, tmp_path, qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    path = i18n_tool.ts_path(lang)
    if not path.exists():
        pytest.skip(f"no {path.name}")
    if i18n_tool.find_lrelease() is None:
        pytest.skip("lrelease not installed")
    (qm,) = i18n_tool.compile_ts(out_dir=tmp_path, languages=[lang])
    translator = QTranslator()
    assert translator.load(str(qm))
    entries = [e for e in i18n_tool.read_ts(path).values() if e.kind == "" and e.translation]
    assert entries
    # Through QCoreApplication.translate, as tr() does (it passes non-ASCII sources as UTF-8).
    QCoreApplication.installTranslator(translator)
    try:
        wrong = [(e.source, QCoreApplication.translate(e.context, e.source)) for e in entries
                 if QCoreApplication.translate(e.context, e.source) != e.translation]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert wrong == []
