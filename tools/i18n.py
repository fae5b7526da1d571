#!/usr/bin/env python3
"""Translations of VRAEM Analyst: collect, check, refresh and compile.

    python tools/i18n.py update [--prune]   refresh i18n/vraem_analyst_<lang>.ts from the code
    python tools/i18n.py compile [--out D]  run lrelease: i18n/*.ts -> *.qm (package time only)
    python tools/i18n.py check              list every problem; exit status 1 if there is one

What counts as a translatable string: every `tr("literal")` / `self.tr("literal")` call in
`__init__.py` and `plugin/**/*.py` (context `VraemAnalyst`, the single context of plugin/i18n.py).
The plugin has no Qt Designer forms, and the layout templates' labels are filled in by code.

`update` keeps existing translations, marks new strings unfinished and vanished strings
`type="vanished"` (a translator can reuse them; `--prune` drops them). The test suite fails
while any entry is unfinished or vanished, so the .ts always matches the code exactly.

The scanner (`find_untranslated`) walks the same Python files and reports string literals
that reach the user without `tr()`: widget texts, message bars, Processing feedback,
exceptions, algorithm names/help, parameter descriptions, layer and group names, log messages.
A line that must keep a literal on purpose can say so with a trailing `# notr` comment.
"""

import argparse
import ast
import os
import re
import shutil
import subprocess  # nosec B404 - developer tool, not packaged: runs lrelease
import sys
import xml.etree.ElementTree as ET  # nosec B405 - parses our own .ts files
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N_DIR = REPO / "i18n"
CONTEXT = "VraemAnalyst"
LANGUAGES = {"es": "es", "pt": "pt_BR"}  # neutral Latin-American Spanish
TS_PATTERN = "vraem_analyst_{lang}.ts"

# Names that are the same in every language; passing them as literals is not an omission.
UNTRANSLATABLE = {"VRAEM Analyst", "VRAEM"}


# --------------------------------------------------------------------------- collection
@dataclass
class Message:
    context: str
    source: str
    locations: list = field(default_factory=list)  # [(relative path, line)]


def python_files(root=REPO):
    """The packaged Python code: the entry point and everything under plugin/."""
    root = Path(root)
    files = [root / "__init__.py"] if (root / "__init__.py").exists() else []
    files += sorted(p for p in (root / "plugin").rglob("*.py")
                    if "__pycache__" not in p.parts and not any(part.startswith(".") for part in p.parts))
    return files


