"""Registration of the built-in stages, in pipeline order (imported once by the stage registry)."""

from __future__ import annotations
