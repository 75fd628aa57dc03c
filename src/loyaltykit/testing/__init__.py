"""Test support for integrators: the pytest plugin (``plugin``) and cassette scrubbing."""

from ._scrub import fake, scrub_request, scrub_response, scrub_text, vcr_config, write_body_matcher

__all__ = ["fake", "scrub_request", "scrub_response", "scrub_text", "vcr_config", "write_body_matcher"]
