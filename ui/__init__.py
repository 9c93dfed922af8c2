from .qt_workarounds import make_none_immortal

make_none_immortal()
