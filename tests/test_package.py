"""tools/package.py builds the release ZIP the issue describes, deterministically, plus plugins.xml."""

import configparser
import hashlib
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from desktop import PACKAGE, REPO, build_plugin_zip


def _metadata(text):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser["general"])


def _walk(folder, suffixes):
    """Independent listing of the files that must be packaged (pathlib walk, not package.py's code)."""
    found = set()
    for path in (REPO / folder).rglob("*"):
        relative = path.relative_to(REPO)
        if path.is_file() and path.suffix in suffixes and "__pycache__" not in relative.parts \
                and not any(part.startswith(".") for part in relative.parts):
            found.add(relative.as_posix())
    return found


@pytest.fixture(scope="module")
def names(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        return archive.namelist()


def test_zip_name_and_single_top_folder(plugin_zip, names):
    version = _metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))["version"]
    assert plugin_zip.name == f"{PACKAGE}-{version}.zip"
    assert {name.split("/")[0] for name in names} == {PACKAGE}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "plugin/main.py", "resources/icon.svg"):
        assert f"{PACKAGE}/{required}" in names


def test_every_plugin_source_and_resource_is_packaged(names):
    packaged = {name[len(PACKAGE) + 1:] for name in names if not name.endswith("/")}
    expected = _walk("plugin", {".py", ".ui"})
    expected |= {p for p in _walk("resources", {".svg", ".png", ".qml", ".qpt", ".gpkg", ".ttf", ".otf", ".txt"})}
    expected |= {p for p in _walk("docs", {".md"}) if p.count("/") == 1}
    missing = expected - packaged
    assert not missing, f"not in the ZIP: {sorted(missing)}"
    if (REPO / "README.md").exists():
        assert "README.md" in packaged


def test_no_tests_tooling_caches_or_hidden_files(names):
    for name in names:
        parts = name.rstrip("/").split("/")[1:]
        assert not any(part.startswith(".") for part in parts), name
        assert not {"tests", "tools", "__pycache__", "dist", "build", "out"} & set(parts[:1] + parts), name
        assert not name.endswith((".pyc", ".ts", ".sh", ".gpkg-wal", ".gpkg-shm")), name
    top_level = {name.split("/")[1] for name in names if name.count("/") >= 1 and name.split("/")[1]}
    assert top_level <= {"__init__.py", "metadata.txt", "LICENSE", "README.md", "docs", "plugin", "resources",
                         "i18n"}, top_level


def test_translations_are_compiled_into_the_zip(plugin_zip, names, tmp_path):
    sources = sorted((REPO / "i18n").glob("*.ts"))
    if not sources:
        pytest.skip("no i18n/*.ts yet: nothing to compile")
    from qgis.PyQt.QtCore import QTranslator

    for ts in sources:
        qm_name = f"{PACKAGE}/i18n/{ts.stem}.qm"
        assert qm_name in names
        with zipfile.ZipFile(plugin_zip) as archive:
            qm = tmp_path / f"{ts.stem}.qm"
            qm.write_bytes(archive.read(qm_name))
        translator = QTranslator()
        assert translator.load(str(qm)), f"{qm_name} is not a valid Qt translation file"
        # Every finished translation in the .ts source must come back from the compiled file.
        finished = 0
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") \
                        or not (translation.text or "").strip() or message.get("numerus") == "yes":
                    continue
                finished += 1
                source = message.findtext("source")
                # QTranslator takes const char*: pass UTF-8 bytes (PyQt would encode str as ASCII)
                got = translator.translate(context.findtext("name").encode("utf-8"), source.encode("utf-8"))
                assert got == translation.text, source
        assert translator.isEmpty() == (finished == 0)