def _call_name(node):
    """'tr' for tr(...), self.tr(...), i18n.tr(...); None for anything not a simple name."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_tr_call(node):
    return isinstance(node, ast.Call) and _call_name(node) == "tr"


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _tr_calls(tree):
    """Yield (node, literal or None) for each tr() call; None means a non-literal argument."""
    for node in ast.walk(tree):
        if _is_tr_call(node) and node.args:
            yield node, _literal(node.args[0])


def _relative(path, root):
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def collect_python(files, root=REPO):
    """Every tr("literal") in the given files, in file order, as {(context, source): Message}."""
    messages = {}
    for path in files:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=str(path))
        calls = sorted(_tr_calls(tree), key=lambda item: (item[0].lineno, item[0].col_offset))
        for node, text in calls:
            if text is None:
                continue
            message = messages.setdefault((CONTEXT, text), Message(CONTEXT, text))
            message.locations.append((_relative(path, root), node.lineno))
    return messages


def collect(root=REPO):
    """All translatable messages of the plugin (its Python code: there are no forms, and layout labels
    are filled in by code)."""
    root = Path(root)
    return collect_python(python_files(root), root)


# --------------------------------------------------------------------------- the scanner
@dataclass
class Finding:
    path: str
    line: int
    where: str
    text: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.where}: {self.text!r}"


_MARKUP = re.compile(r"<[^>]*>|\{[^{}]*\}|%\d|%[sdfpvm]|\[%.*?%\]|&[a-z]+;")


def _has_words(text):
    """True if the literal holds text a person reads (not markup, placeholders or an acronym)."""
    if text.strip() in UNTRANSLATABLE:
        return False
    bare = _MARKUP.sub(" ", text)
    # An all-capitals token list ("VRAEM", "PDF", "CSV") or punctuation is not prose.
    return bool(re.search(r"[a-záéíóúñ]", bare))


# Calls whose arguments are shown to the user: name -> positions checked (None = all
# positional arguments) and keywords checked.
_ALL = None
CALL_RULES = {
    # widget texts
    "setText": (_ALL, ("text",)),
    "setToolTip": (_ALL, ()),
    "setStatusTip": (_ALL, ()),
    "setWhatsThis": (_ALL, ()),
    "setWindowTitle": (_ALL, ()),
    "setPlaceholderText": (_ALL, ()),
    "setTitle": (_ALL, ()),
    "setAbstract": (_ALL, ()),
    "setSuffix": (_ALL, ()),
    "setPrefix": (_ALL, ()),
    "setSpecialValueText": (_ALL, ()),
    "setLabelText": (_ALL, ()),
    "setHelp": (_ALL, ()),
    "setFormat": (_ALL, ()),
    "setHeaderLabels": (_ALL, ()),
    "setHorizontalHeaderLabels": (_ALL, ()),
    "setVerticalHeaderLabels": (_ALL, ()),
    "setTabText": ((1,), ()),
    "setItemText": ((1,), ()),
    "setFieldAlias": ((1,), ()),
    "addTab": ((1, 2), ()),
    "insertTab": ((2, 3), ()),
    "addItems": ((0,), ()),
    "addMenu": (_ALL, ()),
    "addToolBar": (_ALL, ()),
    "addGroup": ((0,), ()),
    "insertGroup": ((1,), ()),
    "showMessage": ((0,), ()),
    "addRow": ((0,), ()),
    # widget constructors
    "QLabel": (_ALL, ()),
    "QPushButton": (_ALL, ()),
    "QToolButton": (_ALL, ()),
    "QCheckBox": (_ALL, ()),
    "QRadioButton": (_ALL, ()),
    "QGroupBox": (_ALL, ()),
    "QgsCollapsibleGroupBox": (_ALL, ()),
    "QAction": (_ALL, ()),
    "QMenu": (_ALL, ()),
    "QToolBar": (_ALL, ()),
    "QDockWidget": (_ALL, ()),
    "QgsDockWidget": (_ALL, ()),
    "QTableWidgetItem": (_ALL, ()),
    "QTreeWidgetItem": (_ALL, ()),
    "QListWidgetItem": (_ALL, ()),
    "QStandardItem": (_ALL, ()),
    "QgsMessageBarItem": ((0, 1), ()),
    "QgsLayerTreeGroup": ((0,), ("name",)),
    # layers: the second argument is the name shown in the Layers panel
    "QgsVectorLayer": ((1,), ("baseName",)),
    "QgsRasterLayer": ((1,), ("baseName",)),
    # message bar, Processing feedback, log
    "pushMessage": ((0, 1), ()),
    "pushWarning": ((0, 1), ()),
    "pushInfo": ((0, 1), ()),
    "pushCritical": ((0, 1), ()),
    "pushSuccess": ((0, 1), ()),
    "pushFormattedMessage": ((0, 1), ()),
    "pushCommandInfo": ((0,), ()),
    "pushConsoleInfo": ((0,), ()),
    "reportError": ((0,), ("error",)),
    "setProgressText": ((0,), ()),
    "logMessage": ((0,), ("message",)),
    # errors and tasks
    "QgsProcessingException": (_ALL, ()),
    "VraemError": (_ALL, ()),
    "QgsTask": ((0,), ("description",)),
    "fromFunction": ((0,), ("description",)),
}
# Layers opened only to be read get identifier-like names; a name with capitals or spaces is shown.
INTERNAL_NAME_CALLS = {"QgsVectorLayer", "QgsRasterLayer"}
# QMessageBox.warning(parent, title, text) and friends; QFileDialog captions.
RECEIVER_RULES = {
    ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "warning"): (1, 2),
    ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "about"): (1, 2),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2, 3),
    ("QInputDialog", "getDouble"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
    ("QFileDialog", "getSaveFileName"): (1,),
    ("QFileDialog", "getOpenFileName"): (1,),
    ("QFileDialog", "getExistingDirectory"): (1,),
}
# Methods whose return value is a user-visible text (algorithms, providers).
RETURN_RULES = {
    "displayName", "group", "shortHelpString", "shortDescription", "helpString", "longName",
    "display_name", "group_name", "help", "tags",
}
PROVIDER_RETURN_RULES = {"name"}  # a provider's name() is shown; an algorithm's is an id


def _strings_outside_tr(node):
    """String literals in an expression that reach the user untranslated.

    Descends through concatenation, f-strings, conditional expressions, lists/tuples and
    "...".format()/"..." % x, but not into tr() or other calls (their arguments are not
    necessarily texts: keys, paths, units of an API).
    """
    if node is None:
        return []
    if _is_tr_call(node):
        return []
    text = _literal(node)
    if text is not None:
        return [(node, text)] if _has_words(text) else []
    if isinstance(node, ast.JoinedStr):
        found = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                found += _strings_outside_tr(part.value)
            else:
                found += _strings_outside_tr(part)
        return found
    if isinstance(node, ast.BinOp):
        return _strings_outside_tr(node.left) + _strings_outside_tr(node.right)
    if isinstance(node, ast.IfExp):
        return _strings_outside_tr(node.body) + _strings_outside_tr(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [item for element in node.elts for item in _strings_outside_tr(element)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":  # "literal {x}".format(x=...): receiver untranslated
            return _strings_outside_tr(node.func.value)
        if node.func.attr == "join":  # ", ".join([...]) joins texts
            return [item for arg in node.args for item in _strings_outside_tr(arg)]
    return []


def _is_icon(node):
    dump = ast.dump(node).lower()
    return "icon" in dump


def _checked_arguments(node):
    """(label, expression) pairs of a call whose arguments are shown to the user."""
    name = _call_name(node)
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        positions = RECEIVER_RULES.get((func.value.id, func.attr))
        if positions is not None:
            return [(f"{func.value.id}.{func.attr}", node.args[i]) for i in positions if i < len(node.args)]
    if name is None:
        return []
    if name.startswith(("QgsProcessingParameter", "QgsProcessingOutput")):
        # (name, description, ...): the description is the label in the dialog;
        # an enum's options are listed to the user.
        pairs = [(name, node.args[1])] if len(node.args) > 1 else []
        pairs += [(name, kw.value) for kw in node.keywords if kw.arg == "description"]
        if name == "QgsProcessingParameterEnum":
            pairs += [(name, node.args[2])] if len(node.args) > 2 else []
            pairs += [(name, kw.value) for kw in node.keywords if kw.arg == "options"]
        return pairs
    if name == "addItem":  # addItem(text, data) or addItem(icon, text, data): data is a key
        index = 1 if node.args and _is_icon(node.args[0]) else 0
        return [(name, node.args[index])] if len(node.args) > index else []
    rule = CALL_RULES.get(name)
    if rule is None:
        return []
    positions, keywords = rule
    args = node.args if positions is None else [node.args[i] for i in positions if i < len(node.args)]
    pairs = [(name, arg) for arg in args]
    pairs += [(name, kw.value) for kw in node.keywords if kw.arg in keywords]
    return pairs


def _provider_classes(tree):
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                base_name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                if base_name.endswith("Provider"):
                    names.add(node.name)
    return names


def _parent_map(tree):
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


def _enclosing_function(node, parents):
    """The innermost function (or lambda) around a node, None at module or class level."""
    function = parents.get(node)
    while function is not None and not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                             ast.Lambda)):
        function = parents.get(function)
    return function


def _inside_tr_wrapper(node, parents):
    """True for `def tr(self, text): return tr(text)`: a forwarding wrapper, not a use."""
    function = _enclosing_function(node, parents)
    if function is None or isinstance(function, ast.Lambda) or function.name != "tr":
        return False
    argument = node.args[0]
    parameters = {a.arg for a in function.args.args}
    return isinstance(argument, ast.Name) and argument.id in parameters


def scan_source(source, path="<string>"):
    """Findings for one module's source text (see the module docstring)."""
    tree = ast.parse(source, filename=str(path))
    lines = source.splitlines()
    findings = []

    def add(node, where, text):
        line = lines[node.lineno - 1] if 0 < node.lineno <= len(lines) else ""
        if re.search(r"#\s*notr\b", line):
            return
        findings.append(Finding(str(path), node.lineno, where, text))

    parents = _parent_map(tree)
    _scan_tr_calls(tree, parents, add)
    _scan_arguments(tree, add)
    _scan_returns(tree, parents, add)
    return findings


