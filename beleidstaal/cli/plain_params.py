"""Parameters without pydantic: the quick commands, and a check with text options, start without importing it.

typer 0.29 coerces every parameter value through a pydantic ``TypeAdapter`` (``typer._coercion.build_runtime_param``
imports ``typer._adapters``, which imports pydantic: about 0.11 s, a third of a quick command's start), and builds
that adapter for every parameter of the command, even one that was not given (its value ``None``) and the help
switch. ``use_plain_params`` gives the parameters a coercion that builds typer's own only when it has work to do:

* a value that was not given (``None``) never reaches the adapter: typer's ``RuntimeParam.coerce`` returns ``None``
  (or ``()`` for a list) before it asks for one;
* for a parameter annotated ``str`` or ``bool`` the adapter returns a value of that type as it is
  (``_parse_cli_str``, ``_parse_cli_bool``), and for ``list[str]`` a list of those values: such values go through
  as they are (a list as a new list, as the adapter makes);
* anything else (a path, a number, the text 'yes' for a switch, ``bytes``) goes to typer's own coercion, built then.

So every value and every error is typer's. File parameters and parameters with a parser of their own keep typer's
coercion. With a typer that does not coerce this way (no ``typer._coercion``) nothing changes.
``tests/test_cli_startup.py`` checks that ``explain``, ``rules``, ``info`` and a one-paragraph ``check`` import no
pydantic through typer, and that the values and errors are typer's.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
except ImportError:  # a typer without pydantic coercion: nothing to avoid
    RuntimeParam = None  # type: ignore[assignment,misc]

#: the annotations whose values come through as they are when they already have that type
PLAIN = (str, bool)


def _plain_list(annotation: Any) -> bool:
    """``list[str]`` or ``list[bool]``."""
    return typing.get_origin(annotation) is list and typing.get_args(annotation) in ((str,), (bool,))


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainParam(RuntimeParam):
        """Coercion that passes plain values through and builds typer's own for anything else."""

        descriptor: TypeDescriptor

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            annotation = self.annotation
            if type(value) is annotation and annotation in PLAIN:
                return value
            if (
                isinstance(value, (list, tuple))
                and _plain_list(annotation)
                and all(type(v) is typing.get_args(annotation)[0] for v in value)
            ):
                return list(value)
            return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)


def is_plain(param: Any) -> bool:
    """A typer parameter with no parser of its own, not a file, and its coercion not yet built."""
    descriptor = getattr(param, "type_descriptor", None)
    return (
        descriptor is not None
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
