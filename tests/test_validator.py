"""The offline mirror of the plugins.qgis.org checks accepts the release ZIP and rejects broken ones;
the site's own scan (detect-secrets, bandit and flake8 at the site's versions, with its command lines)
and `bandit -r` over the unpacked release ZIP find nothing."""

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from desktop import PACKAGE, REPO

sys.path.insert(0, str(REPO / "tools"))
import validate_zip


def test_release_zip_passes_every_check(plugin_zip):
    report = validate_zip.validate_zip(plugin_zip)
    assert report.errors == []
    assert report.warnings == []
    assert report.package_name == PACKAGE
    assert report.metadata["name"] == "VRAEM Analyst"
    assert plugin_zip.stat().st_size < validate_zip.MAX_SIZE


def test_bandit_over_the_unpacked_zip_has_zero_findings(plugin_zip, tmp_path):
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(tmp_path)
    python_files = list((tmp_path / PACKAGE).rglob("*.py"))
    assert len(python_files) >= 5
    result = subprocess.run([sys.executable, "-m", "bandit", "-r", "-f", "json", "-q", str(tmp_path / PACKAGE)],
                            capture_output=True, text=True, check=False)
    report = json.loads(result.stdout)
    findings = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}" for r in report["results"]]
    assert findings == []
    assert report["errors"] == []
    assert result.returncode == 0
    # bandit really read the code: every packaged .py was scanned
    scanned = {Path(name).resolve() for name in report["metrics"] if name != "_totals"}
    assert {p.resolve() for p in python_files} <= scanned
    assert report["metrics"]["_totals"]["loc"] > 50


def test_the_site_tools_are_at_the_sites_versions():
    from importlib.metadata import version

    assert {name: version(name) for name in validate_zip.SITE_TOOL_VERSIONS} == validate_zip.SITE_TOOL_VERSIONS


def test_the_site_scan_of_the_release_zip_finds_nothing(plugin_zip, tmp_path):
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(tmp_path)
    folder = tmp_path / PACKAGE
    assert validate_zip.run_detect_secrets(folder) == {}
    assert validate_zip.run_bandit(folder, site=True) == []
    assert validate_zip.run_flake8(folder) == {}


def test_an_unmarked_checksum_blocks_the_upload(plugin_zip, tmp_path):
    """Version 0.1.0's state: the pinned sha256 values without their inline allowlist are two
    HexHighEntropyString findings for the site's detect-secrets, and any finding blocks the version."""
    name = f"{PACKAGE}/plugin/core/download.py"
    source = _read(plugin_zip, name).decode("utf-8")
    unmarked = re.sub(r"  # pragma: allowlist secret.*", "", source)
    checksum_lines = [number for number, line in enumerate(unmarked.splitlines(), start=1)
                      if re.search(r'"[0-9a-f]{64}"', line)]
    assert len(checksum_lines) == 2
    report = validate_zip.validate_zip(_rewrite(plugin_zip, tmp_path / "unmarked.zip",
                                                replace={name: unmarked.encode("utf-8")}))
    assert [(f.code, f.message, f.path) for f in report.errors] == [
        ("site-detect-secrets", "Hex High Entropy String", f"plugin/core/download.py:{line}") for line in checksum_lines]


def test_the_site_honours_nosec_and_this_project_does_not(plugin_zip, tmp_path):
    for comment, site_finding in (("  # nosec", False), ("", True)):
        code = f"def f(x):\n    assert x{comment}\n".encode()
        report = validate_zip.validate_zip(_rewrite(plugin_zip, tmp_path / "assert.zip",
                                                    add=[(f"{PACKAGE}/plugin/hidden.py", code)]))
        assert "bandit" in report.codes()
        assert ("site-bandit" in report.codes()) == site_finding


def test_a_flake8_finding_of_the_sites_selection_is_an_error(plugin_zip, tmp_path):
    report = validate_zip.validate_zip(_rewrite(plugin_zip, tmp_path / "star.zip",
                                                add=[(f"{PACKAGE}/plugin/star.py", b"from os import *\n")]))
    assert [(f["code"], f["filename"], f["line_number"]) for f in report.flake8] == [("F403", "./plugin/star.py", 1)]
    assert "project-flake8" in report.codes()


def _rewrite(source_zip, target, drop=(), add=(), rename=None, replace=None):
    """Copy a ZIP, leaving out `drop`, renaming entries with rename(name), replacing contents with
    replace[name] and appending `add` = [(name, bytes)]."""
    with zipfile.ZipFile(source_zip) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            data = src.read(info)
            if replace and info.filename in replace:
                data = replace[info.filename]
            name = rename(info.filename) if rename else info.filename
            dst.writestr(name, data)
        for name, data in add:
            dst.writestr(name, data)
    return target


def _read(zip_path, name):
    with zipfile.ZipFile(zip_path) as archive:
        return archive.read(name)


def _break_crc(source_zip, target):
    """Flip one byte of a stored member's data so its CRC no longer matches."""
    _rewrite(source_zip, target, add=[(f"{PACKAGE}/resources/extra.txt", b"some text that will be damaged")])
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo(f"{PACKAGE}/resources/extra.txt")
    header = info.header_offset
    name_len = int.from_bytes(data[header + 26:header + 28], "little")
    extra_len = int.from_bytes(data[header + 28:header + 30], "little")
    start = header + 30 + name_len + extra_len
    data[start] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