def _scan_tr_calls(tree, parents, add):
    """tr() calls the collector cannot see, or that run before the translator is installed."""
    for node, text in _tr_calls(tree):
        if text is None and not _inside_tr_wrapper(node, parents):
            add(node, "tr() needs a literal string (the collector cannot see it)", ast.unparse(node.args[0]))
    for node, _text in _tr_calls(tree):
        if _enclosing_function(node, parents) is None:
            add(node, "tr() runs at import time, before the translator is installed; call it in a function",
                ast.unparse(node))


def _scan_arguments(tree, add):
    """Literal texts passed to the calls that show them to the user."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for where, expression in _checked_arguments(node):
                for literal_node, text in _strings_outside_tr(expression):
                    if where in INTERNAL_NAME_CALLS and re.fullmatch(r"[a-z][a-z0-9_]*", text):
                        continue  # "probe", "district_capitals": a layer opened to read, never shown
                    add(literal_node, f"untranslated text passed to {where}()", text)


def _scan_returns(tree, parents, add):
    """Literal texts returned by the methods whose answer is shown (names, help, provider texts)."""
    providers = _provider_classes(tree)
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        owner = parents.get(node)
        in_provider = isinstance(owner, ast.ClassDef) and owner.name in providers
        if node.name not in RETURN_RULES and not (in_provider and node.name in PROVIDER_RETURN_RULES):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Return):
                for literal_node, text in _strings_outside_tr(inner.value):
                    add(literal_node, f"untranslated text returned by {node.name}()", text)


def find_untranslated(files=None, root=REPO):
    """Scan the packaged Python code; a list of Finding (empty when everything is marked)."""
    findings = []
    for path in files if files is not None else python_files(root):
        findings += scan_source(Path(path).read_text(encoding="utf-8"), _relative(path, root))
    return findings


# --------------------------------------------------------------------------- .ts files
@dataclass
class Entry:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    locations: list = field(default_factory=list)


def ts_path(lang):
    return I18N_DIR / TS_PATTERN.format(lang=lang)


def read_ts(path):
    """{(context, source): Entry} of a .ts file (empty if it does not exist)."""
    entries = {}
    if not Path(path).exists():
        return entries
    root = ET.parse(path).getroot()  # nosec B314 - our own translation sources
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            translation = (node.text or "") if node is not None else ""
            kind = (node.get("type") or "") if node is not None else "unfinished"
            locations = [(loc.get("filename"), int(loc.get("line") or 0)) for loc in message.iter("location")]
            entries[(name, source)] = Entry(name, source, translation, kind, locations)
    return entries


def ts_language(path):
    if not Path(path).exists():
        return None
    return ET.parse(path).getroot().get("language")  # nosec B314


def merge(messages, old_entries, prune=False):
    """New entry list: translations kept, new strings unfinished, vanished ones marked (or dropped)."""
    merged = []
    for key, message in messages.items():
        old = old_entries.get(key)
        translation = old.translation if old else ""
        if old and old.kind in ("", "vanished", "obsolete") and translation:
            kind = ""
        else:
            kind = "unfinished"
        merged.append(Entry(key[0], key[1], translation, kind, list(message.locations)))
    for key, old in old_entries.items():
        if key in messages or prune:
            continue
        if old.kind == "unfinished" and not old.translation:
            continue  # nothing worth keeping
        kind = "obsolete" if old.kind == "obsolete" else "vanished"
        merged.append(Entry(key[0], key[1], old.translation, kind, []))
    return merged


def write_ts(path, entries, language):
    """Write entries grouped by context, in a stable order, in the format Qt Linguist reads."""
    contexts = {}
    for entry in entries:
        contexts.setdefault(entry.context, []).append(entry)
    ts_dir = Path(path).resolve().parent
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in contexts[name]:
            message = ET.SubElement(context, "message")
            # File names only, no line numbers: the .ts then changes when strings change, not
            # whenever code above a string moves (lupdate's `-locations none|relative` trade-off).
            filenames = []
            for filename, _line in entry.locations:
                target = os.path.relpath(REPO / filename, ts_dir) if not filename.startswith("..") else filename
                if Path(target).as_posix() not in filenames:
                    filenames.append(Path(target).as_posix())
            for filename in filenames:
                ET.SubElement(message, "location", {"filename": filename})
            ET.SubElement(message, "source").text = entry.source
            attributes = {"type": entry.kind} if entry.kind else {}
            ET.SubElement(message, "translation", attributes).text = entry.translation or None
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                          encoding="utf-8")


def update(languages=("es",), prune=False, root=REPO):
    """Refresh the .ts sources from the code; return {lang: (total, finished, unfinished, vanished)}."""
    messages = collect(root)
    summary = {}
    I18N_DIR.mkdir(exist_ok=True)
    for lang in languages:
        path = ts_path(lang)
        entries = merge(messages, read_ts(path), prune=prune)
        write_ts(path, entries, ts_language(path) or LANGUAGES.get(lang, lang))
        live = [e for e in entries if e.kind not in ("vanished", "obsolete")]
        summary[lang] = (
            len(live),
            sum(1 for e in live if e.kind == ""),
            sum(1 for e in live if e.kind == "unfinished"),
            len(entries) - len(live),
        )
    return summary


# --------------------------------------------------------------------------- checks
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%\d+|%n")
_ACCELERATOR = re.compile(r"&(?=[^\s&;])(?![a-z]+;)")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def placeholders(text):
    return sorted(_PLACEHOLDER.findall(text))


def translation_problems(entries):
    """Human-readable problems of .ts entries: unfinished, vanished, placeholders, markup."""
    problems = []
    for entry in entries.values():
        label = f"[{entry.context}] {entry.source!r}"
        if entry.kind in ("vanished", "obsolete"):
            problems.append(f"{label}: {entry.kind} (no longer in the code; run update --prune)")
            continue
        if entry.kind == "unfinished" or not entry.translation:
            problems.append(f"{label}: unfinished")
            continue
        if placeholders(entry.source) != placeholders(entry.translation):
            problems.append(f"{label}: placeholders {placeholders(entry.source)} became "
                            f"{placeholders(entry.translation)} in {entry.translation!r}")
        if len(_ACCELERATOR.findall(entry.source)) != len(_ACCELERATOR.findall(entry.translation)):
            problems.append(f"{label}: keyboard accelerator '&' lost or added in {entry.translation!r}")
        if sorted(_TAG.findall(entry.source)) != sorted(_TAG.findall(entry.translation)):
            problems.append(f"{label}: HTML tags differ in {entry.translation!r}")
    return problems


def check(languages=("es",), root=REPO):
    problems = [str(f) for f in find_untranslated(root=root)]
    messages = collect(root)
    for lang in languages:
        entries = read_ts(ts_path(lang))
        problems += [f"{lang}: {p}" for p in translation_problems(entries)]
        live = {k for k, e in entries.items() if e.kind not in ("vanished", "obsolete")}
        problems += [f"{lang}: missing from the .ts: [{c}] {s!r}" for c, s in sorted(set(messages) - live)]
    return problems


# --------------------------------------------------------------------------- compile
def find_lrelease():
    for candidate in ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "lrelease-qt6",
                      "/usr/lib/qt6/bin/lrelease"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def compile_ts(out_dir=None, languages=None):
    """lrelease every i18n/*.ts into .qm files (in i18n/ or out_dir); return the .qm paths."""
    lrelease = find_lrelease()
    if lrelease is None:
        raise SystemExit("lrelease not found: install qttools5-dev-tools (make setup does)")
    out = Path(out_dir) if out_dir else I18N_DIR
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(I18N_DIR.glob(TS_PATTERN.format(lang="*")))
    if languages:
        sources = [ts_path(lang) for lang in languages]
    produced = []
    for ts in sources:
        qm = out / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)  # nosec B603
        produced.append(qm)
    return produced


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update_cmd = commands.add_parser("update", help="refresh the .ts sources from the code")
    update_cmd.add_argument("--prune", action="store_true", help="drop strings no longer in the code")
    update_cmd.add_argument("--lang", action="append", help="language code (default: every .ts, or es)")
    compile_cmd = commands.add_parser("compile", help="lrelease the .ts sources into .qm")
    compile_cmd.add_argument("--out", help="folder for the .qm files (default: i18n/)")
    commands.add_parser("check", help="report untranslated literals and incomplete translations")
    args = parser.parse_args(argv)

    existing = sorted(p.stem.rsplit("_", 1)[-1] for p in I18N_DIR.glob(TS_PATTERN.format(lang="*")))
    if args.command == "update":
        languages = args.lang or existing or ["es"]
        for lang, (total, done, unfinished, vanished) in update(languages, prune=args.prune).items():
            coverage = 100.0 * done / total if total else 100.0
            print(f"{ts_path(lang).relative_to(REPO)}: {total} strings, {done} translated "
                  f"({coverage:.1f}%), {unfinished} unfinished, {vanished} vanished")
        return 0
    if args.command == "compile":
        for qm in compile_ts(args.out):
            print(qm)
        return 0
    problems = check(existing or ["es"])
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
