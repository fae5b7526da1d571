#!/usr/bin/env python3
"""Build the release ZIP and a plugins.xml so the ZIP can be served as a custom plugin repository.

    python tools/package.py [--base-url URL] [--dist DIR]

Writes dist/vraem_analyst-<version>.zip (one top folder `vraem_analyst/`) from the working tree,
using an explicit include list: nothing that is not listed (tests, tools, caches, hidden files)
can slip in. The ZIP is deterministic: sorted entries, fixed timestamps and permissions, so two
builds of the same tree are byte-identical. Translations (i18n/*.ts) are compiled with lrelease
at package time; the repository/tracker/homepage URLs come from release.cfg and `changelog=` from
CHANGELOG.md. The plugin icon is written beside the ZIP, and plugins.xml points at it (QGIS's plugin
manager shows a puzzle piece when <icon> is empty).
"""

import argparse
import configparser
import datetime
import os
import shutil
import subprocess  # nosec B404 - build tool, not packaged
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "vraem_analyst"
# Fixed timestamp for every entry: the ZIP's bytes depend only on the files' contents.
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

# (folder relative to the repository, file name patterns, recursive?)
INCLUDE = [
    (".", ["metadata.txt", "__init__.py", "LICENSE", "README.md"], False),
    ("docs", ["*.md"], False),
    ("plugin", ["*.py", "*.ui"], True),
    ("resources", ["*"], True),  # icons, styles, layouts, data, fonts: everything but the exclusions
    ("i18n", ["*.qm"], False),
]
# Never packaged, even when a pattern above would match (QGIS writes *.gpkg-wal etc. beside data).
EXCLUDE_PARTS = {"__pycache__", ".git", "__MACOSX", "tests", "tools"}
EXCLUDE_SUFFIXES = (".pyc", ".pyo", ".gpkg-wal", ".gpkg-shm", ".gpkg-journal", ".bak", "~", ".orig", ".rej")
RELEASE_URL_KEYS = ("homepage", "repository", "tracker")
CHANGELOG = "CHANGELOG.md"


