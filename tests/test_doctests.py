"""Every docstring example in the package runs (``>>>`` lines are doctests).

Each module of ``claimscope`` is imported and its doctests run; a module whose
optional extra is not installed (``claimscope.integrations.dask`` without dask) is
skipped, not failed.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import claimscope

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(claimscope.__path__, prefix="claimscope.")
    if not info.name.endswith(".__main__")  # a program: importing it runs it
)


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as e:
        if e.name and not e.name.startswith("claimscope"):
            pytest.skip(f"{name} needs {e.name}, an optional extra")
        raise


def test_the_attribution_modules_are_walked() -> None:
    """The walk reaches into the attribution package (its modules have examples)."""
    assert {"claimscope.attribution.who", "claimscope.lexicon"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests_pass(name: str) -> None:
    """The module's docstring examples give the outputs they show."""
    module = _import(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
