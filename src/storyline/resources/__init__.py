"""Shipped resources: models, lexicons and schemas, each with a card."""
