#!/usr/bin/env python3
"""`make demo`: install the release ZIP the way a user would and run vraem:exportreport headless.

The plugin goes into a throw-away plugin folder with a throw-away QGIS profile
(QGIS_PLUGINPATH, QGIS_CUSTOM_CONFIG_PATH), is enabled with `qgis_process plugins enable`, and
`qgis_process run vraem:exportreport` writes, on the bundled data (approximate zone, SAMPLE plan,
towns), out/vraem_report.pdf, out/vraem_report.png and out/vraem_figures.csv.
"""

import argparse
import csv
import os
import shutil
import subprocess  # nosec B404: tools/ is not packaged; this script drives qgis_process
import sys
import tempfile
import zipfile
from pathlib import Path

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
PLUGIN = "vraem_analyst"


def safe_extract(zip_path, folder):
    """Extract the ZIP, refusing entries that would land outside `folder`."""
    folder = Path(folder).resolve()
    with zipfile.ZipFile(zip_path) as archive:
        for name in archive.namelist():
            target = (folder / name).resolve()
            if folder not in target.parents and target != folder:
                raise SystemExit(f"demo: unsafe entry in {zip_path}: {name}")
        archive.extractall(folder)
    if not (folder / PLUGIN / "__init__.py").exists():
        raise SystemExit(f"demo: {zip_path} has no {PLUGIN}/__init__.py")


def run(command, env):
    print("demo: $ " + " ".join(command), flush=True)
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # nosec B603
    if completed.returncode != 0:
        sys.stdout.write(completed.stdout)
        sys.stderr.write(completed.stderr)
        raise SystemExit(f"demo: command failed with exit code {completed.returncode}")
    return completed.stdout


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", required=True, help="dist/vraem_analyst-<version>.zip")
    parser.add_argument("--out", default="out", help="folder for the report files")
    parser.add_argument("--template", default="A4", choices=("A4", "A3"))
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--locale", default=None, help="QGIS locale for the texts, e.g. es")
    parser.add_argument("--keep", action="store_true", help="keep the throw-away plugin folder and profile")
    args = parser.parse_args(argv)

    zip_path = Path(args.zip).resolve()
    if not zip_path.exists():
        raise SystemExit(f"demo: {zip_path} not found (run `make package` first)")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    outputs = {"OUTPUT_PDF": out / "vraem_report.pdf", "OUTPUT_PNG": out / "vraem_report.png",
               "OUTPUT_CSV": out / "vraem_figures.csv"}
    for path in outputs.values():
        if path.exists():
            path.unlink()

    scratch = Path(tempfile.mkdtemp(prefix="vraem-demo-"))
    try:
        plugins, profile = scratch / "plugins", scratch / "profile"
        plugins.mkdir()
        profile.mkdir()
        safe_extract(zip_path, plugins)
        env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), QGIS_CUSTOM_CONFIG_PATH=str(profile),
                   QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(scratch))
        if args.locale:
            settings = profile / "profiles" / "default" / "QGIS"
            settings.mkdir(parents=True, exist_ok=True)
            (settings / "QGIS3.ini").write_text(
                f"[locale]\noverrideFlag=true\nuserLocale={args.locale}\n", encoding="utf-8")
        run([QGIS_PROCESS, "plugins", "enable", PLUGIN], env)
        command = [QGIS_PROCESS, "run", "vraem:exportreport", "--",
                   f"TEMPLATE={args.template}", f"DPI={args.dpi}",
                   "TITLE=VRAEM: SAMPLE eradication plan, areas and potential yield",
                   "AUTHOR=make demo"]
        command += [f"{key}={path}" for key, path in outputs.items()]
        log = run(command, env)
        missing = [str(path) for path in outputs.values() if not path.exists() or path.stat().st_size == 0]
        if missing:
            sys.stdout.write(log)
            raise SystemExit("demo: not written: " + ", ".join(missing))
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)

    with open(outputs["OUTPUT_CSV"], encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    print("demo: figures")
    for row in rows:
        value = float(row["value"])
        shown = f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
        print(f"  {row['label']}: {shown} {row['unit']}")
    for path in outputs.values():
        print(f"demo: wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
