"""One exception type for every user-facing problem: what went wrong, where, and a hint."""


class VnHealthError(Exception):
    """A clear, single-message error about bad input (file, row, column or parameter) with a hint.

    Parameters
    ----------
    message : str
        What is wrong, naming the file / row / column / parameter.
    hint : str, optional
        What the user can do about it.
    """

    def __init__(self, message: str, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message}\n  hint: {hint}")
