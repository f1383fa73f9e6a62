"""Events (same happening across outlets and languages), storylines (events linked over time), timelines."""

from storyline.cluster.events import EventStage
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.storylines import StorylineStage
from storyline.cluster.timeline import format_events, format_storylines, format_timeline

__all__ = ["ClusterSettings", "EventStage", "StorylineStage", "format_events", "format_storylines",
           "format_timeline"]
