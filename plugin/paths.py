"""Where the plugin's own files are: one place, so nothing else builds paths by hand."""

import os

from .i18n import current_locale

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES_DIR = os.path.join(PLUGIN_DIR, "resources")
DATA_GPKG = os.path.join(RESOURCES_DIR, "data", "vraem.gpkg")
STYLES_DIR = os.path.join(RESOURCES_DIR, "styles")
LAYOUTS_DIR = os.path.join(RESOURCES_DIR, "layouts")
METADATA_TXT = os.path.join(PLUGIN_DIR, "metadata.txt")


def plugin_version():
    """The version in metadata.txt ("" when it cannot be read): what exported figures name as their maker."""
    try:
        with open(METADATA_TXT, encoding="utf-8") as handle:
            for line in handle:
                key, _, value = line.partition("=")
                if key.strip() == "version":
                    return value.strip()
    except OSError:
        pass
    return ""


def help_path():
    """The user guide in the user's language (Spanish guide for 'es', README otherwise)."""
    spanish = os.path.join(PLUGIN_DIR, "docs", "README.es.md")
    if current_locale() == "es" and os.path.exists(spanish):
        return spanish
    return os.path.join(PLUGIN_DIR, "README.md")
