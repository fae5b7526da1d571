"""Qt6 / QGIS 4 readiness: nothing for QGIS's migration script (scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py,
which plugins.qgis.org runs with --dry_run) to rewrite, and no QGS1xx/QGS4xx finding of flake8-qgis.

The migration script itself is not run here: the only registry copy, PyPI's qgis-pyqt5to6 0.0.0.dev0
(December 2024), finds QGIS's enums only through QGIS's Qt6 bindings, which no Debian QGIS has; run with
PyQt6 alone it rewrote nothing even in 0.1.0's code (whose unscoped names are QGIS enums and QVariant
types), so it cannot tell fixed code from broken. The rewrite rules it applies are implemented here
instead, with this QGIS's own classes as the enum table: an attribute
`Class.Member` of a QGIS or Qt class whose value is an enum member is the unscoped form the script
rewrites to `Class.Enum.Member` (QVariant.Int, QgsProcessing.TypeVector, Qt.AlignLeft, ...).
"""

import ast
import enum
import importlib
import subprocess  # nosec B404 (tests are not packaged)
import sys
import zipfile
from pathlib import Path

import pytest
from desktop import PACKAGE

REPO = Path(__file__).resolve().parents[1]
# Every Python file of the repository: the plugin, and the tools and tests that run on QGIS 4 too.
SOURCES = sorted([REPO / "__init__.py", *(REPO / "plugin").rglob("*.py"), *(REPO / "tools").rglob("*.py"),
                  *(REPO / "tests").rglob("*.py")])


def _is_enum_member(value):
    # QGIS's enums are Python enums; PyQt5's are sip enum types (PyQt6's are Python enums too)
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def _imported_classes(tree):
    """Names bound by `from qgis... import Name` anywhere in the module -> the imported class."""
    classes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "qgis":
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type):
                    classes[alias.asname or alias.name] = value
    return classes


def qt6_rewrites(source, filename="<source>"):
    """What the migration script would rewrite in `source`, as 'line: message' strings."""
    tree = ast.parse(source, filename=filename)
    classes = _imported_classes(tree)
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = classes.get(node.value.id)
            value = getattr(owner, node.attr, None) if owner is not None else None
            if value is not None and _is_enum_member(value):
                scoped = f"{type(value).__qualname__}.{getattr(value, 'name', None) or node.attr}"
                found.append(f"{line}: unscoped enum {node.value.id}.{node.attr} (scoped: {scoped})")
            if node.value.id == "qApp":
                found.append(f"{line}: qApp (use QApplication.instance())")
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            found.append(f"{line}: exec_() (use exec())")
        if isinstance(node, ast.FunctionDef) and node.name == "exec_":
            found.append(f"{line}: def exec_ (use exec)")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "QVariant" and (not node.args or isinstance(node.args[0], ast.Attribute)):
                found.append(f"{line}: QVariant() as a null value (use qgis.core.NULL)")
            if node.func.id == "QDateTime" and (len(node.args) == 8 or (
                    len(node.args) == 1 and isinstance(node.args[0], ast.Call)
                    and getattr(node.args[0].func, "id", "") == "QDate")):
                found.append(f"{line}: QDateTime(...) form removed in Qt6 (use QDateTime(QDate, QTime))")
        if isinstance(node, ast.ImportFrom) and node.module:
            top = node.module.split(".")[0]
            if top in ("PyQt5", "PyQt6") or node.module == "qgis.PyQt.Qt":
                found.append(f"{line}: import from {node.module} (use qgis.PyQt.QtCore, QtGui, ...)")
            for alias in node.names:
                if alias.name in ("QRegExp", "resources_rc"):
                    found.append(f"{line}: {alias.name} (removed in Qt6)")
        if isinstance(node, ast.Import):
            found += [f"{line}: import {alias.name} (use qgis.PyQt)" for alias in node.names
                      if alias.name.split(".")[0] in ("PyQt5", "PyQt6")]
    return sorted(set(found), key=lambda text: int(text.split(":")[0]))


@pytest.mark.parametrize("snippet,expected", [
    ("from qgis.core import QgsProcessing\nx = QgsProcessing.TypeVectorPolygon\n", "unscoped enum QgsProcessing"),
    ("from qgis.PyQt.QtCore import QVariant\nt = QVariant.Int\n", "unscoped enum QVariant.Int"),
    ("from qgis.PyQt.QtCore import Qt\na = Qt.AlignLeft | Qt.AlignTop\n", "unscoped enum Qt.AlignLeft"),
    ("from qgis.core import QgsWkbTypes\ng = QgsWkbTypes.PolygonGeometry\n", "unscoped enum QgsWkbTypes"),
    ("def f(dialog):\n    return dialog.exec_()\n", "exec_()"),
    ("from PyQt5.QtCore import QTimer\n", "import from PyQt5.QtCore"),
    ("from qgis.PyQt.QtCore import QVariant\nv = QVariant()\n", "QVariant() as a null value"),
    ("from qgis.PyQt.QtCore import QRegExp\n", "QRegExp"),
])
def test_the_rules_find_what_the_script_rewrites(qgis_app, snippet, expected):
    assert any(expected in finding for finding in qt6_rewrites(snippet)), qt6_rewrites(snippet)


def test_scoped_forms_are_left_alone(qgis_app):
    source = ("from qgis.core import Qgis, QgsProcessing\nfrom qgis.PyQt.QtCore import QMetaType, Qt\n"
              "a = Qt.AlignmentFlag.AlignLeft\nb = Qgis.ProcessingSourceType.VectorPolygon\n"
              "c = QMetaType.Type.Int\nd = QgsProcessing.TEMPORARY_OUTPUT\ne = Qt.AlignmentFlag\n")
    assert qt6_rewrites(source) == []


def test_nothing_to_rewrite_anywhere_in_the_repository(qgis_app):
    findings = [f"{path.relative_to(REPO)}:{finding}" for path in SOURCES
                for finding in qt6_rewrites(path.read_text(encoding="utf-8"), str(path))]
    assert len(SOURCES) > 50
    assert findings == []


def _flake8_qgis(*paths, cwd=REPO):
    result = subprocess.run([sys.executable, "-m", "flake8", "--select", "QGS1,QGS4", *map(str, paths)],  # nosec B603
                            cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout.splitlines()


def test_flake8_qgis_finds_nothing_in_the_release_zip(plugin_zip, tmp_path):
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(tmp_path)
    assert _flake8_qgis(".", cwd=tmp_path / PACKAGE) == []


def test_flake8_qgis_finds_no_qt6_problem_in_tools_and_tests():
    # QGS1xx (import style, iface as argument) is advice for plugin code; tests and tools follow the
    # pytest-qgis and Processing idioms, but must run on Qt6 too (QGS4xx)
    assert [line for line in _flake8_qgis("tools", "tests") if " QGS4" in line] == []


def test_flake8_qgis_is_active(tmp_path):
    """Without the plugin loaded, --select QGS... would silently report nothing."""
    (tmp_path / "old.py").write_text("from qgis.PyQt.QtCore import QVariant\nkind = QVariant.String\n")
    assert [line.split(" ")[1] for line in _flake8_qgis("old.py", cwd=tmp_path)] == ["QGS402"]
