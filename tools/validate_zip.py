#!/usr/bin/env python3
"""Offline mirror of the checks plugins.qgis.org runs on an uploaded plugin ZIP.

    python tools/validate_zip.py dist/vraem_analyst-<version>.zip [--no-bandit]

Mirrors the upload validator (size, paths, forbidden folders, CRC, one top folder, __init__.py,
metadata.txt [general] with the required keys, icon, LICENSE, author, syntactically valid URLs)
and, once those pass, runs the site's security scan itself: its tools at its versions with its
command lines (`site-` codes: detect-secrets, bandit with the site's tests honouring `# nosec`,
flake8 with the site's selection; see ../shared/SITE-CHECKS.md). The live HTTP HEAD check of the
three URLs is not done: it needs the internet and the URLs are release configuration.
Where this project is stricter than the site, the finding's code says so with a `project-` prefix:
one top folder is an error here, not a warning; homepage, qgisMaximumVersion, category, tags, icon,
changelog and hasProcessingProvider are required; Bandit runs every test and ignores `# nosec`;
a few secret patterns are matched by hand; flake8 findings (informational on the site) and a
`.secrets.baseline` (which would hide findings wholesale) are errors.

Exit status 0 when there are no errors (warnings are printed but do not fail).
"""

import argparse
import configparser
import json
import os
import re
import stat
import subprocess  # nosec B404 - developer tool, not packaged
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

MAX_SIZE = 25_000_000  # bytes, the site's PLUGIN_MAX_UPLOAD_SIZE
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                     "tracker", "repository")
PROJECT_REQUIRED_METADATA = ("homepage", "qgisMaximumVersion", "category", "tags", "icon", "changelog",
                             "hasProcessingProvider")
BOOLEAN_METADATA = ("experimental", "deprecated", "server", "hasProcessingProvider")
FORBIDDEN_FOLDERS = ("__MACOSX", ".git", "__pycache__")
# The site rejects its own placeholder URLs from the plugin builder template.
PLACEHOLDER_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
# The site's scan (security_scanner.py at commit 73c20fa9 of qgis/QGIS-Plugins-Website).
SITE_TOOL_VERSIONS = {"bandit": "1.9.4", "detect-secrets": "1.5.0", "flake8": "7.5.0"}
SITE_BANDIT_TESTS = ("B101,B102,B103,B104,B105,B106,B107,B108,B110,B111,B112,B113,B201,B202,B301,B302,B303,B304,"
                     "B305,B306,B307,B308,B310,B311,B312,B313,B314,B315,B316,B317,B318,B319,B320,B321,B323,B324,"
                     "B401,B402,B403,B405,B406,B407,B408,B409,B412,B413,B501,B502,B503,B504,B505,B506,B507,B508,"
                     "B509,B601,B602,B603,B604,B605,B606,B607,B608,B609,B610,B611,B612,B613,B614,B615,B701,B702,"
                     "B703,B704")
SITE_DETECT_SECRETS_ARGS = ("scan", "--all-files", "--exclude-files", r"metadata\.txt", "--exclude-files",
                            r"\.secrets\.baseline", "--disable-plugin", "IPPublicDetector", ".")
SITE_FLAKE8_ARGS = ("--format=json", "--max-line-length=120", "--select",
                    "E101,E711,E712,E713,E714,E721,E722,E731,E741,E742,E743,E901,E902,E999,W605,F402,F403,F404,"
                    "F405,F811,F821,F822,F823,F831,F901,C901", ".")
SECRET_PATTERNS = [
    ("private key", re.compile(rb"-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----")),
    ("AWS access key", re.compile(rb"\bAKIA[0-9A-Z]{16}\b")),
    ("GitHub token", re.compile(rb"\bgh[pousr]_[A-Za-z0-9]{36,}\b")),
    ("hard-coded password", re.compile(rb"(?i)\b(?:password|passwd|secret|api_?key|token)\s*=\s*['\"][^'\"\s]{6,}['\"]")),
]


@dataclass
class Finding:
    code: str
    message: str
    path: str = ""

    def __str__(self):
        where = f" [{self.path}]" if self.path else ""
        return f"{self.code}: {self.message}{where}"


@dataclass
class Report:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    package_name: str = ""
    bandit: list = field(default_factory=list)
    secrets: list = field(default_factory=list)
    flake8: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    def codes(self):
        return {finding.code for finding in self.errors}

    def error(self, code, message, path=""):
        self.errors.append(Finding(code, message, path))

    def warn(self, code, message, path=""):
        self.warnings.append(Finding(code, message, path))


def _check_entry_names(archive, report):
    for name in archive.namelist():
        if ".." in name or name.startswith("/") or "\\" in name or re.match(r"^[A-Za-z]:", name):
            report.error("path", "the ZIP cannot contain path information (.., absolute paths, backslashes "
                                 "or drive letters)", name)
        if ".pyc" in name:
            report.error("pyc", "the ZIP cannot contain .pyc files", name)
        parts = name.split("/")
        for folder in FORBIDDEN_FOLDERS:
            if folder in parts:
                report.error("forbidden-folder", f"the ZIP cannot contain a '{folder}' folder", name)


