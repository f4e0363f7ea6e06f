"""Dialogs: the print preview (QtPdf), with printing and "Gem som PDF"."""