def read_metadata_text(text):
    """The [general] section of a metadata.txt text as a dict (keys are case-sensitive)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser["general"])


def find_lrelease():
    for candidate in ("/usr/lib/qt5/bin/lrelease", shutil.which("lrelease"), shutil.which("lrelease-qt5")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def compile_translations(root):
    """Compile every i18n/*.ts to a .qm beside it (the .qm files are git-ignored build products)."""
    sources = sorted((root / "i18n").glob("*.ts"))
    if not sources:
        return []
    lrelease = find_lrelease()
    if lrelease is None:
        raise SystemExit("package: lrelease not found (install qttools5-dev-tools)")
    compiled = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)  # nosec B603
        compiled.append(qm)
    return compiled


def _excluded(relative):
    parts = relative.parts
    return any(part.startswith(".") for part in parts) or any(part in EXCLUDE_PARTS for part in parts) \
        or relative.name.endswith(EXCLUDE_SUFFIXES)


def collect_files(root):
    """Sorted list of paths (relative to root) that belong in the ZIP."""
    found = set()
    for folder, patterns, recursive in INCLUDE:
        base = root / folder
        if not base.is_dir():
            continue
        for pattern in patterns:
            matches = base.rglob(pattern) if recursive else base.glob(pattern)
            for path in matches:
                if path.is_file() and not path.is_symlink():
                    relative = path.relative_to(root)
                    if not _excluded(relative):
                        found.add(relative)
    return sorted(found, key=lambda p: p.as_posix())


def changelog_text(root, version):
    """`changelog=` for metadata.txt from CHANGELOG.md: every release up to `version`, newest first,
    as `version` lines followed by their items (continuation lines, as metadata.txt allows)."""
    sections, current = [], None
    for line in (root / CHANGELOG).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = [line[3:].strip(), []]
            sections.append(current)
        elif current is not None and line.startswith("- "):
            current[1].append(line[2:].strip())
        elif current is not None and line.startswith("  ") and current[1]:
            current[1][-1] += " " + line.strip()
    versions = [name for name, _ in sections]
    if version not in versions:
        raise SystemExit(f"package: {CHANGELOG} has no section '## {version}' for the version in metadata.txt")
    lines = []
    for name, items in sections[versions.index(version):]:
        lines += [name] + [f"- {item}" for item in items]
    return "\n    ".join(lines)


def release_metadata_text(root):
    """metadata.txt with the release URLs from release.cfg and the changelog from CHANGELOG.md written
    in (other lines untouched)."""
    release = configparser.ConfigParser(interpolation=None)
    release.read(root / "release.cfg", encoding="utf-8")
    urls = dict(release["urls"]) if release.has_section("urls") else {}
    source = (root / "metadata.txt").read_text(encoding="utf-8")
    lines = source.splitlines()
    seen = set()
    for index, line in enumerate(lines):
        key = line.split("=", 1)[0].strip()
        if "=" in line and key in urls:
            lines[index] = f"{key}={urls[key]}"
            seen.add(key)
    lines += [f"{key}={urls[key]}" for key in RELEASE_URL_KEYS if key in urls and key not in seen]
    lines.append(f"changelog={changelog_text(root, read_metadata_text(source)['version'])}")
    return "\n".join(lines) + "\n"


def _zip_info(name, is_dir=False):
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.create_system = 3  # Unix, so the permission bits below are honoured
    if is_dir:
        info.external_attr = (0o40755 << 16) | 0x10
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.external_attr = 0o100644 << 16  # never executable: the validator flags executable files
        info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_zip(root, zip_path):
    """Write the ZIP; return the list of entry names."""
    files = collect_files(root)
    metadata = release_metadata_text(root)
    folders = set()
    for relative in files:
        for parent in list(relative.parents)[:-1]:
            folders.add(parent.as_posix())
    entries = [(f"{PACKAGE}/", None)]
    entries += [(f"{PACKAGE}/{folder}/", None) for folder in folders]
    entries += [(f"{PACKAGE}/{relative.as_posix()}", relative) for relative in files]
    entries.sort(key=lambda entry: entry[0])
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = zip_path.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp_path, "w") as archive:
        for name, relative in entries:
            if relative is None:
                archive.writestr(_zip_info(name, is_dir=True), b"")
            elif relative.as_posix() == "metadata.txt":
                archive.writestr(_zip_info(name), metadata.encode("utf-8"), compresslevel=9)
            else:
                archive.writestr(_zip_info(name), (root / relative).read_bytes(), compresslevel=9)
    os.replace(tmp_path, zip_path)
    return [name for name, _ in entries]


def icon_file_name(metadata):
    """The name of the icon written beside the ZIP (the metadata's icon, named after the release)."""
    return f"{PACKAGE}-{metadata['version']}{Path(metadata['icon']).suffix}"


def plugins_xml(metadata, zip_name, base_url, zip_date):
    """A plugin repository document in the format QGIS's plugin manager reads (one plugin)."""
    version = metadata["version"]
    download_url = f"{base_url.rstrip('/')}/{zip_name}"
    # an absolute URL: QGIS would resolve a relative one against the server's root, not the repository
    icon_url = f"{base_url.rstrip('/')}/{icon_file_name(metadata)}"
    # QGIS takes the plugin id from <file_name> up to its first dot, so it must be
    # `vraem_analyst.<version>.zip` (the official repository's style), whatever the ZIP is called.
    file_name = f"{PACKAGE}.{version}.zip"
    fields = [
        ("description", metadata.get("description", "")),
        ("about", metadata.get("about", "")),
        ("version", version),
        ("trusted", "False"),
        ("qgis_minimum_version", metadata.get("qgisMinimumVersion", "")),
        ("qgis_maximum_version", metadata.get("qgisMaximumVersion", "")),
        ("homepage", metadata.get("homepage", "")),
        ("file_name", file_name),
        ("icon", icon_url),
        ("author_name", metadata.get("author", "")),
        ("download_url", download_url),
        ("uploaded_by", metadata.get("author", "")),
        ("create_date", zip_date),
        ("update_date", zip_date),
        ("experimental", metadata.get("experimental", "False")),
        ("deprecated", metadata.get("deprecated", "False")),
        ("tracker", metadata.get("tracker", "")),
        ("repository", metadata.get("repository", "")),
        ("tags", metadata.get("tags", "")),
        ("category", metadata.get("category", "")),
        ("changelog", metadata.get("changelog", "")),
        ("downloads", "0"),
        ("average_vote", "0"),
        ("rating_votes", "0"),
        ("external_dependencies", ""),
        ("server", "False"),
    ]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<plugins>",
             f"  <pyqgis_plugin name={quoteattr(metadata['name'])} version={quoteattr(version)}>"]
    lines += [f"    <{tag}>{escape(value)}</{tag}>" for tag, value in fields]
    lines += ["  </pyqgis_plugin>", "</plugins>", ""]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO, help="plugin source tree (default: this repository)")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder (default: dist/)")
    parser.add_argument("--base-url", default=None,
                        help="URL the ZIP will be served from, for plugins.xml (default: the dist folder as file://)")
    parser.add_argument("--no-translations", action="store_true", help="do not run lrelease")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)

    root = args.root.resolve()
    dist = args.dist.resolve()
    if not args.no_translations:
        compile_translations(root)
    metadata = read_metadata_text(release_metadata_text(root))
    zip_name = f"{PACKAGE}-{metadata['version']}.zip"
    zip_path = dist / zip_name
    entries = build_zip(root, zip_path)
    base_url = args.base_url or dist.as_uri()
    date = datetime.datetime(*ZIP_DATE).strftime("%Y-%m-%dT%H:%M:%S")
    shutil.copyfile(root / metadata["icon"], dist / icon_file_name(metadata))
    (dist / "plugins.xml").write_text(plugins_xml(metadata, zip_name, base_url, date), encoding="utf-8")
    if not args.quiet:
        size_kib = zip_path.stat().st_size / 1024
        print(f"package: {zip_path} ({len(entries)} entries, {size_kib:.0f} KiB) and plugins.xml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