def _check_top_folder(namelist, report):
    tops = sorted({name.split("/")[0] for name in namelist})
    if len(tops) > 1:
        # The site only warns here; QGIS would install just one of them, so this project rejects it.
        report.error("project-multiple-top-folders", "the ZIP must have exactly one top folder, found: "
                     + ", ".join(tops))
    first = namelist[0] if namelist else ""
    if "/" not in first:
        report.error("no-folder", "cannot find a folder inside the ZIP: this does not seem a valid plugin")
        return ""
    package = first.split("/")[0]
    if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package):
        report.error("package-name", "the top folder must start with an ASCII letter and contain only ASCII "
                                     "letters, digits, '-' and '_'", package)
    elif not package.isidentifier():
        report.error("project-package-identifier", "the top folder must be a Python identifier so the plugin "
                                                   "can be imported", package)
    return package


def _read_metadata(archive, package, report):
    name = f"{package}/metadata.txt"
    if name not in archive.namelist():
        report.error("metadata-missing", "cannot find metadata.txt in the plugin folder", name)
        return {}
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read_string(archive.read(name).decode("utf-8"))
    except (UnicodeDecodeError, configparser.Error) as error:
        report.error("metadata-parse", f"errors parsing metadata.txt: {error}", name)
        return {}
    if not parser.has_section("general"):
        report.error("metadata-general", "cannot find a section named 'general' in metadata.txt", name)
        return {}
    return {key: value.strip() for key, value in parser.items("general")}


def _check_metadata(archive, package, metadata, report):
    missing = [key for key in REQUIRED_METADATA if not metadata.get(key)]
    if missing:
        report.error("metadata-required", "missing metadata: " + ", ".join(missing))
    missing = [key for key in PROJECT_REQUIRED_METADATA if not metadata.get(key)]
    if missing:
        report.error("project-metadata-required", "missing metadata: " + ", ".join(missing))
    for key in BOOLEAN_METADATA:
        value = metadata.get(key)
        if value is not None and value.lower() not in ("true", "false", "yes", "no", "1", "0"):
            report.error("metadata-boolean", f"{key} must be True or False, not {value!r}")
    if "/" in metadata.get("author", ""):
        report.error("author", "author name cannot contain slashes")
    for key, placeholder in PLACEHOLDER_URLS.items():
        url = metadata.get(key, "")
        parsed = urlparse(url)
        if url and (url == placeholder or not (parsed.scheme and parsed.netloc)):
            report.error("url", f"{key} is not a valid URL: {url!r}")
    icon = metadata.get("icon", "")
    if icon:
        icon_name = f"{package}/{icon[2:] if icon.startswith('./') else icon}"
        if icon_name not in archive.namelist():
            report.error("project-icon-missing", "the icon named in metadata.txt is not in the ZIP", icon_name)
    version = metadata.get("version", "")
    if version and not re.match(r"^\d+(\.\d+)*([-.]?\w+)?$", version):
        report.error("version", f"version {version!r} is not a version number")
    if "supportsQt6" in metadata:
        report.warn("supportsQt6", "supportsQt6 is deprecated; qgisMaximumVersion=4.99 is what QGIS 4 reads")
    maximum = metadata.get("qgisMaximumVersion", "")
    if maximum and not maximum.startswith("4"):
        report.warn("qgis4", "qgisMaximumVersion below 4: QGIS 4 will hide the plugin")


def _check_files(archive, package, report):
    for info in archive.infolist():
        name = info.filename
        if name.endswith("/"):
            continue
        mode = info.external_attr >> 16
        if any(part.startswith(".") for part in name.split("/")):
            report.warn("hidden-file", "hidden file or folder", name)
        if name.endswith(".sh"):
            report.warn("shell-script", "shell script in the package", name)
        if mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH) and not stat.S_ISDIR(mode):
            report.warn("executable", "executable file", name)


def _run_tool(module, args, folder):
    """Run `python -m module args` inside folder (as the site does: paths relative to the plugin
    folder); return its standard output, or raise when the tool itself failed."""
    command = [sys.executable, "-m", module, *args]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)  # nosec B603
    if result.returncode not in (0, 1) or not result.stdout.strip():
        raise RuntimeError(f"{module} did not run: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout


def run_bandit(folder, site=False):
    """Bandit over a folder; returns its findings. site=True: the site's command line (its enabled
    tests, `# nosec` honoured); otherwise this project's stricter one (every test, `# nosec` ignored)."""
    args = ["-t", SITE_BANDIT_TESTS] if site else ["--ignore-nosec"]
    data = json.loads(_run_tool("bandit", ["-r", ".", "-f", "json", "--quiet", *args], folder))
    if data.get("errors"):
        raise RuntimeError(f"bandit could not scan: {data['errors']}")
    return data.get("results", [])


def run_detect_secrets(folder):
    """detect-secrets with the site's command line; returns {path: [finding, ...]}."""
    return json.loads(_run_tool("detect_secrets", SITE_DETECT_SECRETS_ARGS, folder))["results"]


def run_flake8(folder):
    """flake8 with the site's selection; returns {path: [finding, ...]} for files with findings."""
    data = json.loads(_run_tool("flake8", SITE_FLAKE8_ARGS, folder))
    return {path: findings for path, findings in data.items() if findings}


def _extract(archive, folder):
    for info in archive.infolist():
        target = Path(folder, info.filename).resolve()
        if not str(target).startswith(str(Path(folder).resolve()) + os.sep) or info.filename.endswith("/"):
            continue  # path entries are already reported; never write outside the folder
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive.read(info))


