"""German language resources, grouped by concept (STYLE.md habit 10).

Each stage owns its sections; a section starts with a comment naming the stage and what it catches.
Add sections; do not reorder or rename others' sections.
"""

from __future__ import annotations

CODE = "de"
