"""storyline.clean: boilerplate removal and text repair, every removed or changed line kept with a reason.

Public surface: :class:`CleanStage` (the per-article stage), :class:`CleanSettings`, :class:`TemplateIndex`
(outlet-level repetition, built over the whole store before the stage runs), :func:`clean_text` (one text,
no store) and :func:`format_article` (``storyline show``).
"""

from storyline.clean.settings import CleanSettings
from storyline.clean.show import format_article
from storyline.clean.stage import CleanStage, clean_text
from storyline.clean.templates import TemplateIndex

__all__ = ["CleanSettings", "CleanStage", "TemplateIndex", "clean_text", "format_article"]
