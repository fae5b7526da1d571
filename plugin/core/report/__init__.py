"""The VRAEM map sheet: figures (figures.py), the sheet built from a template (sheet.py), its export
(export.py), fonts and styles (styles.py)."""
