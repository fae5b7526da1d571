"""The build tools (tools/, not packaged) loaded as modules for the tests."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_tool(filename, module_name):
    """tools/<filename> as a module named `module_name`."""
    spec = importlib.util.spec_from_file_location(module_name, REPO / "tools" / filename)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
