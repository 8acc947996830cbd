"""The portal while its database is away: a short 503, never a 500."""
