"""storyline: a sourced picture of the stories in a pile or stream of news articles."""

__version__ = "0.1.0"
