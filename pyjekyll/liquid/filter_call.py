"""One `| name: args` step of an output or assign, applied with less work per call.

python-liquid looks the filter up, inspects its flags and wraps it in a `partial` on
every application, and collects arguments into a list and a dict even when there are
none. This step remembers what it found for the filter function it last saw (plugins
can replace filters, so the function is looked up every time and compared) and passes
the context straight to filters that ask for it. Errors are reported as python-liquid
reports them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from liquid.builtin.expressions import Filter, KeywordArgument
from liquid.exceptions import FilterArgumentError, LiquidTypeError

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.builtin.expressions import PositionalArgument
    from liquid.token import Token


class RubyFilter(Filter):
    __slots__ = ("_func", "_with_context", "_with_environment", "_positional_only")

    def __init__(self, token: Token, name: str, arguments: list[KeywordArgument | PositionalArgument]) -> None:
        super().__init__(token, name, arguments)
        self._func: Callable[..., Any] | None = None
        self._with_context = False
        self._with_environment = False
        self._positional_only = not any(isinstance(arg, KeywordArgument) for arg in arguments)

    def evaluate(self, left: object, context: RenderContext) -> object:
        env = context.env
        func = env.filters.get(self.name)
        if func is None:  # unknown: python-liquid decides (pass-through or error)
            return super().evaluate(left, context)
        if func is not self._func:
            self._with_context = bool(getattr(func, "with_context", False))
            self._with_environment = bool(getattr(func, "with_environment", False))
            self._func = func
        if self._positional_only:
            positional = [arg.value.evaluate(context) for arg in self.args]
            keywords: dict[str, object] = {}
        else:
            positional, keywords = self.evaluate_args(context)
        # A template's own `context:` argument wins, as it does over python-liquid's partial.
        if self._with_context:
            keywords.setdefault("context", context)
        if self._with_environment:
            keywords.setdefault("environment", env)
        try:
            return func(left, *positional, **keywords)
        except TypeError as err:
            raise LiquidTypeError(f"{self.name}: {err}", token=self.token) from err
        except (LiquidTypeError, FilterArgumentError) as err:
            err.token = self.token
            raise err
