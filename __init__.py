"""VRAEM Analyst QGIS plugin entry point."""


def classFactory(iface):
    """Return the plugin; if it cannot be imported, a stub that reports why in the message bar.

    The import happens here, not at module level, so that QGIS (and qgis_process, where
    iface is None) pays nothing until the plugin is really started.
    """
    try:
        from .plugin.main import VraemAnalystPlugin
    except Exception as error:  # any import failure must not take QGIS down
        # `from .plugin import broken` (not `from .plugin.broken import ...`) so that QGIS's import
        # tracker records the `plugin` package too and unloadPlugin() removes every module.
        from .plugin import broken

        return broken.BrokenPlugin(iface, error)
    return VraemAnalystPlugin(iface)
