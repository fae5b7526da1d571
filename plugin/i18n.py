"""Translation helpers: one context for the whole plugin, locale taken from QGIS."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "VraemAnalyst"
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n")


def tr(text):
    """Translate a user-visible string (tools/i18n.py collects every call)."""
    return QCoreApplication.translate(CONTEXT, text)


def plural(n, one, other):
    """The translated form for count `n`: plural(n, tr("{n} feature"), tr("{n} features")).format(n=n).

    English, Spanish and Portuguese (the plugin's languages) all use the singular for exactly one."""
    return one if n == 1 else other


def current_locale():
    """Two-letter language code QGIS is running in (e.g. 'es')."""
    locale = QgsApplication.locale() or QgsSettings().value("locale/userLocale", "en_US")
    return (locale or "en")[:2]


def install_translator(locale=None):
    """Load i18n/vraem_analyst_<lang>.qm into the application; return the translator or None."""
    lang = locale or current_locale()
    path = os.path.join(I18N_DIR, f"vraem_analyst_{lang}.qm")
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
