"""The dock's one way to tell the user something: message-bar items (a VraemError becomes one here)."""

import functools

from qgis.core import Qgis

from ..core.errors import VraemError
from ..i18n import tr


class Notifier:
    """Pushes messages to the QGIS message bar (nothing without an interface, e.g. in tests without one)."""

    def __init__(self, interface):
        self.iface = interface

    def push(self, message, level, duration):
        bar = self.iface.messageBar() if self.iface is not None and hasattr(self.iface, "messageBar") else None
        if bar is not None:
            bar.pushMessage(tr("VRAEM Analyst"), message, level, duration)

    def warn(self, message):
        self.push(message, Qgis.MessageLevel.Warning, 8)

    def inform(self, message):
        self.push(message, Qgis.MessageLevel.Success, 5)

    def info(self, message, duration=10):
        self.push(message, Qgis.MessageLevel.Info, duration)

    def error(self, error):
        """A VraemError (its message is already translated) as a warning."""
        self.warn(str(error))


def shows_errors(failed=None):
    """Decorate a section method: a VraemError it raises becomes a warning and the method returns `failed`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(section, *args, **kwargs):
            try:
                return method(section, *args, **kwargs)
            except VraemError as error:
                section.notifier.error(error)
                return failed

        return wrapper

    return decorate