def test_license_is_the_gpl(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        text = archive.read(f"{PACKAGE}/LICENSE").decode("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 2, June 1991" in text
    assert "any later version" in text


def test_packaged_metadata_has_release_urls_and_everything_else_unchanged(plugin_zip):
    release = configparser.ConfigParser(interpolation=None)
    release.read(REPO / "release.cfg", encoding="utf-8")
    source = _metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    with zipfile.ZipFile(plugin_zip) as archive:
        packaged = _metadata(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
    for key in ("homepage", "repository", "tracker"):
        assert packaged[key] == release["urls"][key]
    written_in = set(release["urls"]) | {"changelog"}
    assert {k: v for k, v in packaged.items() if k not in written_in} == \
        {k: v for k, v in source.items() if k not in written_in}


def _package_module():
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import package
    finally:
        sys.path.remove(str(REPO / "tools"))
    return package


def test_changelog_comes_from_changelog_md(plugin_zip):
    source = _metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    assert "changelog" not in source, "CHANGELOG.md is the one place the changelog is written"
    with zipfile.ZipFile(plugin_zip) as archive:
        changelog = _metadata(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))["changelog"]
    markdown = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {source['version']}\n" in markdown
    lines = changelog.splitlines()
    assert lines[0] == source["version"]
    items = [line for line in lines if line.startswith("- ")]
    section = markdown.split(f"## {source['version']}\n", 1)[1].split("\n## ", 1)[0]
    assert len(items) == section.count("\n- ") >= 1
    for item in items:  # each item whole, its wrapped lines joined
        assert " ".join(item[2:].split()) in " ".join(section.split())


def test_packaging_stops_when_the_version_has_no_changelog_entry(tmp_path):
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n## 0.0.9\n\n- older release\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no section '## 0.1.0'"):
        _package_module().changelog_text(tmp_path, "0.1.0")


def test_metadata_is_complete():
    meta = _metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    assert meta["name"] == "VRAEM Analyst"
    assert meta["qgisMinimumVersion"] == "3.40"  # the oldest QGIS the suite runs on (make test)
    for guide in ("README.md", "docs/README.es.md"):
        assert f"QGIS {meta['qgisMinimumVersion']} – 4.x" in (REPO / guide).read_text(encoding="utf-8"), guide
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["hasProcessingProvider"] == "yes"
    assert "supportsQt6" not in meta
    for key in ("category", "tags", "about", "description", "description[es]", "about[es]",
                "author", "email", "version"):
        assert meta.get(key, "").strip(), key
    assert meta["icon"].endswith(".svg") and (REPO / meta["icon"]).is_file()
    assert meta["description[es]"] != meta["description"] and meta["about[es]"] != meta["about"]


def test_build_is_deterministic(tmp_path):
    first = build_plugin_zip(tmp_path / "first")
    again = build_plugin_zip(tmp_path / "again")
    assert hashlib.sha256(again.read_bytes()).hexdigest() == hashlib.sha256(first.read_bytes()).hexdigest()
    with zipfile.ZipFile(again) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in archive.infolist()} == {(2024, 1, 1, 0, 0, 0)}
        assert all(not (info.external_attr >> 16) & 0o111 for info in archive.infolist() if not info.is_dir())


def test_plugins_xml_describes_the_zip(tmp_path):
    base = "http://127.0.0.1:8765/repo"
    zip_path = build_plugin_zip(tmp_path, base_url=base)
    meta = _metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    root = ET.parse(tmp_path / "plugins.xml").getroot()
    assert root.tag == "plugins"
    (plugin,) = root.findall("pyqgis_plugin")
    assert plugin.get("name") == meta["name"] and plugin.get("version") == meta["version"]
    assert plugin.findtext("download_url") == f"{base}/{zip_path.name}"
    # QGIS derives the plugin id from <file_name> up to the first dot.
    assert plugin.findtext("file_name").partition(".")[0] == PACKAGE
    assert plugin.findtext("qgis_minimum_version") == meta["qgisMinimumVersion"]
    assert plugin.findtext("qgis_maximum_version") == meta["qgisMaximumVersion"]
    assert plugin.findtext("about") == meta["about"]
    # the icon is served beside the ZIP, under an absolute URL (QGIS resolves relative ones against
    # the server's root), and is the plugin's own
    icon_url = plugin.findtext("icon")
    assert icon_url == f"{base}/{PACKAGE}-{meta['version']}.svg"
    assert (tmp_path / icon_url.rsplit("/", 1)[1]).read_bytes() == (REPO / meta["icon"]).read_bytes()


def test_make_package_target_builds_the_zip():
    """`make package` is the documented command; check it runs and leaves dist/ consistent."""
    result = subprocess.run(["make", "-s", "package"], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    version = _metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))["version"]
    assert (REPO / "dist" / f"{PACKAGE}-{version}.zip").is_file()
    assert (REPO / "dist" / "plugins.xml").is_file()


def test_package_cli_help_runs():
    result = subprocess.run([sys.executable, str(Path(REPO, "tools", "package.py")), "--help"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "--base-url" in result.stdout
