"""Text and switch parameters without pydantic: ``explain CODE``, ``rules`` and ``info`` start without importing it.

typer 0.29 coerces every parameter value through a pydantic ``TypeAdapter`` (``typer._coercion.build_runtime_param``
imports ``typer._adapters``, which imports pydantic: about 0.11 s, a third of a quick command's start), and builds
that adapter even for the help switch. For a parameter annotated ``str`` or ``bool`` the adapter returns a value of
that type as it is (``_parse_cli_str``, ``_parse_cli_bool``); it only has work to do for other values (``bytes``,
the text 'yes' for a switch). ``use_plain_params`` gives such parameters a coercion that returns a ``str`` or
``bool`` value as it is and hands anything else to typer's own adapter, so every value and every error is typer's.
Other annotations (paths, numbers, lists) keep typer's coercion; a ``check`` imports pydantic with spaCy anyway.
With a typer that does not coerce this way (no ``typer._coercion``) nothing changes. ``tests/test_cli_startup.py``
checks that ``explain``, ``rules`` and ``info`` import no pydantic, and that the values are typer's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
except ImportError:  # a typer without pydantic coercion: nothing to avoid
    RuntimeParam = None  # type: ignore[assignment,misc]

#: the annotations whose values come through as they are when they already have that type
PLAIN = (str, bool)

if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainParam(RuntimeParam):
        """Coercion of a ``str`` or ``bool`` parameter: a value of that type as it is, anything else as typer does."""

        descriptor: TypeDescriptor

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if type(value) is self.annotation:
                return value
            return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)


def is_plain(param: Any) -> bool:
    """A typer parameter annotated ``str`` or ``bool``, with no parser of its own and its coercion not yet built."""
    descriptor = getattr(param, "type_descriptor", None)
    return (
        descriptor is not None
        and descriptor.annotation in PLAIN
        and descriptor.file_annotation is None
        and descriptor.parameter_info.parser is None
        and getattr(param, "_runtime_param", False) is None
    )


def use_plain_params(params: list[Any]) -> None:
    """Give every plain parameter in ``params`` the coercion without pydantic (see the module docstring)."""
    if RuntimeParam is None:
        return
    for param in params:
        if is_plain(param):
            d = param.type_descriptor
            param._runtime_param = PlainParam(
                parameter_info=d.parameter_info, annotation=d.annotation, descriptor=d
            )