BROKEN = {
    "missing LICENSE": (lambda z, t: _rewrite(z, t, drop={f"{PACKAGE}/LICENSE"}), "license-missing"),
    "__pycache__ folder": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/plugin/__pycache__/main.cpython-311.pyc",
                                                              b"\x00")]), "forbidden-folder"),
    "a .pyc file": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/plugin/old.pyc", b"\x00")]), "pyc"),
    ".git folder": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/.git/HEAD", b"ref: x")]), "forbidden-folder"),
    "__MACOSX folder": (lambda z, t: _rewrite(z, t, add=[("__MACOSX/._x", b"x")]), "forbidden-folder"),
    "two top folders": (lambda z, t: _rewrite(z, t, add=[("other_plugin/__init__.py", b"")]),
                        "project-multiple-top-folders"),
    "path with ..": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/../evil.py", b"")]), "path"),
    "absolute path": (lambda z, t: _rewrite(z, t, add=[("/etc/evil.txt", b"")]), "path"),
    "no top folder": (lambda z, t: _rewrite(z, t, rename=lambda n: n.split("/", 1)[1] or "x"), "no-folder"),
    "top folder not an identifier": (lambda z, t: _rewrite(z, t, rename=lambda n: n.replace(PACKAGE, "vraem-analyst")),
                                     "project-package-identifier"),
    "missing __init__.py": (lambda z, t: _rewrite(z, t, drop={f"{PACKAGE}/__init__.py"}), "init-missing"),
    "missing metadata.txt": (lambda z, t: _rewrite(z, t, drop={f"{PACKAGE}/metadata.txt"}), "metadata-missing"),
    "metadata without [general]": (lambda z, t: _rewrite(z, t, replace={f"{PACKAGE}/metadata.txt": b"[other]\nname=x\n"}),
                                   "metadata-general"),
    "metadata missing tracker": (lambda z, t: _rewrite(z, t, replace={f"{PACKAGE}/metadata.txt": b"\n".join(
        line for line in _read(z, f"{PACKAGE}/metadata.txt").splitlines() if not line.startswith(b"tracker="))}),
        "metadata-required"),
    "placeholder URL": (lambda z, t: _rewrite(z, t, replace={f"{PACKAGE}/metadata.txt": b"\n".join(
        b"repository=http://repo" if line.startswith(b"repository=") else line
        for line in _read(z, f"{PACKAGE}/metadata.txt").splitlines())}), "url"),
    "bad CRC": (_break_crc, "crc"),
    "not a ZIP": (lambda z, t: (t.write_bytes(b"not a zip at all"), t)[1], "not-a-zip"),
    "assert in packaged code": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/plugin/checks.py",
                                                                   b"def check(x):\n    assert x > 0\n    return x\n")]),
                                "bandit"),
    "try/except/pass": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/plugin/quiet.py",
                                                           b"def f():\n    try:\n        return 1 / 0\n"
                                                           b"    except Exception:\n        pass\n")]), "bandit"),
    "subprocess in plugin code": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/plugin/run.py",
                                                                     b"import subprocess\n\n\ndef run(cmd):\n"
                                                                     b"    return subprocess.call(cmd, shell=True)\n")]),
                                  "bandit"),
    "a hard-coded secret": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/plugin/keys.py",
                                                               b"API_KEY = 'AKIAABCDEFGHIJKLMNOP'\n")]),
                            ("secret", "site-detect-secrets")),
    "a secrets baseline": (lambda z, t: _rewrite(z, t, add=[(f"{PACKAGE}/.secrets.baseline", b"{}")]),
                           "project-secrets-baseline"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_zip_is_rejected(case, plugin_zip, tmp_path):
    make, expected = BROKEN[case]
    broken = make(plugin_zip, tmp_path / "broken.zip")
    report = validate_zip.validate_zip(broken)
    assert not report.ok
    expected = {expected} if isinstance(expected, str) else set(expected)
    assert expected <= report.codes(), [str(f) for f in report.errors]


def test_bandit_finding_names_the_file_and_rule(plugin_zip, tmp_path):
    broken = BROKEN["assert in packaged code"][0](plugin_zip, tmp_path / "assert.zip")
    report = validate_zip.validate_zip(broken)
    assert [(f["test_id"], os.path.basename(f["filename"]), f["line_number"]) for f in report.bandit] == \
        [("B101", "checks.py", 2)]


def test_nosec_does_not_hide_a_finding(plugin_zip, tmp_path):
    """The site's scan blocks any finding; a `# nosec` comment must not make the mirror more lenient."""
    broken = _rewrite(plugin_zip, tmp_path / "nosec.zip",
                      add=[(f"{PACKAGE}/plugin/hidden.py", b"def f(x):\n    assert x  # nosec\n")])
    assert "bandit" in validate_zip.validate_zip(broken).codes()


def test_executable_and_hidden_files_are_advisory(plugin_zip, tmp_path):
    target = tmp_path / "advisory.zip"
    _rewrite(plugin_zip, target)
    with zipfile.ZipFile(target, "a") as archive:
        info = zipfile.ZipInfo(f"{PACKAGE}/plugin/script.sh")
        info.external_attr = 0o100755 << 16
        archive.writestr(info, b"echo hi\n")
        archive.writestr(f"{PACKAGE}/resources/.hidden", b"x")
    report = validate_zip.validate_zip(target)
    assert report.ok
    assert {f.code for f in report.warnings} >= {"executable", "shell-script", "hidden-file"}


def test_command_line_exit_status(plugin_zip, tmp_path):
    good = subprocess.run([sys.executable, str(REPO / "tools" / "validate_zip.py"), str(plugin_zip)],
                          capture_output=True, text=True, check=False)
    assert good.returncode == 0, good.stdout + good.stderr
    broken = BROKEN["missing LICENSE"][0](plugin_zip, tmp_path / "nolicense.zip")
    bad = subprocess.run([sys.executable, str(REPO / "tools" / "validate_zip.py"), str(broken)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "license-missing" in bad.stdout
