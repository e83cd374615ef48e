"""The machinery around the layers: the warm process (server, runtime), background drawing,
files, timing, the up-to-date decision and the portable process and lock primitives."""