def _check_secret_patterns(archive, report):
    for name in archive.namelist():
        if name.endswith((".py", ".txt", ".cfg", ".ini", ".json", ".md", ".xml", ".qml", ".qpt", ".ui")):
            content = archive.read(name)
            for label, pattern in SECRET_PATTERNS:
                if pattern.search(content):
                    report.error("secret", f"possible secret ({label})", name)


def _check_security(archive, package, report):
    """The site's scan from inside the unpacked plugin folder, then this project's stricter checks."""
    _check_secret_patterns(archive, report)
    if f"{package}/.secrets.baseline" in archive.namelist():
        report.error("project-secrets-baseline", "a .secrets.baseline would hide detect-secrets findings; "
                     "allowlist a single line inline instead", f"{package}/.secrets.baseline")
    with tempfile.TemporaryDirectory(prefix="vraem-validate-") as folder:
        _extract(archive, folder)
        plugin_folder = Path(folder, package)
        for path, findings in sorted(run_detect_secrets(plugin_folder).items()):
            for item in findings:
                report.secrets.append({**item, "filename": path})
                report.error("site-detect-secrets", f"{item['type']}", f"{path}:{item['line_number']}")
        for item in run_bandit(plugin_folder, site=True):
            path = os.path.relpath(item["filename"], plugin_folder)
            report.error("site-bandit", f"{item['test_id']} {item['test_name']}: {item['issue_text']}",
                         f"{path}:{item['line_number']}")
        for path, findings in sorted(run_flake8(plugin_folder).items()):
            for item in findings:
                report.flake8.append({**item, "filename": path})
                report.error("project-flake8", f"{item['code']} {item['text']}", f"{path}:{item['line_number']}")
        for item in run_bandit(plugin_folder):
            path = os.path.relpath(item["filename"], plugin_folder)
            report.bandit.append(item)
            report.error("bandit", f"{item['test_id']} {item['test_name']}: {item['issue_text']}",
                         f"{path}:{item['line_number']}")


def validate_zip(path, scan=True):
    """Validate a plugin ZIP as plugins.qgis.org would; return a Report (report.ok, report.errors...).
    The security scan runs only on a ZIP the validator accepted, as on the site (scan=False: never)."""
    report = Report()
    path = Path(path)
    if path.stat().st_size > MAX_SIZE:
        report.error("size", f"the ZIP is too big: {path.stat().st_size} bytes, the maximum is {MAX_SIZE}")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        report.error("not-a-zip", f"could not unzip the file: {error}")
        return report
    with archive:
        _check_entry_names(archive, report)
        try:
            bad = archive.testzip()
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as error:
            bad = str(error)
        if bad:
            report.error("crc", "bad ZIP (maybe a CRC error)", bad)
            return report
        namelist = archive.namelist()
        package = _check_top_folder(namelist, report)
        if not package:
            return report
        report.package_name = package
        if f"{package}/__init__.py" not in namelist:
            report.error("init-missing", "cannot find __init__.py in the plugin folder", f"{package}/__init__.py")
        metadata = _read_metadata(archive, package, report)
        report.metadata = metadata
        if metadata:
            _check_metadata(archive, package, metadata, report)
        if f"{package}/LICENSE" not in namelist:
            report.error("license-missing", "cannot find LICENSE in the plugin folder (required)",
                         f"{package}/LICENSE")
        _check_files(archive, package, report)
        if scan and report.ok:
            _check_security(archive, package, report)
    return report


def main(argv=None):
    parser = argparse.ArgumentParser(description="Offline mirror of the plugins.qgis.org checks.")
    parser.add_argument("zip", type=Path)
    parser.add_argument("--no-scan", action="store_true", help="skip the security scan")
    args = parser.parse_args(argv)
    report = validate_zip(args.zip, scan=not args.no_scan)
    for finding in report.warnings:
        print(f"warning: {finding}")
    for finding in report.errors:
        print(f"error: {finding}")
    print(f"{args.zip}: {'OK' if report.ok else 'REJECTED'} ({len(report.errors)} errors, "
          f"{len(report.warnings)} warnings)")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
