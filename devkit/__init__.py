"""Development tooling: provider emulators, the local stack, the demo and its sample.

Not part of the product: installed by ``make install`` as the ``audio-nlp-devkit``
distribution, never in the production wheel or image.
"""
