"""Focus that is always plain to see: a strong blue frame on whatever has the keyboard.

Fusion's own focus marks (a dotted cell, a faint button rim) are easy to lose on a
laptop screen in daylight; these rules sit on the main window and reach every widget
in it, and the colour is the same blue everywhere.
"""

from __future__ import annotations

FOCUS_COLOUR = "#0b57d0"

FOCUS_STYLE = f"""
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; background: #e8f0fe;
    padding: 3px 8px;
}}
QAbstractItemView:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QAbstractItemView::item:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QLineEdit:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; padding: 1px 2px; }}
QComboBox:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; }}
QCheckBox:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; background: #e8f0fe; }}
QLabel:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; }}
QTextEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus, QDateTimeEdit:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
"""
