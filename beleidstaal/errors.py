"""Errors that reach the user. Their message is Dutch and says what to do; the CLI prints it without a traceback."""


class BeleidstaalError(Exception):
    """Base class: ``str(error)`` is a Dutch message for the user."""


class InputError(BeleidstaalError):
    """A file or text that cannot be read (missing, binary, wrong encoding, empty, too large, broken .docx)."""


class ConfigError(BeleidstaalError):
    """A configuration file or option that is not valid."""


class ModelError(BeleidstaalError):
    """The chosen language model cannot be loaded."""
